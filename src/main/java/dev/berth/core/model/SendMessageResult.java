package dev.berth.core.model;

/** SendMessage's answer: the message's id and the MD5 digest of its body, in hex, as SQS computes it. */
public record SendMessageResult(String messageId, String md5OfMessageBody) {
}
