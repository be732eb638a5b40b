package dev.berth.sim;

import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.model.DeleteMessageBatchRequestEntry;
import dev.berth.core.model.DeleteMessageBatchResult;
import dev.berth.core.model.Message;
import dev.berth.core.model.Page;
import dev.berth.core.model.ReceiveMessageRequest;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.SendMessageBatchResult;
import dev.berth.core.model.SendMessageResult;
import dev.berth.sim.sqs.SqsCommands;

import java.util.List;
import java.util.Map;

/** The simulator behind {@link SqsGateway}: changes become journaled commands, reads look at the world directly. */
final class SimSqsGateway implements SqsGateway {
    private final Simulator simulator;

    SimSqsGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String createQueue(String queueName, Map<String, String> attributes) {
        return simulator.execute(new SqsCommands.CreateQueue(queueName,
                attributes == null ? Map.of() : Map.copyOf(attributes)));
    }

    @Override
    public String getQueueUrl(String queueName) {
        return simulator.readSqs(sqs -> sqs.getQueueUrl(queueName));
    }

    @Override
    public Page<String> listQueues(String queueNamePrefix, String nextToken, Integer maxResults) {
        return simulator.readSqs(sqs -> sqs.listQueues(queueNamePrefix, nextToken, maxResults));
    }

    @Override
    public Map<String, String> getQueueAttributes(String queueUrl, List<String> attributeNames) {
        return simulator.readSqs(sqs -> sqs.getQueueAttributes(queueUrl, attributeNames));
    }

    @Override
    public SendMessageResult sendMessage(String queueUrl, String messageBody, Integer delaySeconds) {
        return simulator.execute(new SqsCommands.SendMessage(queueUrl, messageBody, delaySeconds));
    }

    @Override
    public SendMessageBatchResult sendMessageBatch(String queueUrl, List<SendMessageBatchRequestEntry> entries) {
        return simulator.execute(new SqsCommands.SendMessageBatch(queueUrl,
                entries == null ? List.of() : List.copyOf(entries)));
    }

    @Override
    public void deleteQueue(String queueUrl) {
        simulator.execute(new SqsCommands.DeleteQueue(queueUrl));
    }

    @Override
    public List<Message> receiveMessage(ReceiveMessageRequest request) {
        return simulator.execute(new SqsCommands.ReceiveMessage(request));
    }

    @Override
    public void deleteMessage(String queueUrl, String receiptHandle) {
        simulator.execute(new SqsCommands.DeleteMessage(queueUrl, receiptHandle));
    }

    @Override
    public void changeMessageVisibility(String queueUrl, String receiptHandle, Integer visibilityTimeout) {
        simulator.execute(new SqsCommands.ChangeMessageVisibility(queueUrl, receiptHandle, visibilityTimeout));
    }

    @Override
    public DeleteMessageBatchResult deleteMessageBatch(String queueUrl, List<DeleteMessageBatchRequestEntry> entries) {
        return simulator.execute(new SqsCommands.DeleteMessageBatch(queueUrl,
                entries == null ? List.of() : List.copyOf(entries)));
    }
}
