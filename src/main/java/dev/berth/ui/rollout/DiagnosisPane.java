package dev.berth.ui.rollout;

import atlantafx.base.theme.Styles;
import dev.berth.core.rollout.RolloutDiagnosis.Diagnosis;
import dev.berth.core.rollout.RolloutDiagnosis.Finding;
import dev.berth.ui.theme.BerthStyles;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** "Why is this stuck?" as the user reads it: the verdict, then each reason with its evidence and what to change. */
public final class DiagnosisPane extends VBox {
    private final Label headline = new Label();
    private final VBox findings = new VBox(12);

    public DiagnosisPane() {
        super(12);
        setId("diagnosis");
        headline.setId("diagnosis-headline");
        headline.setWrapText(true);
        headline.getStyleClass().add(Styles.TITLE_4);
        findings.setId("diagnosis-findings");
        getChildren().setAll(headline, findings);
    }

    public void show(Diagnosis diagnosis) {
        headline.setText(diagnosis.headline());
        headline.getStyleClass().removeAll(Styles.SUCCESS, Styles.ACCENT, Styles.DANGER);
        headline.getStyleClass().add(switch (diagnosis.verdict()) {
            case STEADY -> Styles.SUCCESS;
            case PROGRESSING -> Styles.ACCENT;
            case STUCK, FAILED -> Styles.DANGER;
        });
        findings.getChildren().setAll(diagnosis.findings().stream().map(DiagnosisPane::finding).toList());
    }

    public void showFailure(String message) {
        headline.setText(message);
        headline.getStyleClass().removeAll(Styles.SUCCESS, Styles.ACCENT);
        headline.getStyleClass().add(Styles.DANGER);
        findings.getChildren().clear();
    }

    private static VBox finding(Finding finding) {
        Label title = new Label(finding.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label explanation = wrapped(finding.explanation());
        Label evidence = wrapped(finding.evidence());
        evidence.getStyleClass().addAll(BerthStyles.MONOSPACE, Styles.TEXT_MUTED);
        Label fix = wrapped("What to do: " + finding.fix());
        VBox box = new VBox(4, title, explanation, evidence, fix);
        box.getStyleClass().add("diagnosis-finding");
        return box;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** The verdict shown, for tests and the lesson pane. */
    public String headlineText() {
        return headline.getText();
    }
}
