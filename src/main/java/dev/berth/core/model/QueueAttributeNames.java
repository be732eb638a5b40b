package dev.berth.core.model;

/** The names of the SQS queue attributes Berth reads and sets, and the environment variable naming a worker's queue. */
public final class QueueAttributeNames {
    public static final String ALL = "All";
    public static final String VISIBILITY_TIMEOUT = "VisibilityTimeout";
    public static final String MESSAGE_RETENTION_PERIOD = "MessageRetentionPeriod";
    public static final String DELAY_SECONDS = "DelaySeconds";
    public static final String MAXIMUM_MESSAGE_SIZE = "MaximumMessageSize";
    public static final String RECEIVE_MESSAGE_WAIT_TIME_SECONDS = "ReceiveMessageWaitTimeSeconds";
    public static final String APPROXIMATE_NUMBER_OF_MESSAGES = "ApproximateNumberOfMessages";
    public static final String APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE = "ApproximateNumberOfMessagesNotVisible";
    public static final String APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED = "ApproximateNumberOfMessagesDelayed";
    public static final String QUEUE_ARN = "QueueArn";
    /**
     * A container with this environment variable set to a queue's URL is a worker of that queue, the way queue
     * workers are configured on ECS: while its task runs it receives, processes and deletes the queue's messages.
     */
    public static final String WORKER_ENVIRONMENT_VARIABLE = "QUEUE_URL";

    private QueueAttributeNames() {
    }
}
