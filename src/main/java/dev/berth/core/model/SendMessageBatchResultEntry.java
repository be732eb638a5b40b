package dev.berth.core.model;

/** A message of a batch that SQS accepted. */
public record SendMessageBatchResultEntry(String id, String messageId, String md5OfMessageBody) {
}
