package dev.berth.sim.sqs;

/**
 * A message with an identity of its own: one sent through SendMessage, or a producer's message once a ReceiveMessage
 * took it and gave it an id. It keeps its id, body and receive count wherever it waits in its queue.
 */
final class StoredMessage {
    final String messageId;
    final String body;
    final String md5OfBody;
    final long sentAtMillis;
    int receiveCount;
    long firstReceiveMillis;
    long receivedAtMillis;
    /** The handle of the latest receive through the API; null before one and after a worker task received it. */
    String receiptHandle;
    /** While hidden by a ReceiveMessage: when it becomes visible again; null otherwise. */
    Long hiddenUntilMillis;

    StoredMessage(String messageId, String body, String md5OfBody, long sentAtMillis) {
        this.messageId = messageId;
        this.body = body;
        this.md5OfBody = md5OfBody;
        this.sentAtMillis = sentAtMillis;
    }

    /** Counts a receive at {@code nowMillis}; {@code handle} is the new receipt handle (null for a worker task). */
    void received(long nowMillis, String handle) {
        if (receiveCount == 0) {
            firstReceiveMillis = nowMillis;
        }
        receiveCount++;
        receivedAtMillis = nowMillis;
        receiptHandle = handle;
    }
}
