package dev.berth.sim.store;

/** A world's journal cannot be read or written. */
public final class JournalException extends RuntimeException {

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
