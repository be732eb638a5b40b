package dev.berth.core.model;

/** The system attributes a received message carries back when ReceiveMessage asks for them (or for {@code All}). */
public final class MessageSystemAttributeNames {
    public static final String APPROXIMATE_RECEIVE_COUNT = "ApproximateReceiveCount";
    public static final String APPROXIMATE_FIRST_RECEIVE_TIMESTAMP = "ApproximateFirstReceiveTimestamp";
    public static final String SENT_TIMESTAMP = "SentTimestamp";
    public static final String SENDER_ID = "SenderId";

    private MessageSystemAttributeNames() {
    }
}
