package dev.berth.core.gateway;

import dev.berth.core.model.BatchResultErrorEntry;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.SendMessageBatchResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Many messages sent to a queue as a producer would send them: SendMessageBatch calls of ten (SQS's most per batch),
 * each message's body the text given and its number. An entry SQS refuses stops the burst with its error.
 */
public final class MessageBurst {
    /** SQS's limit of messages in one SendMessageBatch. */
    public static final int BATCH = 10;
    /** The most one burst sends, so a mistyped count cannot keep the gateway busy for long. */
    public static final int MAX_MESSAGES = 10_000;

    private MessageBurst() {
    }

    /** Sends {@code count} messages (1 to {@link #MAX_MESSAGES}) to the queue at {@code queueUrl}. */
    public static void send(SqsGateway sqs, String queueUrl, int count, String body) {
        if (count < 1 || count > MAX_MESSAGES) {
            throw new IllegalArgumentException("a burst is 1 to " + MAX_MESSAGES + " messages, not " + count);
        }
        for (int first = 0; first < count; first += BATCH) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int number = first; number < Math.min(count, first + BATCH); number++) {
                entries.add(new SendMessageBatchRequestEntry("m" + (number - first), body + " " + (number + 1),
                        null));
            }
            SendMessageBatchResult result = sqs.sendMessageBatch(queueUrl, entries);
            if (!result.failed().isEmpty()) {
                BatchResultErrorEntry failure = result.failed().get(0);
                throw new GatewayException(failure.code(), failure.message(), !failure.senderFault());
            }
        }
    }
}
