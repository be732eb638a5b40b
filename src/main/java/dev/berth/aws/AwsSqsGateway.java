package dev.berth.aws;

import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.model.BatchResultErrorEntry;
import dev.berth.core.model.DeleteMessageBatchRequestEntry;
import dev.berth.core.model.DeleteMessageBatchResult;
import dev.berth.core.model.Message;
import dev.berth.core.model.Page;
import dev.berth.core.model.ReceiveMessageRequest;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.SendMessageBatchResult;
import dev.berth.core.model.SendMessageBatchResultEntry;
import dev.berth.core.model.SendMessageResult;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static dev.berth.aws.EcsShapes.map;

/**
 * Amazon SQS through the SDK's {@link SqsClient} (awsJson1_0): one SDK call per method. SQS is query-compatible, so
 * the SDK reports the query API's error codes ({@code AWS.SimpleQueueService.NonExistentQueue}); a modelled error is
 * reported here by its shape's name ({@code QueueDoesNotExist}), the code {@link SqsGateway} promises.
 */
public final class AwsSqsGateway implements SqsGateway {
    private static final String EXCEPTION = "Exception";

    private final SqsClient sqs;
    private final SdkCalls calls;

    AwsSqsGateway(SqsClient sqs, SdkCalls calls) {
        this.sqs = sqs;
        this.calls = calls;
    }

    @Override
    public String createQueue(String queueName, Map<String, String> attributes) {
        return calls.write("CreateQueue", modelled(() -> sqs.createQueue(r -> r.queueName(queueName)
                .attributesWithStrings(attributes == null || attributes.isEmpty() ? null : attributes)).queueUrl()));
    }

    @Override
    public String getQueueUrl(String queueName) {
        return calls.read("GetQueueUrl", modelled(() -> sqs.getQueueUrl(r -> r.queueName(queueName)).queueUrl()));
    }

    @Override
    public Page<String> listQueues(String queueNamePrefix, String nextToken, Integer maxResults) {
        return calls.read("ListQueues", modelled(() -> {
            var answer = sqs.listQueues(r -> r.queueNamePrefix(queueNamePrefix).nextToken(nextToken)
                    .maxResults(maxResults));
            return new Page<>(answer.queueUrls(), answer.nextToken());
        }));
    }

    @Override
    public Map<String, String> getQueueAttributes(String queueUrl, List<String> attributeNames) {
        return calls.read("GetQueueAttributes", modelled(() -> sqs.getQueueAttributes(r -> r.queueUrl(queueUrl)
                .attributeNamesWithStrings(attributeNames)).attributesAsStrings()));
    }

    @Override
    public SendMessageResult sendMessage(String queueUrl, String messageBody, Integer delaySeconds) {
        return calls.write("SendMessage", modelled(() -> {
            var answer = sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(messageBody)
                    .delaySeconds(delaySeconds));
            return new SendMessageResult(answer.messageId(), answer.md5OfMessageBody());
        }));
    }

    @Override
    public SendMessageBatchResult sendMessageBatch(String queueUrl, List<SendMessageBatchRequestEntry> entries) {
        return calls.write("SendMessageBatch", modelled(() -> {
            var answer = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(map(entries, entry -> software
                    .amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry.builder().id(entry.id())
                    .messageBody(entry.messageBody()).delaySeconds(entry.delaySeconds()).build())));
            return new SendMessageBatchResult(
                    map(answer.successful(), sent -> new SendMessageBatchResultEntry(sent.id(), sent.messageId(),
                            sent.md5OfMessageBody())),
                    map(answer.failed(), AwsSqsGateway::refused));
        }));
    }

    @Override
    public void deleteQueue(String queueUrl) {
        calls.write("DeleteQueue", modelled(() -> sqs.deleteQueue(r -> r.queueUrl(queueUrl))));
    }

    /** A write: it hides the messages from the queue's consumers and counts a receive of each. */
    @Override
    public List<Message> receiveMessage(ReceiveMessageRequest request) {
        return calls.write("ReceiveMessage", modelled(() -> map(sqs.receiveMessage(r -> r
                .queueUrl(request.queueUrl()).maxNumberOfMessages(request.maxNumberOfMessages())
                .visibilityTimeout(request.visibilityTimeout()).waitTimeSeconds(request.waitTimeSeconds())
                .messageSystemAttributeNamesWithStrings(request.messageSystemAttributeNames())).messages(),
                message -> new Message(message.messageId(), message.receiptHandle(), message.md5OfBody(),
                        message.body(), message.attributesAsStrings()))));
    }

    @Override
    public void deleteMessage(String queueUrl, String receiptHandle) {
        calls.write("DeleteMessage", modelled(() -> sqs.deleteMessage(r -> r.queueUrl(queueUrl)
                .receiptHandle(receiptHandle))));
    }

    @Override
    public void changeMessageVisibility(String queueUrl, String receiptHandle, Integer visibilityTimeout) {
        calls.write("ChangeMessageVisibility", modelled(() -> sqs.changeMessageVisibility(r -> r.queueUrl(queueUrl)
                .receiptHandle(receiptHandle).visibilityTimeout(visibilityTimeout))));
    }

    @Override
    public DeleteMessageBatchResult deleteMessageBatch(String queueUrl, List<DeleteMessageBatchRequestEntry> entries) {
        return calls.write("DeleteMessageBatch", modelled(() -> {
            var answer = sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(map(entries, entry -> software
                    .amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry.builder().id(entry.id())
                    .receiptHandle(entry.receiptHandle()).build())));
            return new DeleteMessageBatchResult(map(answer.successful(), deleted -> deleted.id()),
                    map(answer.failed(), AwsSqsGateway::refused));
        }));
    }

    private static BatchResultErrorEntry refused(software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry entry) {
        return new BatchResultErrorEntry(entry.id(), Boolean.TRUE.equals(entry.senderFault()), entry.code(),
                entry.message());
    }

    /** {@code call}, with a modelled SQS error's code set to its shape's name before it is translated. */
    private static <T> Supplier<T> modelled(Supplier<T> call) {
        return () -> {
            try {
                return call.get();
            } catch (SqsException e) {
                String type = e.getClass().getSimpleName();
                if (e.getClass() == SqsException.class || !type.endsWith(EXCEPTION) || e.awsErrorDetails() == null) {
                    throw e;
                }
                throw e.toBuilder().awsErrorDetails(e.awsErrorDetails().toBuilder()
                        .errorCode(type.substring(0, type.length() - EXCEPTION.length())).build()).build();
            }
        };
    }
}
