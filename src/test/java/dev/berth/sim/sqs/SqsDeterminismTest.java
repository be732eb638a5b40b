package dev.berth.sim.sqs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.DeleteMessageBatchRequestEntry;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.FeedEntry;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.LoadShape;
import dev.berth.core.model.Message;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.ReceiveMessageRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.Service;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.JsonRecordingJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SqsDeterminismTest {
    private static final Instant END = Instant.parse("2026-03-02T09:40:00Z");
    private final ObjectMapper json = new ObjectMapper();

    /** What a run leaves behind: the queue, the worker service and the cluster's feed. */
    private record Outcome(Map<String, String> queue, Service worker, List<FeedEntry> feed) {
    }

    @Test
    void theSameCommandsGiveTheSameQueueAndFeedAndTheJournalReplaysThem() throws Exception {
        JsonRecordingJournal journal = new JsonRecordingJournal();
        Outcome first = play(new QueueFixture(41, journal));
        Outcome second = play(new QueueFixture(41));
        assertThat(second).isEqualTo(first);
        assertThat(first.feed()).hasSizeGreaterThan(5);

        Simulator rebuilt = Simulator.create(WorldSettings.of("test", 41, EcsFixture.START), CommandJournal.none());
        for (String entry : journal.entries()) {
            JournalEntry read = json.readValue(entry, JournalEntry.class);
            assertThat(json.writeValueAsString(read)).isEqualTo(entry);
            rebuilt.replay(read);
        }
        rebuilt.advanceTo(END);
        assertThat(outcome(rebuilt, QueueFixture.QUEUE)).isEqualTo(first);
    }

    @Test
    void aQueueAndItsMessagesLeaveTheEcsHistoryAsItWas() {
        EcsFixture plain = new EcsFixture(42).withCluster();
        plain.fargateDefinition("web", "nginx:1.27");
        plain.fargateService("web", "web:1", 2, DeploymentConfiguration.defaults());
        QueueFixture queued = new QueueFixture(42);
        queued.ecs.fargateDefinition("web", "nginx:1.27");
        queued.ecs.fargateService("web", "web:1", 2, DeploymentConfiguration.defaults());
        queued.ecs.simulator.load().setProducerLoad(queued.queueUrl, LoadProfile.constant(100, EcsFixture.START));
        plain.advance(Duration.ofMinutes(20));
        queued.ecs.advance(Duration.ofMinutes(20));
        assertThat(queued.ecs.service("web")).isEqualTo(plain.service("web"));
        assertThat(queued.visible()).isGreaterThan(1000);
    }

    private Outcome play(QueueFixture f) {
        f.workers(1);
        f.ecs.simulator.scaling().registerScalableTarget(RegisterScalableTargetRequest.ecsService(EcsFixture.CLUSTER,
                "worker", 1, 5));
        f.ecs.simulator.scaling().putScalingPolicy(PutScalingPolicyRequest.targetTracking(EcsFixture.CLUSTER,
                "worker", "backlog", TargetTrackingScalingPolicyConfiguration.of(
                        CustomizedMetricSpecification.backlogPerTask("jobs", EcsFixture.CLUSTER, "worker"), 50)));
        f.ecs.advance(Duration.ofMinutes(3));
        f.sqs.sendMessageBatch(f.queueUrl, List.of(new SendMessageBatchRequestEntry("a", "one", null),
                new SendMessageBatchRequestEntry("b", "two", 5)));
        Message received = f.sqs.receiveMessage(new ReceiveMessageRequest(f.queueUrl, 2, 45, null, null)).get(0);
        f.sqs.changeMessageVisibility(f.queueUrl, received.receiptHandle(), 90);
        f.sqs.deleteMessageBatch(f.queueUrl, List.of(new DeleteMessageBatchRequestEntry("a",
                received.receiptHandle())));
        f.ecs.simulator.load().setProducerLoad(f.queueUrl, new LoadProfile(LoadShape.RAMP, 0, 900,
                EcsFixture.START.plusSeconds(300), 10, 120));
        f.ecs.simulator.advanceTo(END);
        return outcome(f.ecs.simulator, QueueFixture.QUEUE);
    }

    private static Outcome outcome(Simulator simulator, String queueName) {
        String url = simulator.sqs().getQueueUrl(queueName);
        return new Outcome(simulator.sqs().getQueueAttributes(url, List.of("All")),
                simulator.ecs().describeServices(EcsFixture.CLUSTER, List.of("worker")).items().get(0),
                simulator.clusterFeed().entriesAfter(EcsFixture.CLUSTER, 0, 100_000));
    }
}
