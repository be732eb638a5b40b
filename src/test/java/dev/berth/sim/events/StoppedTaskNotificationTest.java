package dev.berth.sim.events;

import dev.berth.core.model.InputTransformer;
import dev.berth.core.model.Notification;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.RunTaskResult;
import dev.berth.core.model.Target;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds' "ECS – Intercept Stopped Tasks using EventBridge": a rule on STOPPED tasks notifies through SNS. */
class StoppedTaskNotificationTest {
    static final String STOPPED = """
            {"source": ["aws.ecs"], "detail-type": ["ECS Task State Change"],
             "detail": {"lastStatus": ["STOPPED"], "clusterArn": ["%s"]}}""".formatted(EventsFixture.CLUSTER_ARN);

    @Test
    void aStoppedTaskIsInterceptedByTheRuleAndItsNotificationRecorded() {
        EventsFixture f = new EventsFixture(41);
        String topic = f.sns.createTopic("ops-alerts");
        f.events.putRule(new PutRuleRequest("task-stopped", null, STOPPED, null, "Tell ops", null));
        f.events.putTargets("task-stopped", List.of(new Target("ops", topic, null, null, null,
                new InputTransformer(Map.of("task", "$.detail.taskArn", "reason", "$.detail.stoppedReason"),
                        "\"Task <task> stopped: <reason>\""), null)));
        f.ecs.fargateDefinition("web", "nginxdemos/hello:latest");
        RunTaskResult run = f.ecs.run("web", 1, "FARGATE", List.of(), EcsFixture.NETWORK);
        String taskArn = run.tasks().get(0).taskArn();

        f.ecs.advance(Duration.ofMinutes(2));
        assertThat(f.sns.listNotifications(topic)).isEmpty();
        f.ecs.ecs.stopTask(EcsFixture.CLUSTER, taskArn, "Scaling down the batch");
        f.ecs.advance(Duration.ofMinutes(2));

        assertThat(f.sns.listNotifications(topic)).singleElement().extracting(Notification::message)
                .isEqualTo("Task " + taskArn + " stopped: Scaling down the batch");
        assertThat(f.events.listRuleInvocations("task-stopped")).singleElement().satisfies(i -> {
            assertThat(i.detailType()).isEqualTo("ECS Task State Change");
            assertThat(i.messageId()).isNotNull();
        });
    }

    @Test
    void withoutAnInputTheWholeEventIsPublishedAndADisabledRuleStaysQuiet() {
        EventsFixture f = new EventsFixture(42);
        String topic = f.sns.createTopic("ops-alerts");
        f.events.putRule(new PutRuleRequest("task-stopped", null, STOPPED, "DISABLED", null, null));
        f.events.putTargets("task-stopped", List.of(new Target("ops", topic, null, null, null, null, null)));
        f.ecs.fargateDefinition("web", "nginxdemos/hello:latest");
        String first = f.ecs.run("web", 1, "FARGATE", List.of(), EcsFixture.NETWORK).tasks().get(0).taskArn();
        f.ecs.advance(Duration.ofMinutes(2));
        f.ecs.ecs.stopTask(EcsFixture.CLUSTER, first, null);
        f.ecs.advance(Duration.ofMinutes(2));
        assertThat(f.sns.listNotifications(topic)).isEmpty();

        f.events.enableRule("task-stopped");
        String second = f.ecs.run("web", 1, "FARGATE", List.of(), EcsFixture.NETWORK).tasks().get(0).taskArn();
        f.ecs.advance(Duration.ofMinutes(2));
        f.ecs.ecs.stopTask(EcsFixture.CLUSTER, second, null);
        f.ecs.advance(Duration.ofMinutes(2));

        assertThat(f.sns.listNotifications(topic)).singleElement().extracting(Notification::message)
                .asString().contains("\"detail-type\":\"ECS Task State Change\"", "\"source\":\"aws.ecs\"",
                        "\"lastStatus\":\"STOPPED\"", "\"stoppedReason\":\"Task stopped by user\"",
                        "\"stopCode\":\"UserInitiated\"", "\"resources\":[\"" + second + "\"]");
    }
}
