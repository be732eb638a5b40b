package dev.berth.ui.rollout;

import dev.berth.core.rollout.RolloutDiagnosis.Diagnosis;
import dev.berth.ui.theme.Theme;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/** "Why is this stuck?" in a window that is not modal, so the user can keep watching the views while reading it. */
public final class DiagnosisDialog {

    /** Reads the world in the background and answers on the FX thread. */
    @FunctionalInterface
    public interface Source {
        void diagnose(Consumer<List<Diagnosis>> onResult, Consumer<String> onFailure);
    }

    private DiagnosisDialog() {
    }

    public static void show(Window owner, String title, Source source) {
        VBox content = new VBox(16);
        content.setId("diagnoses");
        content.setPrefWidth(620);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        ButtonType again = new ButtonType("Check again", ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(again, ButtonType.CLOSE);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("diagnosis-dialog");
        Theme.style(dialog.getDialogPane());
        Runnable check = () -> {
            content.getChildren().setAll(new Label("Reading the services, their tasks and their events…"));
            source.diagnose(diagnoses -> content.getChildren().setAll(panes(diagnoses)),
                    failure -> content.getChildren().setAll(new Label(failure)));
        };
        Button againButton = (Button) dialog.getDialogPane().lookupButton(again);
        againButton.setId("diagnosis-again");
        againButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            check.run();
        });
        check.run();
        dialog.show();
    }

    private static List<Node> panes(List<Diagnosis> diagnoses) {
        if (diagnoses.isEmpty()) {
            return List.of(new Label("There is no service to look at yet."));
        }
        VBox all = new VBox(16);
        for (Diagnosis diagnosis : diagnoses) {
            if (!all.getChildren().isEmpty()) {
                all.getChildren().add(new Separator());
            }
            DiagnosisPane pane = new DiagnosisPane();
            pane.show(diagnosis);
            all.getChildren().add(pane);
        }
        return List.of(all);
    }
}
