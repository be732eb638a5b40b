package dev.berth.ui.training;

import atlantafx.base.theme.Styles;
import dev.berth.training.ChallengeProgress;
import dev.berth.training.ChallengeScore;
import dev.berth.training.Lesson;
import dev.berth.training.LessonProgress;
import dev.berth.training.LessonState;
import dev.berth.training.SimulatorPart;
import dev.berth.ui.common.ToolButton;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.stream.Collectors;

/** The lesson chosen in the list: what it teaches, how it is practised, how far the learner got, and "Open". */
final class LessonOverview extends VBox {
    private final TrainingViewModel viewModel;
    private final Label title = label("training-lesson-title", TrainingStyles.LESSON_TITLE);
    private final Label meta = label("training-lesson-meta", TrainingStyles.LESSON_META);
    private final Label summary = label("training-lesson-summary", TrainingStyles.EXPLANATION);
    private final Label practice = label("training-lesson-practice", TrainingStyles.EXPLANATION);
    private final Label progress = label("training-lesson-progress", TrainingStyles.LESSON_META);
    private final ToolButton open;

    LessonOverview(TrainingViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("training-overview");
        open = new ToolButton("training-open", "Open lesson", MaterialDesignP.PLAY, viewModel::openSelected);
        open.getStyleClass().add(Styles.ACCENT);
        getChildren().addAll(title, meta, summary, practice, progress, new HBox(8, open));
        viewModel.selectedProperty().addListener(observable -> show());
        viewModel.progressProperty().addListener(observable -> show());
        viewModel.challengesProperty().addListener(observable -> show());
        viewModel.stateProperty().addListener(observable -> show());
        viewModel.busyProperty().addListener(observable -> show());
        show();
    }

    private void show() {
        Lesson lesson = viewModel.selectedProperty().get();
        boolean chosen = lesson != null;
        for (var child : getChildren()) {
            child.setVisible(chosen);
        }
        if (!chosen) {
            return;
        }
        title.setText(lesson.title());
        meta.setText(lesson.topic() + "  ·  about " + lesson.minutes() + " minutes  ·  " + lesson.steps().size()
                + (lesson.steps().size() == 1 ? " step" : " steps") + ", " + lesson.quiz().size() + " quiz questions");
        summary.setText(lesson.summary());
        practice.setText(practice(lesson));
        LessonProgress saved = viewModel.progressProperty().get().get(lesson.id());
        progress.setText(lesson.isChallenge() ? challengeText(viewModel.challengeProgress(lesson))
                : progressText(lesson, saved));
        LessonState open = viewModel.stateProperty().get();
        boolean isOpen = open != null && open.lesson().equals(lesson);
        String what = lesson.isChallenge() ? "challenge" : "lesson";
        this.open.setText(isOpen ? "Open beside the views" : saved.hasStarted() ? "Continue " + what : "Open " + what);
        this.open.setDisable(isOpen || viewModel.busyProperty().get());
    }

    private static String practice(Lesson lesson) {
        if (lesson.isChallenge()) {
            return "Scenario challenge: a broken practice world of its own. Diagnose it in the normal views and fix "
                    + "it. " + ChallengeScore.rules(lesson.challenge());
        }
        if (lesson.isHandsOn()) {
            return "Hands-on: the lesson opens beside the views in a practice world of its own, and ticks its "
                    + "objectives as you work in the Clusters, Services, Task definitions and Tasks views.";
        }
        if (lesson.requires().isEmpty()) {
            return "Reading and quiz.";
        }
        return "Reading and quiz for now. Its hands-on practice waits for the simulator to run: "
                + lesson.requires().stream().map(SimulatorPart::title).collect(Collectors.joining(", ")) + ".";
    }

    private static String challengeText(ChallengeProgress challenge) {
        if (challenge.bestScore() == null) {
            return challenge.startedAt() == null ? "Not tried yet." : "Not solved yet.";
        }
        return "Best score " + challenge.bestScore() + " of " + ChallengeScore.START + ".";
    }

    private static String progressText(Lesson lesson, LessonProgress saved) {
        if (saved.completes(lesson)) {
            return "Complete. Quiz score " + saved.score(lesson) + " of " + lesson.quiz().size() + ".";
        }
        if (!saved.hasStarted()) {
            return "Not started.";
        }
        String objectives = lesson.isHandsOn() ? saved.objectivesMet().size() + " of " + lesson.objectiveCount()
                + " objectives met, " : "";
        return objectives + saved.quizAnswers().size() + " of " + lesson.quiz().size() + " questions answered.";
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
