package dev.berth.sim.events;

import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.FeedEntry;
import dev.berth.core.model.FeedKind;
import dev.berth.core.model.InputTransformer;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.Task;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.ecs.Identities;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds' "ECS tasks invoked by EventBridge": S3 upload → rule → Fargate task → item in DynamoDB. */
class S3ToFargateFlowTest {
    static final String PATTERN = """
            {"source": ["aws.s3"], "detail-type": ["Object Created"],
             "detail": {"bucket": {"name": ["uploads"]}, "object": {"key": [{"prefix": "incoming/"}]}}}""";
    static final InputTransformer OBJECT_KEY = new InputTransformer(Map.of("key", "$.detail.object.key"),
            "{\"containerOverrides\": [{\"name\": \"worker\", \"environment\": [{\"name\": \"OBJECT_KEY\", "
                    + "\"value\": \"<key>\"}]}]}");

    @Test
    void anUploadRunsAFargateTaskWithTheObjectKeyThatWritesItsItemAndStopsWithExitCodeZero() {
        EventsFixture f = uploadsAndTable(31);
        f.jobDefinition("process-object", 45, "processed-objects");
        f.events.putRule(new PutRuleRequest("object-uploaded", null, PATTERN, "ENABLED", null, null));
        f.events.putTargets("object-uploaded", List.of(EventsFixture.ecsTarget("process", "process-object",
                OBJECT_KEY)));

        f.advanceTo("09:05:00");
        f.s3.putObject("uploads", "incoming/photo.jpg", 184_662);
        f.s3.putObject("uploads", "archive/old.jpg", 1_000);

        f.advanceTo("09:05:01");
        List<RuleInvocation> invocations = f.events.listRuleInvocations("object-uploaded");
        assertThat(invocations).singleElement().satisfies(i -> {
            assertThat(i.detailType()).isEqualTo("Object Created");
            assertThat(i.taskArns()).hasSize(1);
        });
        assertThat(f.dynamoDb.scan("processed-objects")).isEmpty();
        assertThat(f.ecs.simulator.clusterFeed().entriesAfter(EcsFixture.CLUSTER, 0, 1000))
                .filteredOn(entry -> entry.kind() == FeedKind.RULE).singleElement()
                .satisfies(entry -> assertThat(entry.message()).isEqualTo("Rule object-uploaded matched Object "
                        + "Created and started 1 task(s): [" + invocations.get(0).taskArns().get(0)
                        .substring(invocations.get(0).taskArns().get(0).lastIndexOf('/') + 1) + "]"));

        f.advanceTo("09:10:00");
        Task task = f.tasks().get(0);
        assertThat(task.taskArn()).isEqualTo(invocations.get(0).taskArns().get(0));
        assertThat(task.launchType()).isEqualTo("FARGATE");
        assertThat(task.lastStatus()).isEqualTo("STOPPED");
        assertThat(task.containers().get(0).exitCode()).isZero();
        assertThat(f.dynamoDb.scan("processed-objects")).containsExactly(Map.of("OBJECT_KEY", "incoming/photo.jpg",
                "taskArn", task.taskArn()));
        assertThat(f.dynamoDb.describeTable("processed-objects").itemCount()).isEqualTo(1);
        assertThat(f.s3.listObjects("uploads")).extracting(o -> o.key() + " " + o.size())
                .containsExactly("archive/old.jpg 1000", "incoming/photo.jpg 184662");
    }

    @Test
    void aBucketWithoutEventBridgeNotificationsSendsNothingAndAJobWithoutItsTableFails() {
        EventsFixture f = new EventsFixture(32);
        f.s3.createBucket("quiet");
        f.s3.createBucket("uploads");
        f.s3.putBucketNotificationConfiguration("uploads", true);
        f.jobDefinition("process-object", 30, "no-such-table");
        f.events.putRule(new PutRuleRequest("any-upload", null, "{\"source\": [\"aws.s3\"]}", null, null, null));
        f.events.putTargets("any-upload", List.of(EventsFixture.ecsTarget("process", "process-object",
                OBJECT_KEY)));

        f.s3.putObject("quiet", "incoming/a.txt", 10);
        f.advanceTo("09:01:00");
        assertThat(f.events.listRuleInvocations("any-upload")).isEmpty();

        f.s3.putObject("uploads", "incoming/b.txt", 10);
        f.advanceTo("09:05:00");
        Task task = f.tasks().get(0);
        assertThat(task.lastStatus()).isEqualTo("STOPPED");
        assertThat(task.containers().get(0).exitCode()).isEqualTo(1);
    }

    @Test
    void aJobWhoseTaskRoleMayNotWriteToTheTableLogsTheSdksErrorAndExitsWithCodeOne() {
        EventsFixture f = uploadsAndTable(33);
        f.ecs.simulator.iam().createRole(CreateRoleRequest.forService("readOnlyJobRole", Identities.ECS_TASKS, null));
        f.jobDefinition("process-object", 30, "processed-objects", "arn:aws:iam::123456789012:role/readOnlyJobRole");
        f.events.putRule(new PutRuleRequest("any-upload", null, "{\"source\": [\"aws.s3\"]}", null, null, null));
        f.events.putTargets("any-upload", List.of(EventsFixture.ecsTarget("process", "process-object",
                OBJECT_KEY)));

        f.s3.putObject("uploads", "incoming/c.txt", 10);
        f.advanceTo("09:05:00");

        Task task = f.tasks().get(0);
        assertThat(task.lastStatus()).isEqualTo("STOPPED");
        assertThat(task.containers().get(0).exitCode()).isEqualTo(1);
        assertThat(f.dynamoDb.scan("processed-objects")).isEmpty();
        assertThat(f.ecs.simulator.clusterFeed().entriesAfter(EcsFixture.CLUSTER, 0, 1000))
                .filteredOn(entry -> entry.kind() == FeedKind.TASK).extracting(FeedEntry::message)
                .contains("Task " + task.taskId() + " (process-object:1) application log: An error occurred "
                        + "(AccessDeniedException) when calling the PutItem operation: User: arn:aws:sts::"
                        + "123456789012:assumed-role/readOnlyJobRole/" + task.taskId() + " is not authorized to "
                        + "perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/"
                        + "processed-objects because no identity-based policy allows the dynamodb:PutItem action");
    }

    /** A world with the bucket "uploads" sending its events to EventBridge and the table "processed-objects". */
    private static EventsFixture uploadsAndTable(long seed) {
        EventsFixture f = new EventsFixture(seed);
        f.s3.createBucket("uploads");
        f.s3.putBucketNotificationConfiguration("uploads", true);
        f.dynamoDb.createTable("processed-objects", "OBJECT_KEY");
        return f;
    }
}
