package dev.berth.contract;

import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.model.BatchResultErrorEntry;
import dev.berth.core.model.Page;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.SendMessageBatchResult;
import dev.berth.core.model.SendMessageResult;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every SQS backend must do, with SQS's error codes and messages: run by {@link SimSqsGatewayTest} against the
 * simulator's own gateway and by {@link AwsSqsGatewayTest} against the AWS SDK gateway talking to the simulator's
 * endpoint over awsJson1_0. Time moves on the simulator behind either.
 */
abstract class SqsGatewayContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String QUEUES = "https://sqs.us-east-1.amazonaws.com/" + WorldSettings.DEFAULT_ACCOUNT_ID
            + "/";
    private static final String NO_QUEUE = "The specified queue does not exist.";

    private Simulator simulator;
    private SqsGateway sqs;

    /** The gateway under test over {@code simulator}. */
    protected abstract SqsGateway backend(Simulator simulator);

    @BeforeEach
    void world() {
        simulator = Simulator.create(WorldSettings.of("sqs-contract", 5, START), CommandJournal.none());
        sqs = backend(simulator);
    }

    @Test
    void aQueueIsCreatedFoundListedDescribedAndDeleted() {
        String url = sqs.createQueue("orders", Map.of(QueueAttributeNames.VISIBILITY_TIMEOUT, "45"));

        assertThat(url).isEqualTo(QUEUES + "orders");
        assertThat(sqs.createQueue("orders", Map.of(QueueAttributeNames.VISIBILITY_TIMEOUT, "45"))).isEqualTo(url);
        assertThat(sqs.getQueueUrl("orders")).isEqualTo(url);
        assertThat(sqs.listQueues(null, null, null).items()).containsExactly(url);
        Map<String, String> attributes = sqs.getQueueAttributes(url, List.of(QueueAttributeNames.ALL));
        assertThat(attributes).containsEntry(QueueAttributeNames.VISIBILITY_TIMEOUT, "45")
                .containsEntry(QueueAttributeNames.QUEUE_ARN, "arn:aws:sqs:us-east-1:"
                        + WorldSettings.DEFAULT_ACCOUNT_ID + ":orders")
                .containsEntry(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES, "0");
        assertThat(sqs.getQueueAttributes(url, List.of())).isEmpty();

        sqs.deleteQueue(url);

        assertThat(sqs.listQueues(null, null, null).items()).isEmpty();
        assertRefused(() -> sqs.getQueueUrl("orders"), "QueueDoesNotExist", NO_QUEUE);
        assertRefused(() -> sqs.getQueueAttributes(url, List.of(QueueAttributeNames.ALL)), "QueueDoesNotExist",
                NO_QUEUE);
        assertRefused(() -> sqs.deleteQueue(url), "QueueDoesNotExist", NO_QUEUE);
        assertRefused(() -> sqs.createQueue("orders", Map.of()), "QueueDeletedRecently", "You must wait 60 seconds "
                + "after deleting a queue before you can create another with the same name.");
        simulator.advanceBy(Duration.ofSeconds(61));
        assertThat(sqs.createQueue("orders", Map.of())).isEqualTo(url);
    }

    @Test
    void aNameInUseWithOtherAttributesAndUnknownAttributesAreRefusedWithSqsCodes() {
        String url = sqs.createQueue("orders", Map.of(QueueAttributeNames.DELAY_SECONDS, "5"));

        assertRefused(() -> sqs.createQueue("orders", Map.of(QueueAttributeNames.DELAY_SECONDS, "10")),
                "QueueNameExists", "A queue already exists with the same name and a different value for attribute "
                        + "DelaySeconds");
        assertRefused(() -> sqs.getQueueAttributes(url, List.of("Colour")), "InvalidAttributeName",
                "Unknown Attribute Colour.");
        assertRefused(() -> sqs.createQueue("bad name", Map.of()), "InvalidParameterValue", "Can only include "
                + "alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    }

    @Test
    void listQueuesFiltersByPrefixAndPagesWithItsToken() {
        for (String name : List.of("jobs-a", "jobs-b", "jobs-c", "orders")) {
            sqs.createQueue(name, Map.of());
        }

        assertThat(sqs.listQueues("jobs", null, null).items()).containsExactly(QUEUES + "jobs-a",
                QUEUES + "jobs-b", QUEUES + "jobs-c");
        Page<String> first = sqs.listQueues("jobs", null, 2);
        assertThat(first.items()).containsExactly(QUEUES + "jobs-a", QUEUES + "jobs-b");
        assertThat(first.nextToken()).isNotNull();
        Page<String> second = sqs.listQueues("jobs", first.nextToken(), 2);
        assertThat(second.items()).containsExactly(QUEUES + "jobs-c");
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void sentMessagesAreCountedWithTheirDigestAndDelay() {
        String url = sqs.createQueue("orders", Map.of());

        SendMessageResult sent = sqs.sendMessage(url, "hello", null);
        sqs.sendMessage(url, "later", 120);

        assertThat(sent.md5OfMessageBody()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(sent.messageId()).isNotBlank();
        simulator.advanceBy(Duration.ofSeconds(10));
        assertThat(sqs.getQueueAttributes(url, List.of(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))).isEqualTo(Map.of(
                QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES, "1",
                QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED, "1"));
        assertRefused(() -> sqs.sendMessage(QUEUES + "missing", "hello", null), "QueueDoesNotExist", NO_QUEUE);
    }

    @Test
    void aBatchSucceedsOrFailsPerEntryAndIsRefusedWhole() {
        String url = sqs.createQueue("orders", Map.of());

        SendMessageBatchResult result = sqs.sendMessageBatch(url, List.of(
                new SendMessageBatchRequestEntry("a", "one", null),
                new SendMessageBatchRequestEntry("b", "two", 901)));

        assertThat(result.successful()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("a");
            assertThat(entry.md5OfMessageBody()).isEqualTo("f97c5d29941bfb1b2fdab0874906ab82");
        });
        assertThat(result.failed()).containsExactly(new BatchResultErrorEntry("b", true, "InvalidParameterValue",
                "Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900."));
        assertRefused(() -> sqs.sendMessageBatch(url, List.of(new SendMessageBatchRequestEntry("a", "x", null),
                new SendMessageBatchRequestEntry("a", "y", null))), "BatchEntryIdsNotDistinct", "Id a repeated.");
    }
}
