package dev.berth.core.model;

/** A message of a batch that SQS refused; {@code senderFault} true when the request was at fault. */
public record BatchResultErrorEntry(String id, boolean senderFault, String code, String message) {
}
