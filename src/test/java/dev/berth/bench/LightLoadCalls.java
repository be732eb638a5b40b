package dev.berth.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sim.DemoWorld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The load calls as a light client makes them: awsJson1_1 bodies written and answers parsed with Jackson, signed by
 * {@link SigV4Signer}, sent over one kept-alive {@link LoopbackConnection}. The endpoint checks every signature and
 * answers exactly as it answers the SDK; this client only costs less CPU per call than an SDK client (no
 * interceptors, marshallers, typed models or retry machinery), so the bench's 16 clients leave the two cores to
 * the endpoint. A status other than 200 throws, with the error's {@code __type} and message.
 */
final class LightLoadCalls implements LoadCalls {
    /**
     * The lab's two default-VPC subnets: a run long enough to warm the server up starts more Fargate tasks than one
     * /20 subnet has addresses for while their predecessors still hold theirs.
     */
    static final List<String> SUBNETS = DemoWorld.SUBNETS;
    private static final String TARGET_PREFIX = "AmazonEC2ContainerServiceV20141113.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LoopbackConnection connection;
    private final String host;
    private final SigV4Signer signer;

    LightLoadCalls(InetSocketAddress endpoint, String accessKeyId, String secretKey) {
        this.connection = new LoopbackConnection(endpoint);
        this.host = endpoint.getAddress().getHostAddress() + ":" + endpoint.getPort();
        this.signer = new SigV4Signer(accessKeyId, secretKey, "us-east-1", "ecs");
    }

    @Override
    public void listServices(String cluster) {
        send("ListServices", input().put("cluster", cluster));
    }

    @Override
    public void describeServices(String cluster, List<String> services) {
        send("DescribeServices", inCluster(cluster, "services", services));
    }

    @Override
    public List<String> listTasks(String cluster, String startedBy) {
        ObjectNode input = input().put("cluster", cluster);
        if (startedBy != null) {
            input.put("startedBy", startedBy);
        }
        List<String> arns = new ArrayList<>();
        call("ListTasks", input).path("taskArns").forEach(arn -> arns.add(arn.asText()));
        return arns;
    }

    @Override
    public void describeTasks(String cluster, List<String> tasks) {
        send("DescribeTasks", inCluster(cluster, "tasks", tasks));
    }

    @Override
    public void describeClusters(String cluster) {
        ObjectNode input = input();
        input.putArray("clusters").add(cluster);
        send("DescribeClusters", input);
    }

    @Override
    public int desiredCount(String cluster, String service) {
        return call("DescribeServices", inCluster(cluster, "services", List.of(service))).path("services").path(0).path("desiredCount").asInt(-1);
    }

    @Override
    public void updateService(String cluster, String service, int desiredCount) {
        send("UpdateService", input().put("cluster", cluster).put("service", service)
                .put("desiredCount", desiredCount));
    }

    @Override
    public String runTask(String cluster, String taskDefinition, String startedBy) {
        ObjectNode input = input().put("cluster", cluster).put("taskDefinition", taskDefinition)
                .put("launchType", "FARGATE").put("startedBy", startedBy);
        ArrayNode subnets = input.putObject("networkConfiguration").putObject("awsvpcConfiguration").putArray("subnets");
        SUBNETS.forEach(subnets::add);
        JsonNode answer = call("RunTask", input);
        if (answer.path("tasks").isEmpty()) {
            throw new IllegalStateException("RunTask: no task started: " + answer.path("failures"));
        }
        return answer.path("tasks").path(0).path("taskArn").asText();
    }

    @Override
    public void stopTask(String cluster, String task, String reason) {
        send("StopTask", input().put("cluster", cluster).put("task", task).put("reason", reason));
    }

    private static ObjectNode input() {
        return MAPPER.createObjectNode();
    }

    /** A describe call's input: the cluster and the names or ARNs to describe. */
    private static ObjectNode inCluster(String cluster, String member, List<String> values) {
        ObjectNode input = input().put("cluster", cluster);
        values.forEach(input.putArray(member)::add);
        return input;
    }

    /** Calls and reads the answer into a tree, for the calls whose answer the bench uses. */
    private JsonNode call(String operation, ObjectNode input) {
        try {
            LoopbackConnection.Response response = post(operation, input);
            if (response.status() != 200) {
                throw refused(operation, response);
            }
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(operation + ": " + e.getMessage(), e);
        }
    }

    /**
     * Calls and checks that the answer is a 200 of one well-formed JSON object without building it: reading a describe call's
     * 1,000 service events into a tree took up to 0.7 ms of the clients' CPU, from the two cores the endpoint has.
     */
    private void send(String operation, ObjectNode input) {
        try {
            LoopbackConnection.Response response = post(operation, input);
            if (response.status() != 200) {
                throw refused(operation, response);
            }
            try (JsonParser parser = MAPPER.createParser(response.body())) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException(operation + ": the answer is not a JSON object");
                }
                parser.skipChildren();
                if (parser.nextToken() != null) {
                    throw new IllegalStateException(operation + ": more after the answer's JSON object");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(operation + ": " + e.getMessage(), e);
        }
    }

    private LoopbackConnection.Response post(String operation, ObjectNode input) throws IOException {
        byte[] body = MAPPER.writeValueAsBytes(input);
        String target = TARGET_PREFIX + operation;
        SigV4Signer.Signature signature = signer.sign(host, CONTENT_TYPE, target, body, Instant.now());
        return connection.post("Host: " + host + "\r\n"
                + "Content-Type: " + CONTENT_TYPE + "\r\n"
                + "X-Amz-Target: " + target + "\r\n"
                + "X-Amz-Date: " + signature.amzDate() + "\r\n"
                + "Authorization: " + signature.authorization() + "\r\n", body);
    }

    /** The AWS error the answer carries, or its text when it is not JSON (the server's own 400s are plain text). */
    private static IllegalStateException refused(String operation, LoopbackConnection.Response response) {
        String error;
        try {
            JsonNode json = MAPPER.readTree(response.body());
            error = json.path("__type").asText() + ": " + json.path("message").asText();
        } catch (IOException notJson) {
            error = new String(response.body(), StandardCharsets.UTF_8);
        }
        return new IllegalStateException(operation + ": HTTP " + response.status() + " " + error);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
