package dev.berth.core.model;

/** One message of a SendMessageBatch; {@code delaySeconds} null means the queue's own delay. */
public record SendMessageBatchRequestEntry(String id, String messageBody, Integer delaySeconds) {
}
