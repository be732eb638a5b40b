package dev.berth.core.model;

/** One message of a DeleteMessageBatch, named by the receipt handle of its latest receive. */
public record DeleteMessageBatchRequestEntry(String id, String receiptHandle) {
}
