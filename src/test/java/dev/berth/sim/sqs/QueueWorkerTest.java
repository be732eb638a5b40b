package dev.berth.sim.sqs;

import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.LoadShape;
import dev.berth.core.model.Message;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.ReceiveMessageRequest;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QueueWorkerTest {
    private static final Instant NINE_TEN = Instant.parse("2026-03-02T09:10:00Z");

    @Test
    void runningWorkerTasksConsumeAtTheirRateOnTheVirtualClock() {
        QueueFixture f = new QueueFixture(11);
        f.workers(2);
        f.ecs.simulator.advanceTo(NINE_TEN);
        assertThat(f.ecs.service("worker").runningCount()).isEqualTo(2);
        // 600 messages a minute in, 2 tasks × 100 a minute out: the backlog grows by 400 a minute.
        f.ecs.simulator.load().setProducerLoad(f.queueUrl, new LoadProfile(LoadShape.CONSTANT, 600, 600, NINE_TEN,
                0, 100));
        f.ecs.advance(Duration.ofMinutes(10));
        assertThat(f.visible()).isEqualTo(4000);
        // Each task holds the messages it received in the last ten seconds: 2 × 100 / 6, a fraction waiting.
        assertThat(f.inFlight()).isBetween(33L, 34L);
    }

    @Test
    void messagesOfAStoppedWorkerReturnAfterTheVisibilityTimeout() {
        QueueFixture f = new QueueFixture(12);
        f.workers(1);
        f.ecs.simulator.advanceTo(NINE_TEN);
        for (int i = 0; i < 100; i++) {
            f.sqs.sendMessage(f.queueUrl, "job " + i, null);
        }
        f.ecs.advance(Duration.ofSeconds(10));
        assertThat(f.inFlight()).isEqualTo(10);
        assertThat(f.visible()).isEqualTo(90);

        f.ecs.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "worker", 0));
        f.ecs.advance(Duration.ofSeconds(30));
        assertThat(f.ecs.service("worker").runningCount()).isZero();
        assertThat(f.inFlight()).isPositive();
        // The queue's VisibilityTimeout is 60 s: the stopped task's messages are visible again within it.
        f.ecs.advance(Duration.ofSeconds(60));
        assertThat(f.inFlight()).isZero();
        assertThat(f.visible() + 10).isGreaterThanOrEqualTo(100);
    }

    @Test
    void aWorkerTakesAMessageFromWhoeverPeekedAtItAndAProducersMessageGetsAnIdentityWhenReceived() {
        QueueFixture f = new QueueFixture(14);
        f.ecs.simulator.advanceTo(NINE_TEN);
        f.sqs.sendMessage(f.queueUrl, "resize image 7", null);
        Message peeked = f.sqs.receiveMessage(ReceiveMessageRequest.peek(f.queueUrl, 10)).get(0);
        f.workers(1);
        f.ecs.advance(Duration.ofMinutes(2));
        assertThat(f.visible() + f.inFlight()).isZero();
        // The worker's receive made the peek's handle an old one: deleting with it deletes nothing, and is no error.
        f.sqs.deleteMessage(f.queueUrl, peeked.receiptHandle());

        f.ecs.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "worker", 0));
        f.ecs.advance(Duration.ofMinutes(1));
        f.ecs.simulator.load().setProducerLoad(f.queueUrl, LoadProfile.constant(60, f.ecs.simulator.now()));
        f.ecs.advance(Duration.ofMinutes(1));
        List<Message> received = f.sqs.receiveMessage(new ReceiveMessageRequest(f.queueUrl, 3, 30, null, null));
        assertThat(received).hasSize(3).allSatisfy(m -> assertThat(m.body()).startsWith("A message of the "
                + "simulated producer, sent at 2026-03-02T09:1"));
        assertThat(f.inFlight()).isEqualTo(3);
        f.sqs.deleteMessage(f.queueUrl, received.get(0).receiptHandle());
        assertThat(f.inFlight()).isEqualTo(2);
    }

    @Test
    void messagesOlderThanTheRetentionPeriodAreGone() {
        QueueFixture f = new QueueFixture(13);
        String url = f.sqs.createQueue("short", Map.of(QueueAttributeNames.MESSAGE_RETENTION_PERIOD, "60"));
        f.sqs.sendMessage(url, "soon gone", null);
        f.ecs.advance(Duration.ofSeconds(50));
        assertThat(f.sqs.getQueueAttributes(url, List.of("ApproximateNumberOfMessages")))
                .containsEntry("ApproximateNumberOfMessages", "1");
        f.ecs.advance(Duration.ofSeconds(20));
        assertThat(f.sqs.getQueueAttributes(url, List.of("ApproximateNumberOfMessages")))
                .containsEntry("ApproximateNumberOfMessages", "0");
    }
}
