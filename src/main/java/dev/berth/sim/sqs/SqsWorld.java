package dev.berth.sim.sqs;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.BatchResultErrorEntry;
import dev.berth.core.model.DeleteMessageBatchRequestEntry;
import dev.berth.core.model.DeleteMessageBatchResult;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.Message;
import dev.berth.core.model.MessageSystemAttributeNames;
import dev.berth.core.model.Page;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.ReceiveMessageRequest;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.SendMessageBatchResult;
import dev.berth.core.model.SendMessageBatchResultEntry;
import dev.berth.core.model.SendMessageResult;
import dev.berth.sim.SimContext;
import dev.berth.sim.ecs.EcsWorld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The simulated Amazon SQS: standard queues, the messages producers send to them, and the ECS tasks that work on
 * them ({@link QueueWorkers}). Every ten seconds of virtual time each queue's delayed messages become visible, its
 * workers' in-flight messages are deleted (or, if their task stopped, become visible again after the visibility
 * timeout), its producer load sends the messages due, and each RUNNING worker task receives its share of what one
 * task processes a minute. Nothing ticks until the first queue exists, so a world without queues keeps its history.
 */
public final class SqsWorld implements QueueDepths {
    /** How many messages a minute one worker task processes when no producer load says otherwise. */
    public static final double DEFAULT_MESSAGES_PER_TASK = 60;
    static final long TICK_MILLIS = 10_000;
    private static final long NAME_REUSE_MILLIS = 60_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final int MAX_BATCH = 10;
    private static final int MAX_VISIBILITY_SECONDS = 43_200;

    private final SimContext context;
    private final QueueWorkers workers;
    private final String urlPrefix;
    private final Map<String, QueueState> queues = new TreeMap<>();
    private final Map<String, Long> deletedAt = new HashMap<>();
    private Map<String, String> queueUrlByService = Map.of();
    private boolean ticking;

    /** {@code context} must carry SQS's own random stream. */
    public SqsWorld(SimContext context, EcsWorld ecs) {
        this.context = context;
        this.workers = new QueueWorkers(ecs);
        this.urlPrefix = "https://sqs." + context.settings().region() + ".amazonaws.com/"
                + context.settings().accountId() + "/";
    }

    public String createQueue(String queueName, Map<String, String> attributes) {
        if (queueName == null || queueName.isEmpty()) {
            throw SqsErrors.missing("QueueName");
        }
        Map<String, String> given = attributes == null ? Map.of() : attributes;
        if (!NAME.matcher(queueName).matches()) {
            throw SqsErrors.invalidParameter("Can only include alphanumeric characters, hyphens, or underscores. "
                    + "1 to 80 in length");
        }
        Map<String, String> settings = QueueSettings.of(queueName, given);
        QueueState existing = queues.get(queueName);
        if (existing != null) {
            for (Map.Entry<String, String> entry : given.entrySet()) {
                if (!settings.get(entry.getKey()).equals(existing.settings.get(entry.getKey()))) {
                    throw new GatewayException("QueueNameExists", "A queue already exists "
                            + "with the same name and a different value for attribute " + entry.getKey(), false);
                }
            }
            return existing.url;
        }
        Long deleted = deletedAt.get(queueName);
        if (deleted != null && context.nowMillis() - deleted < NAME_REUSE_MILLIS) {
            throw new GatewayException("QueueDeletedRecently", "You must wait 60 seconds "
                    + "after deleting a queue before you can create another with the same name.", false);
        }
        queues.put(queueName, new QueueState(queueName, urlPrefix + queueName, "arn:aws:sqs:"
                + context.settings().region() + ":" + context.settings().accountId() + ":" + queueName,
                context.nowMillis(), settings));
        startTicking();
        return urlPrefix + queueName;
    }

    public String getQueueUrl(String queueName) {
        QueueState queue = queues.get(queueName);
        if (queue == null) {
            throw SqsErrors.noQueue();
        }
        return queue.url;
    }

    public Page<String> listQueues(String prefix, String nextToken, Integer maxResults) {
        if (maxResults != null && (maxResults < 1 || maxResults > 1000)) {
            throw SqsErrors.invalidParameter("Value " + maxResults + " for parameter MaxResults is invalid. "
                    + "Reason: MaxResults must be an integer between 1 and 1000.");
        }
        List<String> names = queues.keySet().stream().filter(n -> prefix == null || n.startsWith(prefix))
                .filter(n -> nextToken == null || n.compareTo(nextToken) > 0).toList();
        if (maxResults == null || names.size() <= maxResults) {
            return new Page<>(names.stream().map(n -> urlPrefix + n).toList(), null);
        }
        List<String> page = names.subList(0, maxResults);
        return new Page<>(page.stream().map(n -> urlPrefix + n).toList(), page.get(page.size() - 1));
    }

    public Map<String, String> getQueueAttributes(String queueUrl, List<String> attributeNames) {
        QueueState queue = queue(queueUrl);
        Map<String, String> all = new LinkedHashMap<>();
        all.put(QueueAttributeNames.QUEUE_ARN, queue.arn);
        long now = context.nowMillis();
        all.put(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES, Long.toString(queue.visible(now)));
        all.put(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, Long.toString(queue.inFlight(now)));
        all.put(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED, Long.toString(queue.delayed()));
        all.put("CreatedTimestamp", Long.toString(queue.createdAtMillis / 1000));
        all.put("LastModifiedTimestamp", Long.toString(queue.createdAtMillis / 1000));
        all.putAll(queue.settings);
        if (attributeNames == null || attributeNames.isEmpty()) {
            return Map.of();
        }
        if (attributeNames.contains(QueueAttributeNames.ALL)) {
            return all;
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String name : attributeNames) {
            if (!all.containsKey(name)) {
                throw SqsErrors.unknownAttribute(name);
            }
            wanted.put(name, all.get(name));
        }
        return wanted;
    }

    public SendMessageResult sendMessage(String queueUrl, String messageBody, Integer delaySeconds) {
        QueueState queue = queue(queueUrl);
        if (messageBody == null || messageBody.isEmpty()) {
            throw SqsErrors.missing("MessageBody");
        }
        checkBody(queue, messageBody);
        StoredMessage message = send(queue, messageBody, delay(queue, delaySeconds));
        return new SendMessageResult(message.messageId, message.md5OfBody);
    }

    private StoredMessage send(QueueState queue, String body, long delaySeconds) {
        StoredMessage message = new StoredMessage(context.random().uuid(), body, md5Hex(body), context.nowMillis());
        queue.send(message, delaySeconds);
        return message;
    }

    public SendMessageBatchResult sendMessageBatch(String queueUrl, List<SendMessageBatchRequestEntry> entries) {
        QueueState queue = queue(queueUrl);
        checkBatch(entries == null ? null : entries.stream().map(SendMessageBatchRequestEntry::id).toList(),
                "SendMessageBatchRequestEntry");
        long bytes = 0;
        for (SendMessageBatchRequestEntry entry : entries) {
            bytes += entry.messageBody() == null ? 0 : utf8Length(entry.messageBody());
        }
        long limit = queue.setting(QueueAttributeNames.MAXIMUM_MESSAGE_SIZE);
        if (bytes > limit) {
            throw new GatewayException("BatchRequestTooLong", "Batch requests cannot be "
                    + "longer than " + limit + " bytes. You have sent " + bytes + " bytes.", false);
        }
        List<SendMessageBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (SendMessageBatchRequestEntry entry : entries) {
            try {
                if (entry.messageBody() == null || entry.messageBody().isEmpty()) {
                    throw SqsErrors.missing("MessageBody");
                }
                checkBody(queue, entry.messageBody());
                StoredMessage message = send(queue, entry.messageBody(), delay(queue, entry.delaySeconds()));
                successful.add(new SendMessageBatchResultEntry(entry.id(), message.messageId, message.md5OfBody));
            } catch (GatewayException refused) {
                failed.add(new BatchResultErrorEntry(entry.id(), true, refused.errorCode(), refused.getMessage()));
            }
        }
        return new SendMessageBatchResult(successful, failed);
    }

    public List<Message> receiveMessage(ReceiveMessageRequest request) {
        QueueState queue = queue(request.queueUrl());
        int max = request.maxNumberOfMessages() == null ? 1 : request.maxNumberOfMessages();
        if (max < 1 || max > MAX_BATCH) {
            throw SqsErrors.invalidParameter("Value " + max + " for parameter MaxNumberOfMessages is invalid. "
                    + "Reason: Must be between 1 and 10, if provided.");
        }
        Integer wait = request.waitTimeSeconds();
        if (wait != null && (wait < 0 || wait > 20)) {
            throw SqsErrors.invalidParameter("Value " + wait + " for parameter WaitTimeSeconds is invalid. "
                    + "Reason: Must be >= 0 and <= 20, if provided.");
        }
        Integer timeout = request.visibilityTimeout();
        if (timeout != null && (timeout < 0 || timeout > MAX_VISIBILITY_SECONDS)) {
            throw SqsErrors.invalidParameter("Value " + timeout + " for parameter VisibilityTimeout is invalid. "
                    + "Reason: Must be >= 0 and <= " + MAX_VISIBILITY_SECONDS + ", if provided.");
        }
        long seconds = timeout == null ? queue.setting(QueueAttributeNames.VISIBILITY_TIMEOUT) : timeout;
        // On the virtual clock a long poll answers at once with what is visible: waiting would not change it.
        long now = context.nowMillis();
        queue.endVisibilityTimeouts(now);
        List<StoredMessage> taken = queue.takeVisible(max, sentAt -> {
            String body = "A message of the simulated producer, sent at " + Instant.ofEpochMilli(sentAt) + ".";
            return new StoredMessage(context.random().uuid(), body, md5Hex(body), sentAt);
        });
        List<Message> answer = new ArrayList<>();
        for (StoredMessage message : taken) {
            message.received(now, ReceiptHandles.issue(queue.arn, message.messageId, context.random().uuid()));
            if (seconds > 0) {
                queue.hide(message, now + seconds * 1000);
            }
            answer.add(new Message(message.messageId, message.receiptHandle, message.md5OfBody, message.body,
                    systemAttributes(message, request.messageSystemAttributeNames())));
        }
        if (seconds == 0) {
            queue.showFirst(taken, now);
        }
        return answer;
    }

    public Void deleteMessage(String queueUrl, String receiptHandle) {
        QueueState queue = queue(queueUrl);
        queue.endVisibilityTimeouts(context.nowMillis());
        StoredMessage message = queue.stored(ReceiptHandles.messageId(queue.arn, receiptHandle));
        if (message != null && receiptHandle.equals(message.receiptHandle)) {
            queue.delete(message);
        }
        return null;
    }

    public Void changeMessageVisibility(String queueUrl, String receiptHandle, Integer visibilityTimeout) {
        QueueState queue = queue(queueUrl);
        if (visibilityTimeout == null) {
            throw SqsErrors.missing("VisibilityTimeout");
        }
        long now = context.nowMillis();
        queue.endVisibilityTimeouts(now);
        StoredMessage message = queue.stored(ReceiptHandles.messageId(queue.arn, receiptHandle));
        if (message == null || !receiptHandle.equals(message.receiptHandle)) {
            throw SqsErrors.invalidParameter("Value " + receiptHandle + " for parameter ReceiptHandle is invalid. "
                    + "Reason: Message does not exist or is not available for visibility timeout change.");
        }
        if (visibilityTimeout < 0 || (now - message.receivedAtMillis) / 1000 + visibilityTimeout
                > MAX_VISIBILITY_SECONDS) {
            throw SqsErrors.invalidParameter("Value " + visibilityTimeout + " for parameter VisibilityTimeout is "
                    + "invalid. Reason: Total VisibilityTimeout for the message is beyond the limit ["
                    + MAX_VISIBILITY_SECONDS + " seconds]");
        }
        if (visibilityTimeout == 0) {
            queue.show(message, now);
        } else {
            queue.hide(message, now + visibilityTimeout * 1000L);
        }
        return null;
    }

    public DeleteMessageBatchResult deleteMessageBatch(String queueUrl,
                                                       List<DeleteMessageBatchRequestEntry> entries) {
        queue(queueUrl);
        checkBatch(entries == null ? null : entries.stream().map(DeleteMessageBatchRequestEntry::id).toList(),
                "DeleteMessageBatchRequestEntry");
        List<String> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (DeleteMessageBatchRequestEntry entry : entries) {
            try {
                deleteMessage(queueUrl, entry.receiptHandle());
                successful.add(entry.id());
            } catch (GatewayException refused) {
                failed.add(new BatchResultErrorEntry(entry.id(), true, refused.errorCode(), refused.getMessage()));
            }
        }
        return new DeleteMessageBatchResult(successful, failed);
    }

    public Void deleteQueue(String queueUrl) {
        QueueState queue = queue(queueUrl);
        queues.remove(queue.name);
        deletedAt.put(queue.name, context.nowMillis());
        return null;
    }

    /** From now on a producer sends the queue this load; its task capacity is what one worker processes a minute. */
    public Void setProducerLoad(String queueUrl, LoadProfile profile) {
        queue(queueUrl).producer = profile;
        return null;
    }

    public Optional<LoadProfile> producerLoad(String queueUrl) {
        return Optional.ofNullable(queue(queueUrl).producer);
    }

    @Override
    public Long visibleMessages(String queueName) {
        QueueState queue = queues.get(queueName);
        return queue == null ? null : queue.visible(context.nowMillis());
    }

    @Override
    public String workerQueue(String cluster, String service) {
        String url = queueUrlByService.get(QueueWorkers.serviceKey(cluster, service));
        return url == null || !url.startsWith(urlPrefix) ? null : url.substring(urlPrefix.length());
    }

    // --- the queues over time ---

    private void startTicking() {
        if (!ticking) {
            ticking = true;
            scheduleTick((context.nowMillis() / TICK_MILLIS + 1) * TICK_MILLIS);
        }
    }

    private void scheduleTick(long atMillis) {
        context.schedule(atMillis, () -> {
            tick(atMillis);
            scheduleTick(atMillis + TICK_MILLIS);
        });
    }

    private void tick(long now) {
        if (queues.isEmpty()) {
            queueUrlByService = Map.of();
            return;
        }
        QueueWorkers.Assignment assignment = workers.scan();
        queueUrlByService = assignment.queueUrlByService();
        for (QueueState queue : queues.values()) {
            List<String> running = assignment.tasksOf(queue.url);
            queue.endDelays(now);
            queue.endVisibilityTimeouts(now);
            queue.settle(now, new HashSet<>(running));
            queue.expire(now);
            produce(queue, now);
            consume(queue, running, now);
        }
    }

    private void produce(QueueState queue, long now) {
        if (queue.producer == null) {
            return;
        }
        double perMinute = queue.producer.requestsPerMinuteAt(Instant.ofEpochMilli(now - TICK_MILLIS / 2));
        double due = perMinute * TICK_MILLIS / 60_000.0 + queue.producedCarry;
        long whole = (long) Math.floor(due);
        queue.producedCarry = due - whole;
        queue.send(now, whole, queue.setting(QueueAttributeNames.DELAY_SECONDS));
    }

    /** Each running worker receives its share of the minute's processing; a fraction of a message waits. */
    private void consume(QueueState queue, List<String> running, long now) {
        if (running.isEmpty()) {
            queue.receivedCarry = 0;
            return;
        }
        double perTask = queue.producer == null ? DEFAULT_MESSAGES_PER_TASK : queue.producer.requestsPerTaskAtFullCpu();
        double capacity = running.size() * perTask * TICK_MILLIS / 60_000.0 + queue.receivedCarry;
        long whole = (long) Math.floor(capacity);
        queue.receivedCarry = capacity - whole;
        long available = Math.min(whole, queue.visible());
        for (int i = 0; i < running.size(); i++) {
            long share = available / running.size() + (i < available % running.size() ? 1 : 0);
            queue.receive(running.get(i), now, share);
        }
    }

    // --- checks ---

    private QueueState queue(String queueUrl) {
        if (queueUrl == null || queueUrl.isEmpty()) {
            throw SqsErrors.missing("QueueUrl");
        }
        QueueState queue = queueUrl.startsWith(urlPrefix) ? queues.get(queueUrl.substring(urlPrefix.length()))
                : null;
        if (queue == null) {
            throw SqsErrors.noQueue();
        }
        return queue;
    }

    /** A batch's entries as SQS checks them before it tries any: 1 to 10, each id well formed and its own. */
    private static void checkBatch(List<String> ids, String entryShape) {
        if (ids == null || ids.isEmpty()) {
            throw new GatewayException("EmptyBatchRequest", "There should be at least one " + entryShape
                    + " in the request.", false);
        }
        if (ids.size() > MAX_BATCH) {
            throw new GatewayException("TooManyEntriesInBatchRequest", "Maximum number of "
                    + "entries per request are " + MAX_BATCH + ". You have sent " + ids.size() + ".", false);
        }
        HashSet<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || !BATCH_ID.matcher(id).matches()) {
                throw new GatewayException("InvalidBatchEntryId", "A batch entry id can "
                        + "only contain alphanumeric characters, hyphens and underscores. It can be at most 80 "
                        + "letters long.", false);
            }
            if (!seen.add(id)) {
                throw new GatewayException("BatchEntryIdsNotDistinct", "Id " + id + " repeated.", false);
            }
        }
    }

    /** The system attributes asked for, as SQS writes them: epoch milliseconds and a count. */
    private Map<String, String> systemAttributes(StoredMessage message, List<String> names) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(MessageSystemAttributeNames.SENDER_ID, context.settings().accountId());
        all.put(MessageSystemAttributeNames.SENT_TIMESTAMP, Long.toString(message.sentAtMillis));
        all.put(MessageSystemAttributeNames.APPROXIMATE_RECEIVE_COUNT, Integer.toString(message.receiveCount));
        all.put(MessageSystemAttributeNames.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP,
                Long.toString(message.firstReceiveMillis));
        if (names.contains(QueueAttributeNames.ALL)) {
            return all;
        }
        Map<String, String> wanted = new LinkedHashMap<>(all);
        wanted.keySet().retainAll(names);
        return wanted;
    }

    private static void checkBody(QueueState queue, String body) {
        long limit = queue.setting(QueueAttributeNames.MAXIMUM_MESSAGE_SIZE);
        if (utf8Length(body) > limit) {
            throw SqsErrors.invalidParameter("One or more parameters are invalid. Reason: Message must be shorter "
                    + "than " + limit + " bytes.");
        }
        body.codePoints().filter(c -> !(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))).findFirst().ifPresent(c -> {
                    throw new GatewayException("InvalidMessageContents", "Invalid binary "
                            + "character '#x" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                            + "' was found in the message body, the set of allowed characters is #x9 | #xA | #xD "
                            + "| #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF", false);
                });
    }

    private static long delay(QueueState queue, Integer delaySeconds) {
        if (delaySeconds == null) {
            return queue.setting(QueueAttributeNames.DELAY_SECONDS);
        }
        if (delaySeconds < 0 || delaySeconds > 900) {
            throw SqsErrors.invalidParameter("Value " + delaySeconds + " for parameter DelaySeconds is invalid. "
                    + "Reason: DelaySeconds must be >= 0 and <= 900.");
        }
        return delaySeconds;
    }

    /** SQS answers the MD5 of each body so a sender can check what arrived. */
    private static String md5Hex(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has MD5.", missing);
        }
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
