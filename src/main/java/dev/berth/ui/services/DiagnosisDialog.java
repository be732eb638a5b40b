package dev.berth.ui.services;

import dev.berth.core.model.Service;
import dev.berth.ui.rollout.DiagnosisPane;
import dev.berth.ui.theme.Theme;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** "Why is this stuck?" for one service; not modal, so the user can keep watching the service while reading. */
final class DiagnosisDialog {
    private DiagnosisDialog() {
    }

    static void show(Window owner, ServicesViewModel viewModel, Service service) {
        DiagnosisPane pane = new DiagnosisPane();
        pane.showFailure("Reading " + service.serviceName() + ", its tasks and its events…");
        pane.setPrefWidth(620);
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Why is " + service.serviceName() + " stuck?");
        dialog.setHeaderText("Why is " + service.serviceName() + " stuck?");
        dialog.setResizable(true);
        ButtonType again = new ButtonType("Check again", ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(again, ButtonType.CLOSE);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("diagnosis-dialog");
        Theme.style(dialog.getDialogPane());
        Runnable check = () -> viewModel.diagnose(service.serviceName(), pane::show, pane::showFailure);
        Button againButton = (Button) dialog.getDialogPane().lookupButton(again);
        againButton.setId("diagnosis-again");
        againButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            check.run();
        });
        check.run();
        dialog.show();
    }
}
