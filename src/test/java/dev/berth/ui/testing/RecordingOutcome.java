package dev.berth.ui.testing;

import dev.berth.ui.common.Outcome;

/** Remembers how a change went, for view model tests. */
public final class RecordingOutcome implements Outcome {
    private boolean succeeded;
    private String failure;

    @Override
    public void succeeded() {
        succeeded = true;
    }

    @Override
    public void failed(String message) {
        failure = message;
    }

    public boolean hasSucceeded() {
        return succeeded;
    }

    public String failure() {
        return failure;
    }
}
