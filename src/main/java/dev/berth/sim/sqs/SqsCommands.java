package dev.berth.sim.sqs;

import dev.berth.core.model.DeleteMessageBatchRequestEntry;
import dev.berth.core.model.DeleteMessageBatchResult;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.LoadShape;
import dev.berth.core.model.Message;
import dev.berth.core.model.ReceiveMessageRequest;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.SendMessageBatchResult;
import dev.berth.core.model.SendMessageResult;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The journaled SQS operations, one record each, applied to an {@link SqsWorld}. */
public final class SqsCommands {

    private SqsCommands() {
    }

    public record CreateQueue(String queueName, Map<String, String> attributes) implements SqsCommand<String> {
        @Override
        public String applyTo(SqsWorld sqs) {
            return sqs.createQueue(queueName, attributes);
        }
    }

    public record SendMessage(String queueUrl, String messageBody, Integer delaySeconds)
            implements SqsCommand<SendMessageResult> {
        @Override
        public SendMessageResult applyTo(SqsWorld sqs) {
            return sqs.sendMessage(queueUrl, messageBody, delaySeconds);
        }
    }

    public record SendMessageBatch(String queueUrl, List<SendMessageBatchRequestEntry> entries)
            implements SqsCommand<SendMessageBatchResult> {
        @Override
        public SendMessageBatchResult applyTo(SqsWorld sqs) {
            return sqs.sendMessageBatch(queueUrl, entries);
        }
    }

    public record DeleteQueue(String queueUrl) implements SqsCommand<Void> {
        @Override
        public Void applyTo(SqsWorld sqs) {
            return sqs.deleteQueue(queueUrl);
        }
    }

    /** A receive changes the queue: the messages are hidden, counted as received and given new handles. */
    public record ReceiveMessage(ReceiveMessageRequest request) implements SqsCommand<List<Message>> {
        @Override
        public List<Message> applyTo(SqsWorld sqs) {
            return sqs.receiveMessage(request);
        }
    }

    public record DeleteMessage(String queueUrl, String receiptHandle) implements SqsCommand<Void> {
        @Override
        public Void applyTo(SqsWorld sqs) {
            return sqs.deleteMessage(queueUrl, receiptHandle);
        }
    }

    public record ChangeMessageVisibility(String queueUrl, String receiptHandle, Integer visibilityTimeout)
            implements SqsCommand<Void> {
        @Override
        public Void applyTo(SqsWorld sqs) {
            return sqs.changeMessageVisibility(queueUrl, receiptHandle, visibilityTimeout);
        }
    }

    public record DeleteMessageBatch(String queueUrl, List<DeleteMessageBatchRequestEntry> entries)
            implements SqsCommand<DeleteMessageBatchResult> {
        @Override
        public DeleteMessageBatchResult applyTo(SqsWorld sqs) {
            return sqs.deleteMessageBatch(queueUrl, entries);
        }
    }

    /**
     * The messages a producer sends the queue from now on, shaped as a service's load profile is; times as epoch
     * milliseconds so the journal's plain JSON reads them back.
     */
    public record SetProducerLoad(String queueUrl, LoadShape shape, double baseMessagesPerMinute,
                                  double peakMessagesPerMinute, long startEpochMillis, int durationMinutes,
                                  double messagesPerTaskPerMinute) implements SqsCommand<Void> {

        public static SetProducerLoad of(String queueUrl, LoadProfile profile) {
            return new SetProducerLoad(queueUrl, profile.shape(), profile.baseRequestsPerMinute(),
                    profile.peakRequestsPerMinute(), profile.startTime().toEpochMilli(), profile.durationMinutes(),
                    profile.requestsPerTaskAtFullCpu());
        }

        @Override
        public Void applyTo(SqsWorld sqs) {
            return sqs.setProducerLoad(queueUrl, new LoadProfile(shape, baseMessagesPerMinute,
                    peakMessagesPerMinute, Instant.ofEpochMilli(startEpochMillis), durationMinutes,
                    messagesPerTaskPerMinute));
        }
    }
}
