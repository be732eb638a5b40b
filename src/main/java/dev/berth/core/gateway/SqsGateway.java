package dev.berth.core.gateway;

import dev.berth.core.model.DeleteMessageBatchRequestEntry;
import dev.berth.core.model.DeleteMessageBatchResult;
import dev.berth.core.model.Message;
import dev.berth.core.model.Page;
import dev.berth.core.model.ReceiveMessageRequest;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.SendMessageBatchResult;
import dev.berth.core.model.SendMessageResult;

import java.util.List;
import java.util.Map;

/**
 * Amazon SQS standard queues, one method per API operation (2012-11-05). Queues are named by URL as SQS names them.
 * Errors carry SQS's codes ({@code QueueDoesNotExist}, {@code QueueNameExists}, {@code InvalidAttributeName},
 * {@code InvalidAttributeValue}, {@code InvalidParameterValue}, ...). Every method throws {@link GatewayException}.
 */
public interface SqsGateway {

    /** Answers the queue's URL; the same name with the same attributes answers the existing queue's URL. */
    String createQueue(String queueName, Map<String, String> attributes);

    String getQueueUrl(String queueName);

    /** Queue URLs, by name, whose names start with the prefix (null: all). */
    Page<String> listQueues(String queueNamePrefix, String nextToken, Integer maxResults);

    /** The named attributes ({@code All} for every one); an empty list answers none, as on SQS. */
    Map<String, String> getQueueAttributes(String queueUrl, List<String> attributeNames);

    /** {@code delaySeconds} null means the queue's own DelaySeconds. */
    SendMessageResult sendMessage(String queueUrl, String messageBody, Integer delaySeconds);

    /** Up to 10 messages; each succeeds or fails on its own. */
    SendMessageBatchResult sendMessageBatch(String queueUrl, List<SendMessageBatchRequestEntry> entries);

    /** The queue and its messages go; its name cannot be used again for 60 seconds. */
    void deleteQueue(String queueUrl);

    /**
     * Up to MaxNumberOfMessages (1-10) visible messages, each hidden from other receives for the visibility timeout
     * and answered with a new receipt handle; an empty list when none is visible.
     */
    List<Message> receiveMessage(ReceiveMessageRequest request);

    /**
     * Deletes the message whose latest receive answered this handle; an older handle of a message received again,
     * or the handle of a message already deleted, succeeds and deletes nothing, as on SQS.
     */
    void deleteMessage(String queueUrl, String receiptHandle);

    /** The received message becomes visible again {@code visibilityTimeout} seconds (0-43200) from now. */
    void changeMessageVisibility(String queueUrl, String receiptHandle, Integer visibilityTimeout);

    /** Up to 10 deletes; each succeeds or fails on its own. */
    DeleteMessageBatchResult deleteMessageBatch(String queueUrl, List<DeleteMessageBatchRequestEntry> entries);
}
