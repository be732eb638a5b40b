package dev.berth.ui.handles;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;

/** The open "Why is this stuck?" window: each diagnosis's headline followed by its findings' titles. */
public final class DiagnosisHandle {
    private final FxRobot robot;

    public DiagnosisHandle(FxRobot robot) {
        this.robot = robot;
    }

    public List<String> shown() {
        List<String> shown = new ArrayList<>();
        for (VBox diagnosis : robot.lookup(".diagnosis").queryAllAs(VBox.class)) {
            shown.add(((Label) diagnosis.lookup(".diagnosis-headline")).getText());
            VBox findings = (VBox) diagnosis.lookup(".diagnosis-findings");
            findings.getChildren().forEach(finding -> shown.add(((Label) ((VBox) finding).getChildren().get(0))
                    .getText()));
        }
        return shown;
    }
}
