package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.app.SimulatorBackend;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SQS over awsJson1_0 ({@code AmazonSQS.<Op>}), with the query-compatible error header the SDKs read. */
class SqsEndpointTest {
    private final ObjectMapper json = new ObjectMapper();
    private Simulator simulator;
    private AwsEndpoint endpoint;

    @BeforeEach
    void start() throws IOException {
        simulator = Simulator.create(new WorldSettings("wire", 3, Instant.parse("2026-11-25T08:00:00Z"),
                "us-east-1", "123456789012"), CommandJournal.none());
        endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)), new SigV4Verifier("test", "test"),
                Instant::now);
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void errorsCarryTheShapeInTheBodyAndTheQueryCodeInAHeader() throws Exception {
        HttpResponse<String> response = post("GetQueueUrl", "{\"QueueName\": \"missing\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        assertThat(response.headers().firstValue("x-amzn-query-error"))
                .hasValue("AWS.SimpleQueueService.NonExistentQueue;Sender");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("__type").asText()).isEqualTo("QueueDoesNotExist");
        assertThat(body.get("message").asText()).isEqualTo("The specified queue does not exist.");
    }

    @Test
    void aQueueUrlOnTheEndpointsOwnHostNamesTheQueueByItsAccountAndName() throws Exception {
        String url = json.readTree(post("CreateQueue", "{\"QueueName\": \"jobs\"}").body()).get("QueueUrl").asText();
        assertThat(url).isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/jobs");

        HttpResponse<String> sent = post("SendMessage", "{\"QueueUrl\": \"http://127.0.0.1:" + endpoint.port()
                + "/123456789012/jobs\", \"MessageBody\": \"hello\"}");

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(json.readTree(sent.body()).get("MD5OfMessageBody").asText())
                .isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(simulator.sqs().getQueueAttributes(url, List.of("ApproximateNumberOfMessages")))
                .containsEntry("ApproximateNumberOfMessages", "1");
        HttpResponse<String> otherAccount = post("SendMessage", "{\"QueueUrl\": \"http://127.0.0.1:"
                + endpoint.port() + "/000000000000/jobs\", \"MessageBody\": \"hello\"}");
        assertThat(otherAccount.statusCode()).isEqualTo(400);
        assertThat(json.readTree(otherAccount.body()).get("__type").asText()).isEqualTo("QueueDoesNotExist");
    }

    @Test
    void aReceiveAnswersTheMessagesWithTheAttributesAskedForAndABadHandleIsRefused() throws Exception {
        String url = simulator.sqs().createQueue("jobs", Map.of());
        simulator.sqs().sendMessage(url, "hello", null);

        HttpResponse<String> received = post("ReceiveMessage", "{\"QueueUrl\": \"" + url + "\", "
                + "\"AttributeNames\": [\"ApproximateReceiveCount\"], \"MaxNumberOfMessages\": 5}");

        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        JsonNode message = json.readTree(received.body()).get("Messages").get(0);
        assertThat(message.get("Body").asText()).isEqualTo("hello");
        assertThat(message.get("MD5OfBody").asText()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(message.get("Attributes").toString()).isEqualTo("{\"ApproximateReceiveCount\":\"1\"}");
        assertThat(json.readTree(post("ReceiveMessage", "{\"QueueUrl\": \"" + url + "\"}").body()).size())
                .isZero();
        HttpResponse<String> refused = post("DeleteMessage", "{\"QueueUrl\": \"" + url + "\", "
                + "\"ReceiptHandle\": \"nonsense\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("x-amzn-query-error")).hasValue("ReceiptHandleIsInvalid;Sender");
        assertThat(post("DeleteMessage", "{\"QueueUrl\": \"" + url + "\", \"ReceiptHandle\": \""
                + message.get("ReceiptHandle").asText() + "\"}").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String operation, String body) throws Exception {
        return WireClients.postSigned(endpoint.port(), "sqs", "AmazonSQS." + operation, body);
    }
}
