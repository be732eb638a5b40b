package dev.berth.ui.common;

import javafx.beans.value.ObservableValue;

/** Puts the selected resource's ARN on the clipboard; disabled while nothing is selected. */
public final class CopyArnButton extends CopyButton {

    public CopyArnButton(String id, ObservableValue<String> arn) {
        super(id, "Copy ARN", "Copy the selected resource's ARN", arn);
    }
}
