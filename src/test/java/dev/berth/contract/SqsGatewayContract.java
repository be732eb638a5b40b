package dev.berth.contract;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.model.BatchResultErrorEntry;
import dev.berth.core.model.DeleteMessageBatchRequestEntry;
import dev.berth.core.model.DeleteMessageBatchResult;
import dev.berth.core.model.Message;
import dev.berth.core.model.MessageSystemAttributeNames;
import dev.berth.core.model.Page;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.ReceiveMessageRequest;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

    @Test
    void aReceivedMessageIsHiddenForItsVisibilityTimeoutAndOnlyItsLatestHandleDeletesIt() {
        String url = sqs.createQueue("orders", Map.of(QueueAttributeNames.VISIBILITY_TIMEOUT, "30"));
        SendMessageResult sent = sqs.sendMessage(url, "hello", null);
        simulator.advanceBy(Duration.ofSeconds(2));

        Message first = sqs.receiveMessage(new ReceiveMessageRequest(url, null, null, 20,
                List.of(QueueAttributeNames.ALL))).get(0);

        assertThat(first.messageId()).isEqualTo(sent.messageId());
        assertThat(first.body()).isEqualTo("hello");
        assertThat(first.md5OfBody()).isEqualTo(sent.md5OfMessageBody());
        assertThat(first.attributes()).containsEntry(MessageSystemAttributeNames.APPROXIMATE_RECEIVE_COUNT, "1")
                .containsEntry(MessageSystemAttributeNames.SENT_TIMESTAMP, Long.toString(START.toEpochMilli()))
                .containsEntry(MessageSystemAttributeNames.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP,
                        Long.toString(START.plusSeconds(2).toEpochMilli()));
        assertThat(counts(url)).containsExactly("0", "1");
        assertThat(sqs.receiveMessage(new ReceiveMessageRequest(url, 10, null, 20, null))).isEmpty();

        simulator.advanceBy(Duration.ofSeconds(30));
        assertThat(counts(url)).containsExactly("1", "0");
        Message second = sqs.receiveMessage(new ReceiveMessageRequest(url, 1, 60, 0,
                List.of(MessageSystemAttributeNames.APPROXIMATE_RECEIVE_COUNT))).get(0);
        assertThat(second.receiptHandle()).isNotEqualTo(first.receiptHandle());
        assertThat(second.attributes()).containsExactly(Map.entry(
                MessageSystemAttributeNames.APPROXIMATE_RECEIVE_COUNT, "2"));

        sqs.deleteMessage(url, first.receiptHandle());
        assertThat(counts(url)).containsExactly("0", "1");
        sqs.deleteMessage(url, second.receiptHandle());
        assertThat(counts(url)).containsExactly("0", "0");
        sqs.deleteMessage(url, second.receiptHandle());
    }

    @Test
    void aPeekLeavesMessagesVisibleAndAReceiveAnswersAtMostTen() {
        String url = sqs.createQueue("orders", Map.of());
        for (int i = 0; i < 12; i++) {
            sqs.sendMessage(url, "job-" + i, null);
        }

        List<Message> peeked = sqs.receiveMessage(ReceiveMessageRequest.peek(url, 10));
        List<Message> again = sqs.receiveMessage(ReceiveMessageRequest.peek(url, 10));

        assertThat(peeked).hasSize(10).extracting(Message::body).startsWith("job-0", "job-1");
        assertThat(again).extracting(Message::messageId).isEqualTo(peeked.stream().map(Message::messageId).toList());
        assertThat(again.get(0).attributes()).containsEntry(MessageSystemAttributeNames.APPROXIMATE_RECEIVE_COUNT,
                "2");
        assertThat(counts(url)).containsExactly("12", "0");
    }

    @Test
    void changingTheVisibilityShowsOrKeepsHidingAMessageUpToTwelveHours() {
        String url = sqs.createQueue("orders", Map.of());
        sqs.sendMessage(url, "hello", null);
        Message received = sqs.receiveMessage(new ReceiveMessageRequest(url, 1, 30, null, null)).get(0);

        sqs.changeMessageVisibility(url, received.receiptHandle(), 0);
        assertThat(counts(url)).containsExactly("1", "0");
        sqs.changeMessageVisibility(url, received.receiptHandle(), 600);
        simulator.advanceBy(Duration.ofSeconds(300));
        assertThat(counts(url)).containsExactly("0", "1");

        assertRefused(() -> sqs.changeMessageVisibility(url, received.receiptHandle(), 43_000), "InvalidParameterValue",
                "Value 43000 for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the "
                        + "message is beyond the limit [43200 seconds]");
        sqs.deleteMessage(url, received.receiptHandle());
        // The SDK gateway redacts the handle from the message, as it does any long token.
        assertThatThrownBy(() -> sqs.changeMessageVisibility(url, received.receiptHandle(), 10))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("InvalidParameterValue");
                    assertThat(e.getMessage()).startsWith("Value ").endsWith(" for parameter ReceiptHandle is "
                            + "invalid. Reason: Message does not exist or is not available for visibility timeout "
                            + "change.");
                });
    }

    @Test
    void receiveParametersAndReceiptHandlesAreCheckedWithSqsErrors() {
        String url = sqs.createQueue("orders", Map.of());

        assertRefused(() -> sqs.receiveMessage(new ReceiveMessageRequest(url, 11, null, null, null)),
                "InvalidParameterValue", "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be "
                        + "between 1 and 10, if provided.");
        assertRefused(() -> sqs.receiveMessage(new ReceiveMessageRequest(url, 1, null, 21, null)),
                "InvalidParameterValue", "Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 "
                        + "and <= 20, if provided.");
        assertRefused(() -> sqs.deleteMessage(url, "not-a-handle"), "ReceiptHandleIsInvalid",
                "The input receipt handle \"not-a-handle\" is not a valid receipt handle.");
        assertRefused(() -> sqs.receiveMessage(new ReceiveMessageRequest(QUEUES + "missing", 1, null, null, null)),
                "QueueDoesNotExist", NO_QUEUE);
    }

    @Test
    void aDeleteBatchSucceedsOrFailsPerEntry() {
        String url = sqs.createQueue("orders", Map.of());
        sqs.sendMessage(url, "hello", null);
        Message received = sqs.receiveMessage(new ReceiveMessageRequest(url, 1, null, null, null)).get(0);

        DeleteMessageBatchResult result = sqs.deleteMessageBatch(url, List.of(
                new DeleteMessageBatchRequestEntry("a", received.receiptHandle()),
                new DeleteMessageBatchRequestEntry("b", "AQEBbad")));

        assertThat(result.successful()).containsExactly("a");
        assertThat(result.failed()).extracting(BatchResultErrorEntry::id, BatchResultErrorEntry::code)
                .containsExactly(tuple("b", "ReceiptHandleIsInvalid"));
        assertThat(counts(url)).containsExactly("0", "0");
        assertRefused(() -> sqs.deleteMessageBatch(url, List.of()), "EmptyBatchRequest", "There should be at least "
                + "one DeleteMessageBatchRequestEntry in the request.");
    }

    /** ApproximateNumberOfMessages and ApproximateNumberOfMessagesNotVisible. */
    private List<String> counts(String url) {
        Map<String, String> attributes = sqs.getQueueAttributes(url, List.of(QueueAttributeNames.ALL));
        return List.of(attributes.get(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES),
                attributes.get(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }
}
