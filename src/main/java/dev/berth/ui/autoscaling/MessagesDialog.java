package dev.berth.ui.autoscaling;

import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.theme.BerthStyles;
import dev.berth.ui.theme.Theme;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "Receive messages": a look at up to ten of the worker queue's messages. It receives them with a visibility timeout
 * of 0, so the workers can still take them; each look counts as a receive of every message shown. Not modal, so the
 * tab stays in view while it is open.
 */
final class MessagesDialog {

    private MessagesDialog() {
    }

    static void show(Window owner, AutoScalingViewModel viewModel, String queueName) {
        RowTable<MessageRow> table = new RowTable<>("autoscaling-messages", viewModel.peekedMessages().visible(),
                "No visible messages.");
        table.addTextColumn("Body", 170, MessageRow::bodyProperty);
        table.addTextColumn("Message ID", 290, MessageRow::messageIdProperty);
        table.addNumberColumn("Receives", 70, MessageRow::receiveCountProperty);
        table.setPrefHeight(340);
        Label note = new Label("Up to ten visible messages, received with a visibility timeout of 0: they stay "
                + "visible to the workers, and each look counts as a receive.");
        note.setWrapText(true);
        Label error = new Label();
        error.setId("autoscaling-messages-error");
        error.getStyleClass().add(BerthStyles.ERROR_BANNER);
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        String title = "Messages in queue " + queueName;
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        ButtonType again = new ButtonType("Receive again", ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(again, ButtonType.CLOSE);
        dialog.getDialogPane().setContent(new VBox(8, note, table, error));
        dialog.getDialogPane().setId("autoscaling-messages-dialog");
        Theme.style(dialog.getDialogPane());
        Outcome outcome = new Outcome() {
            @Override
            public void succeeded() {
                error.setText(null);
            }

            @Override
            public void failed(String message) {
                error.setText(message);
            }
        };
        Button againButton = (Button) dialog.getDialogPane().lookupButton(again);
        againButton.setId("autoscaling-messages-again");
        againButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.peekMessages(outcome);
        });
        viewModel.peekMessages(outcome);
        dialog.show();
    }
}
