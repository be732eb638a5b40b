package dev.berth.core.model;

import java.util.Map;

/**
 * A message ReceiveMessage answered: its id, the receipt handle of this receive (each receive answers a new one; only
 * the latest deletes the message), its body and the system attributes asked for ({@code ApproximateReceiveCount},
 * {@code SentTimestamp}, ... as SQS writes them).
 */
public record Message(String messageId, String receiptHandle, String md5OfBody, String body,
                      Map<String, String> attributes) {
    public Message {
        attributes = Map.copyOf(attributes);
    }
}
