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

import static org.assertj.core.api.Assertions.assertThat;

/** EventBridge's rules and targets over awsJson1_1 ({@code AWSEvents.<Op>}), signed as the SDKs sign them. */
class EventsEndpointTest {
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
    void rulesAndEcsTargetsRoundTripWithAwsMembersAndErrors() throws Exception {
        JsonNode put = call("PutRule", "{\"Name\": \"hourly\", \"ScheduleExpression\": \"rate(1 hour)\"}", 200);
        assertThat(put.get("RuleArn").asText()).isEqualTo("arn:aws:events:us-east-1:123456789012:rule/hourly");

        JsonNode targets = call("PutTargets", """
                {"Rule": "hourly", "Targets": [{"Id": "batch", "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/c",
                 "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
                 "EcsParameters": {"TaskDefinitionArn": "batch:1", "TaskCount": 2, "LaunchType": "FARGATE",
                  "NetworkConfiguration": {"awsvpcConfiguration": {"Subnets": ["subnet-1"],
                   "AssignPublicIp": "DISABLED"}}}}]}""", 200);
        assertThat(targets.get("FailedEntryCount").asInt()).isZero();

        JsonNode listed = call("ListTargetsByRule", "{\"Rule\": \"hourly\"}", 200).get("Targets").get(0);
        assertThat(listed.at("/EcsParameters/TaskCount").asInt()).isEqualTo(2);
        assertThat(listed.at("/EcsParameters/NetworkConfiguration/awsvpcConfiguration/Subnets/0").asText())
                .isEqualTo("subnet-1");
        assertThat(call("DescribeRule", "{\"Name\": \"hourly\"}", 200).get("State").asText()).isEqualTo("ENABLED");

        JsonNode refused = call("DeleteRule", "{\"Name\": \"hourly\"}", 400);
        assertThat(refused.get("__type").asText()).isEqualTo("ValidationException");
        assertThat(refused.get("message").asText()).isEqualTo("Rule can't be deleted since it has targets.");
        JsonNode missing = call("DescribeRule", "{\"Name\": \"nope\"}", 400);
        assertThat(missing.get("__type").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(simulator.events().listRules(null, null, null).items()).hasSize(1);
    }

    private JsonNode call(String operation, String body, int status) throws Exception {
        HttpResponse<String> response = WireClients.postSigned(endpoint.port(), "events", "AWSEvents." + operation,
                body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }
}
