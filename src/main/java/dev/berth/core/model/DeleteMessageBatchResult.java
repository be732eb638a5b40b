package dev.berth.core.model;

import java.util.List;

/** DeleteMessageBatch's answer: the ids of the entries that succeeded, and those that failed on their own. */
public record DeleteMessageBatchResult(List<String> successful, List<BatchResultErrorEntry> failed) {
    public DeleteMessageBatchResult {
        successful = List.copyOf(successful);
        failed = List.copyOf(failed);
    }
}
