package dev.berth.sim.sqs;

import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.SendMessageBatchResult;
import dev.berth.core.model.SendMessageResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class SqsValidationTest {
    private final QueueFixture f = new QueueFixture(3);

    @Test
    void createQueueChecksNamesAndAttributesAsSqsDoes() {
        assertRefused(() -> f.sqs.createQueue("bad name", Map.of()), "InvalidParameterValue",
                "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        assertRefused(() -> f.sqs.createQueue("x".repeat(81), Map.of()), "InvalidParameterValue",
                "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        assertRefused(() -> f.sqs.createQueue("q", Map.of("VisibilityTimeout", "43201")), "InvalidAttributeValue",
                "Invalid value for the parameter VisibilityTimeout.");
        assertRefused(() -> f.sqs.createQueue("q", Map.of("MessageRetentionPeriod", "59")),
                "InvalidAttributeValue", "Invalid value for the parameter MessageRetentionPeriod.");
        assertRefused(() -> f.sqs.createQueue("q", Map.of("DelaySeconds", "ten")), "InvalidAttributeValue",
                "Invalid value for the parameter DelaySeconds.");
        assertRefused(() -> f.sqs.createQueue("q", Map.of("ApproximateNumberOfMessages", "1")),
                "InvalidAttributeName", "Unknown Attribute ApproximateNumberOfMessages.");
        assertRefused(() -> f.sqs.createQueue(QueueFixture.QUEUE, Map.of("VisibilityTimeout", "30")),
                "QueueNameExists", "A queue already exists with the same name and a different value for "
                        + "attribute VisibilityTimeout");
        assertThat(f.sqs.createQueue(QueueFixture.QUEUE, Map.of("VisibilityTimeout", "60"))).isEqualTo(f.queueUrl);
        assertThat(f.queueUrl).isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/jobs");
    }

    @Test
    void aNewQueueHasSqsDefaultsAndItsNameWaitsSixtySecondsAfterDeletion() {
        String url = f.sqs.createQueue("orders", Map.of());
        Map<String, String> all = f.sqs.getQueueAttributes(url, List.of("All"));
        assertThat(all).containsEntry("VisibilityTimeout", "30").containsEntry("MessageRetentionPeriod", "345600")
                .containsEntry("DelaySeconds", "0").containsEntry("MaximumMessageSize", "1048576")
                .containsEntry("QueueArn", "arn:aws:sqs:us-east-1:123456789012:orders")
                .containsEntry("ApproximateNumberOfMessages", "0");
        assertThat(f.sqs.getQueueAttributes(url, List.of())).isEmpty();
        assertRefused(() -> f.sqs.getQueueAttributes(url, List.of("Colour")), "InvalidAttributeName",
                "Unknown Attribute Colour.");

        f.sqs.deleteQueue(url);
        assertRefused(() -> f.sqs.getQueueAttributes(url, List.of("All")), "QueueDoesNotExist",
                "The specified queue does not exist.");
        assertRefused(() -> f.sqs.getQueueUrl("orders"), "QueueDoesNotExist", "The specified queue does not exist.");
        assertRefused(() -> f.sqs.createQueue("orders", Map.of()), "QueueDeletedRecently",
                "You must wait 60 seconds after deleting a queue before you can create another with the same name.");
        f.ecs.advance(Duration.ofSeconds(60));
        assertThat(f.sqs.createQueue("orders", Map.of())).isEqualTo(url);
        assertThat(f.sqs.listQueues(null, null, null).items()).containsExactly(f.queueUrl, url);
        assertThat(f.sqs.listQueues("or", null, null).items()).containsExactly(url);
    }

    @Test
    void sendMessageChecksTheBodyAndDelayAndCountsDelayedMessages() {
        SendMessageResult sent = f.sqs.sendMessage(f.queueUrl, "hello", null);
        assertThat(sent.md5OfMessageBody()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(sent.messageId()).hasSize(36);
        assertRefused(() -> f.sqs.sendMessage(f.queueUrl, "", null), "MissingParameter",
                "The request must contain the parameter MessageBody.");
        assertRefused(() -> f.sqs.sendMessage(f.queueUrl, "x", 901), "InvalidParameterValue",
                "Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.");
        assertRefused(() -> f.sqs.sendMessage(f.queueUrl, "a\u0000b", null), "InvalidMessageContents",
                "Invalid binary character '#x0' was found in the message body, the set of allowed characters is "
                        + "#x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF");
        assertRefused(() -> f.sqs.sendMessage(f.queueUrl + "-nope", "x", null), "QueueDoesNotExist",
                "The specified queue does not exist.");
        f.sqs.sendMessage(f.queueUrl, "later", 30);
        assertThat(f.visible()).isEqualTo(1);
        assertThat(f.attribute(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).isEqualTo(1);
        f.ecs.advance(Duration.ofSeconds(40));
        assertThat(f.visible()).isEqualTo(2);
        assertThat(f.attribute(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).isZero();
    }

    @Test
    void sendMessageBatchRefusesBadBatchesAndFailsBadEntriesOnTheirOwn() {
        assertRefused(() -> f.sqs.sendMessageBatch(f.queueUrl, List.of()), "EmptyBatchRequest",
                "There should be at least one SendMessageBatchRequestEntry in the request.");
        List<SendMessageBatchRequestEntry> eleven = IntStream.range(0, 11)
                .mapToObj(i -> new SendMessageBatchRequestEntry("m" + i, "body", null)).toList();
        assertRefused(() -> f.sqs.sendMessageBatch(f.queueUrl, eleven), "TooManyEntriesInBatchRequest",
                "Maximum number of entries per request are 10. You have sent 11.");
        assertRefused(() -> f.sqs.sendMessageBatch(f.queueUrl, List.of(new SendMessageBatchRequestEntry("a",
                "x", null), new SendMessageBatchRequestEntry("a", "y", null))), "BatchEntryIdsNotDistinct",
                "Id a repeated.");
        assertRefused(() -> f.sqs.sendMessageBatch(f.queueUrl, List.of(new SendMessageBatchRequestEntry("a.b",
                "x", null))), "InvalidBatchEntryId", "A batch entry id can only contain alphanumeric characters, "
                + "hyphens and underscores. It can be at most 80 letters long.");

        SendMessageBatchResult result = f.sqs.sendMessageBatch(f.queueUrl, List.of(
                new SendMessageBatchRequestEntry("ok", "one", null),
                new SendMessageBatchRequestEntry("late", "two", 1000)));
        assertThat(result.successful()).extracting(e -> e.id()).containsExactly("ok");
        assertThat(result.failed()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("late");
            assertThat(e.code()).isEqualTo("InvalidParameterValue");
            assertThat(e.senderFault()).isTrue();
        });
        assertThat(f.visible()).isEqualTo(1);
    }
}
