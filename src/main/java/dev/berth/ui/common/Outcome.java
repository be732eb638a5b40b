package dev.berth.ui.common;

/** Where a change (create, update, delete) reports how it went: usually the dialog that asked for it. */
public interface Outcome {

    void succeeded();

    /** {@code message} is a sentence for the user, already explained. */
    void failed(String message);
}
