package dev.berth.core.model;

import java.util.List;

/**
 * ReceiveMessage's input. Null numbers mean SQS's defaults: one message, the queue's VisibilityTimeout, its
 * ReceiveMessageWaitTimeSeconds. {@code messageSystemAttributeNames} names the attributes each message carries back
 * ({@code All} for every one).
 */
public record ReceiveMessageRequest(String queueUrl, Integer maxNumberOfMessages, Integer visibilityTimeout,
                                    Integer waitTimeSeconds, List<String> messageSystemAttributeNames) {
    public ReceiveMessageRequest {
        messageSystemAttributeNames = messageSystemAttributeNames == null ? List.of()
                : List.copyOf(messageSystemAttributeNames);
    }

    /** A look at up to {@code max} messages that leaves them visible to the queue's consumers. */
    public static ReceiveMessageRequest peek(String queueUrl, int max) {
        return new ReceiveMessageRequest(queueUrl, max, 0, 0, List.of(QueueAttributeNames.ALL));
    }
}
