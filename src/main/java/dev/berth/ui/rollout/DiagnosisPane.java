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
        getStyleClass().add("diagnosis");
        headline.getStyleClass().addAll("diagnosis-headline", Styles.TITLE_4);
        headline.setWrapText(true);
        findings.getStyleClass().add("diagnosis-findings");
        getChildren().setAll(headline, findings);
    }

    public void show(Diagnosis diagnosis) {
        headline.setText(diagnosis.headline());
        headline.getStyleClass().add(switch (diagnosis.verdict()) {
            case STEADY -> Styles.SUCCESS;
            case PROGRESSING -> Styles.ACCENT;
            case STUCK, FAILED -> Styles.DANGER;
        });
        findings.getChildren().setAll(diagnosis.findings().stream().map(DiagnosisPane::finding).toList());
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
}
