package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.wire.WireInput.integer;
import static dev.berth.sim.wire.WireInput.strings;
import static dev.berth.sim.wire.WireInput.text;

/**
 * Amazon SQS over awsJson1_0 ({@code AmazonSQS.<Op>}), as SDK v2 and botocore speak it since SQS left the query
 * protocol. SQS is query-compatible: an error's {@code __type} is the model's shape ({@code QueueDoesNotExist}) and
 * the {@code x-amzn-query-error} header carries the code the query API used ({@code
 * AWS.SimpleQueueService.NonExistentQueue;Sender}), which the SDKs report as the error code. Queue URLs are the
 * simulated account's ({@code https://sqs.REGION.amazonaws.com/ACCOUNT/NAME}): every client sends them in the body
 * to the endpoint it was given, so they work as they are; a URL on another host (this endpoint's own, say) names
 * its queue by the account and name at the end of its path.
 */
final class SqsJsonApi implements JsonApi {
    /** The query API's codes where they differ from the model's shape names (botocore's sqs model before JSON). */
    private static final Map<String, String> QUERY_CODES = Map.of(
            "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue",
            "QueueNameExists", "QueueAlreadyExists",
            "QueueDeletedRecently", "AWS.SimpleQueueService.QueueDeletedRecently",
            "EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest",
            "TooManyEntriesInBatchRequest", "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
            "InvalidBatchEntryId", "AWS.SimpleQueueService.InvalidBatchEntryId",
            "BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
            "BatchRequestTooLong", "AWS.SimpleQueueService.BatchRequestTooLong",
            "UnsupportedOperation", "AWS.SimpleQueueService.UnsupportedOperation");
    private static final String INTERNAL_ERROR = "InternalFailure";

    private final SqsGateway sqs;
    private final Operations operations = new Operations("AmazonSQS");

    SqsJsonApi(SqsGateway sqs) {
        this.sqs = sqs;
        operations.put("CreateQueue", in -> Map.of("QueueUrl", sqs.createQueue(text(in, "QueueName"),
                attributes(in))));
        operations.put("GetQueueUrl", in -> Map.of("QueueUrl", sqs.getQueueUrl(text(in, "QueueName"))));
        operations.put("ListQueues", in -> {
            Page<String> page = sqs.listQueues(text(in, "QueueNamePrefix"), text(in, "NextToken"),
                    integer(in, "MaxResults"));
            Map<String, Object> out = new LinkedHashMap<>();
            if (!page.items().isEmpty()) {
                out.put("QueueUrls", page.items());
            }
            if (page.nextToken() != null) {
                out.put("NextToken", page.nextToken());
            }
            return out;
        });
        operations.put("GetQueueAttributes", in -> {
            Map<String, String> attributes = sqs.getQueueAttributes(queueUrl(in), strings(in, "AttributeNames"));
            return attributes.isEmpty() ? Map.of() : Map.of("Attributes", attributes);
        });
        operations.put("SendMessage", in -> {
            SendMessageResult sent = sqs.sendMessage(queueUrl(in), text(in, "MessageBody"),
                    integer(in, "DelaySeconds"));
            return Map.of("MessageId", sent.messageId(), "MD5OfMessageBody", sent.md5OfMessageBody());
        });
        operations.put("SendMessageBatch", in -> batchResult(sqs.sendMessageBatch(queueUrl(in), entries(in))));
        operations.put("DeleteQueue", in -> {
            sqs.deleteQueue(queueUrl(in));
            return Map.of();
        });
        operations.put("ReceiveMessage", in -> {
            List<String> names = new ArrayList<>(strings(in, "MessageSystemAttributeNames"));
            names.addAll(strings(in, "AttributeNames"));
            List<Message> messages = sqs.receiveMessage(new ReceiveMessageRequest(queueUrl(in),
                    integer(in, "MaxNumberOfMessages"), integer(in, "VisibilityTimeout"),
                    integer(in, "WaitTimeSeconds"), names));
            return messages.isEmpty() ? Map.of() : Map.of("Messages", messages.stream().map(SqsJsonApi::message)
                    .toList());
        });
        operations.put("DeleteMessage", in -> {
            sqs.deleteMessage(queueUrl(in), text(in, "ReceiptHandle"));
            return Map.of();
        });
        operations.put("ChangeMessageVisibility", in -> {
            sqs.changeMessageVisibility(queueUrl(in), text(in, "ReceiptHandle"), integer(in, "VisibilityTimeout"));
            return Map.of();
        });
        operations.put("DeleteMessageBatch", in -> {
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (JsonNode entry : entryNodes(in)) {
                entries.add(new DeleteMessageBatchRequestEntry(text(entry, "Id"), text(entry, "ReceiptHandle")));
            }
            DeleteMessageBatchResult result = sqs.deleteMessageBatch(queueUrl(in), entries);
            return Map.of("Successful", result.successful().stream().map(id -> Map.of("Id", id)).toList(),
                    "Failed", failed(result.failed()));
        });
    }

    @Override
    public String targetPrefix() {
        return "AmazonSQS";
    }

    @Override
    public String contentType() {
        return AWS_JSON_1_0;
    }

    @Override
    public String internalErrorCode() {
        return INTERNAL_ERROR;
    }

    @Override
    public Map<String, String> errorHeaders(String errorCode) {
        String fault = errorCode.equals(INTERNAL_ERROR) ? "Receiver" : "Sender";
        return Map.of("x-amzn-query-error", QUERY_CODES.getOrDefault(errorCode, errorCode) + ";" + fault);
    }

    @Override
    public Object call(String operation, JsonNode input) {
        return operations.call(operation, input);
    }

    /** The queue's URL in the simulated account's form; a URL on any other host is resolved by the queue's name. */
    private String queueUrl(JsonNode input) {
        String url = text(input, "QueueUrl");
        if (url == null || url.isEmpty()) {
            return url;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException notUri) {
            return url;
        }
        String host = uri.getHost();
        if (host == null || host.endsWith(".amazonaws.com") || uri.getPath() == null) {
            return url;
        }
        String path = uri.getPath();
        String resolved = sqs.getQueueUrl(path.substring(path.lastIndexOf('/') + 1));
        // Another account's queue of the same name is not this one.
        return resolved.endsWith(path) ? resolved : url;
    }

    private static Map<String, String> attributes(JsonNode input) {
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonNode given = input.get("Attributes");
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw WireFault.serialization("Expected a map for 'Attributes'");
            }
            given.fields().forEachRemaining(field -> attributes.put(field.getKey(), field.getValue().asText()));
        }
        return attributes;
    }

    private static Iterable<JsonNode> entryNodes(JsonNode input) {
        JsonNode list = input.get("Entries");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw WireFault.serialization("Expected a list for 'Entries'");
        }
        return list;
    }

    private static Map<String, Object> message(Message message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("MessageId", message.messageId());
        out.put("ReceiptHandle", message.receiptHandle());
        out.put("MD5OfBody", message.md5OfBody());
        out.put("Body", message.body());
        if (!message.attributes().isEmpty()) {
            out.put("Attributes", message.attributes());
        }
        return out;
    }

    private static List<SendMessageBatchRequestEntry> entries(JsonNode input) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (JsonNode entry : entryNodes(input)) {
            entries.add(new SendMessageBatchRequestEntry(text(entry, "Id"), text(entry, "MessageBody"),
                    integer(entry, "DelaySeconds")));
        }
        return entries;
    }

    private static Map<String, Object> batchResult(SendMessageBatchResult result) {
        List<Map<String, Object>> successful = new ArrayList<>();
        for (SendMessageBatchResultEntry entry : result.successful()) {
            successful.add(Map.of("Id", entry.id(), "MessageId", entry.messageId(), "MD5OfMessageBody",
                    entry.md5OfMessageBody()));
        }
        return Map.of("Successful", successful, "Failed", failed(result.failed()));
    }

    private static List<Map<String, Object>> failed(List<BatchResultErrorEntry> entries) {
        List<Map<String, Object>> failed = new ArrayList<>();
        for (BatchResultErrorEntry entry : entries) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("Id", entry.id());
            out.put("SenderFault", entry.senderFault());
            out.put("Code", entry.code());
            if (entry.message() != null) {
                out.put("Message", entry.message());
            }
            failed.add(out);
        }
        return failed;
    }
}
