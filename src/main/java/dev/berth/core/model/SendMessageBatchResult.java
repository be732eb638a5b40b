package dev.berth.core.model;

import java.util.List;

/** SendMessageBatch's answer: each entry either succeeded or failed on its own, as on SQS. */
public record SendMessageBatchResult(List<SendMessageBatchResultEntry> successful,
                                     List<BatchResultErrorEntry> failed) {
    public SendMessageBatchResult {
        successful = List.copyOf(successful);
        failed = List.copyOf(failed);
    }
}
