package dev.berth.ui.training;

import atlantafx.base.theme.Styles;
import dev.berth.training.ChallengeProgress;
import dev.berth.training.ChallengeScore;
import dev.berth.training.LessonProgress;
import dev.berth.training.LessonState;
import dev.berth.training.QuizQuestion;
import dev.berth.training.WorldAction;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.rollout.DiagnosisDialog;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.List;

/**
 * The open lesson, beside whatever view the learner works in: its steps, with the current step's objectives ticking
 * as the world makes them true, hints on request, "Show me", and the quiz with an explanation for every answer.
 * Hidden while no lesson is open. Rebuilt only when what it shows has changed.
 */
final class LessonPane extends BorderPane {
    static final double DEFAULT_WIDTH = 380;
    static final double MIN_WIDTH = 280;
    /** The views beside the pane keep at least this share of the window. */
    private static final double MAX_SHARE = 0.6;

    private final TrainingViewModel viewModel;
    private final Label title = new Label();
    private final Label error = new Label();
    private final VBox body = new VBox();
    private final ToolButton reset;

    LessonPane(TrainingViewModel viewModel) {
        this.viewModel = viewModel;
        setId("lesson-pane");
        getStyleClass().add(TrainingStyles.LESSON_PANE);
        getStylesheets().add(TrainingStyles.STYLESHEET);

        title.setId("lesson-title");
        title.getStyleClass().add(TrainingStyles.LESSON_TITLE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        reset = new ToolButton("lesson-reset", null, MaterialDesignR.RESTART, this::confirmReset);
        reset.setTooltip(new Tooltip("Start the lesson again in a fresh practice world"));
        reset.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        ToolButton close = new ToolButton("lesson-close", null, MaterialDesignW.WINDOW_CLOSE, viewModel::close);
        close.setTooltip(new Tooltip("Close the lesson and go back to your own world"));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.disableProperty().bind(viewModel.busyProperty());
        HBox header = new HBox(title, reset, close);
        header.getStyleClass().add("lesson-header");

        error.setId("lesson-error");
        error.getStyleClass().add(BerthStyles.ERROR_BANNER);
        error.textProperty().bind(Bindings.when(viewModel.messageProperty().isNotNull())
                .then(viewModel.messageProperty()).otherwise(viewModel.checkErrorProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        body.getStyleClass().add("lesson-body");
        body.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Header and body side by side with the grip, so the whole left edge can be dragged.
        BorderPane content = new BorderPane(scroll);
        content.setTop(new VBox(header, error));
        setCenter(content);
        setLeft(resizeGrip());
        setPrefWidth(DEFAULT_WIDTH);
        setMinWidth(MIN_WIDTH);

        visibleProperty().bind(viewModel.stateProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        viewModel.stateProperty().addListener(observable -> rebuild());
        viewModel.hintsShownProperty().addListener(observable -> rebuild());
        viewModel.busyProperty().addListener(observable -> rebuild());
    }

    /**
     * The pane's left edge, dragged to make the pane wider or narrower, as side panes of desktop apps are; the views
     * beside it get the rest (their tool bars turn icon-only when it gets tight).
     */
    private Region resizeGrip() {
        Region grip = new Region();
        grip.setId("lesson-resize");
        grip.getStyleClass().add(TrainingStyles.RESIZE_GRIP);
        grip.setCursor(Cursor.H_RESIZE);
        double[] start = new double[2];
        grip.setOnMousePressed(event -> {
            start[0] = event.getScreenX();
            start[1] = getWidth();
            event.consume();
        });
        grip.setOnMouseDragged(event -> {
            double widest = Math.max(MIN_WIDTH, getScene().getWidth() * MAX_SHARE);
            setPrefWidth(Math.min(widest, Math.max(MIN_WIDTH, start[1] + start[0] - event.getScreenX())));
            event.consume();
        });
        return grip;
    }

    private void rebuild() {
        LessonState state = viewModel.stateProperty().get();
        if (state == null) {
            body.getChildren().clear();
            return;
        }
        title.setText(state.lesson().title());
        reset.setVisible(viewModel.canReset(state.lesson()));
        reset.setManaged(reset.isVisible());
        reset.setDisable(viewModel.busyProperty().get());

        Label meta = wrapped(state.world() == null ? state.lesson().topic() + " · reading and quiz"
                : state.lesson().topic() + " · practice world " + state.world().name(), TrainingStyles.LESSON_META);
        meta.setId("lesson-world");
        body.getChildren().setAll(meta, wrapped(state.lesson().summary(), TrainingStyles.EXPLANATION));
        if (state.challenge() != null) {
            addChallenge(state);
        } else if (state.complete()) {
            Label complete = wrapped("Lesson complete. Quiz score " + state.progress().score(state.lesson()) + " of "
                    + state.lesson().quiz().size() + ".", TrainingStyles.COMPLETE);
            complete.setId("lesson-complete");
            body.getChildren().add(complete);
        }
        for (int index = 0; index < state.steps().size(); index++) {
            body.getChildren().add(step(state, index));
        }
        body.getChildren().add(section("Quiz"));
        List<QuizQuestion> quiz = state.lesson().quiz();
        for (int question = 0; question < quiz.size(); question++) {
            body.getChildren().add(question(quiz.get(question), question, state.progress()));
        }
        if (!state.progress().quizAnswers().isEmpty()) {
            Label score = wrapped("Score: " + state.progress().score(state.lesson()) + " of " + quiz.size()
                    + " right at the first try.", TrainingStyles.LESSON_META);
            score.setId("lesson-score");
            body.getChildren().add(score);
        }
    }

    /** The scoring rules while the challenge is open; once solved, the score and the debrief. */
    private void addChallenge(LessonState state) {
        ChallengeProgress attempt = state.challenge();
        if (!attempt.solved()) {
            Label rules = wrapped(ChallengeScore.rules(state.lesson().challenge()), TrainingStyles.LESSON_META);
            rules.setId("lesson-challenge-rules");
            body.getChildren().add(rules);
            return;
        }
        Label score = wrapped("Solved. Score " + attempt.score() + " of " + ChallengeScore.START + " (" + costs(attempt)
                + "). Best score " + attempt.bestScore() + ".", TrainingStyles.COMPLETE);
        score.setId("lesson-challenge-score");
        VBox debrief = new VBox(6, section("Debrief"));
        debrief.setId("lesson-debrief");
        debrief.getStyleClass().add(TrainingStyles.DEBRIEF);
        for (String paragraph : state.lesson().challenge().debrief().split("\n\n")) {
            debrief.getChildren().add(wrapped(paragraph, TrainingStyles.EXPLANATION));
        }
        body.getChildren().addAll(score, debrief);
    }

    private static String costs(ChallengeProgress attempt) {
        String hints = attempt.hintsShown() == 0 ? "no hints"
                : attempt.hintsShown() + (attempt.hintsShown() == 1 ? " hint" : " hints");
        return hints + (attempt.fixShown() ? ", Show me used" : ", solved without Show me");
    }

    private Node step(LessonState state, int index) {
        LessonState.StepState step = state.steps().get(index);
        boolean handsOn = step.step().isHandsOn();
        boolean current = handsOn && index == state.currentStep();
        boolean done = handsOn && step.done();
        VBox box = new VBox();
        box.setId("lesson-step-" + step.step().id());
        box.getStyleClass().add(TrainingStyles.STEP);
        if (handsOn) {
            box.getStyleClass().add(current ? TrainingStyles.CURRENT_STEP
                    : done ? TrainingStyles.DONE_STEP : TrainingStyles.LATER_STEP);
        }
        Ikon icon = done ? MaterialDesignC.CHECK_CIRCLE : current ? MaterialDesignP.PLAY_CIRCLE_OUTLINE
                : handsOn ? MaterialDesignC.CIRCLE_OUTLINE : MaterialDesignL.LIGHTBULB_ON_OUTLINE;
        Label heading = wrapped((index + 1) + ". " + step.step().title(), TrainingStyles.STEP_TITLE);
        heading.setGraphic(new FontIcon(icon));
        box.getChildren().add(heading);
        if (current || !handsOn) {
            for (String paragraph : step.step().explanation().split("\n\n")) {
                box.getChildren().add(wrapped(paragraph, TrainingStyles.EXPLANATION));
            }
        }
        if (current || done) {
            for (int i = 0; i < step.objectives().size(); i++) {
                box.getChildren().addAll(objective(step, i, current));
            }
        }
        if (current) {
            addHintsAndShowMe(box, step, state.challenge() != null);
        }
        return box;
    }

    private List<Node> objective(LessonState.StepState step, int index, boolean current) {
        LessonState.ObjectiveState objective = step.objectives().get(index);
        Label line = wrapped(objective.objective().description(), TrainingStyles.OBJECTIVE);
        line.setId("lesson-objective-" + step.step().id() + "-" + index);
        line.setGraphic(new FontIcon(objective.met() ? MaterialDesignC.CHECK_CIRCLE
                : MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE));
        if (objective.met()) {
            line.getStyleClass().add(TrainingStyles.OBJECTIVE_MET);
        }
        if (!current || objective.met() || objective.detail() == null) {
            return List.of(line);
        }
        return List.of(line, wrapped(objective.detail(), TrainingStyles.OBJECTIVE_DETAIL));
    }

    private void addHintsAndShowMe(VBox box, LessonState.StepState step, boolean scored) {
        List<String> hints = step.step().hints();
        int shown = Math.min(viewModel.hintsShownProperty().get(), hints.size());
        for (int i = 0; i < shown; i++) {
            Label hint = wrapped(hints.get(i), TrainingStyles.HINT);
            hint.setId("lesson-hint-" + (i + 1));
            box.getChildren().add(hint);
        }
        Button hint = new Button(shown == hints.size() ? "No more hints" : scored ? "Hint " + (shown + 1) + "/"
                + hints.size() + " (−" + ChallengeScore.PER_HINT + ")" : "Hint (" + (shown + 1) + " of "
                + hints.size() + ")", new FontIcon(MaterialDesignL.LIGHTBULB_OUTLINE));
        hint.setId("lesson-hint-button");
        hint.setDisable(shown == hints.size());
        hint.setOnAction(event -> viewModel.revealHint());
        Button showMe = new Button(scored ? "Show me (−" + ChallengeScore.SHOW_ME + ")" : "Show me",
                new FontIcon(MaterialDesignP.PLAY));
        showMe.setId("lesson-show-me");
        showMe.setTooltip(new Tooltip(String.join("\n", step.step().showMe().stream()
                .map(WorldAction::description).toList())));
        showMe.setDisable(viewModel.busyProperty().get());
        showMe.setOnAction(event -> viewModel.showMe());
        Button whyStuck = new Button("Why stuck?", new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        whyStuck.setId("lesson-why-stuck");
        whyStuck.setTooltip(new Tooltip("Reads the lesson's services and explains what keeps them from their "
                + "desired state"));
        whyStuck.setOnAction(event -> DiagnosisDialog.show(getScene().getWindow(), "Why is this stuck?",
                viewModel::diagnose));
        box.getChildren().add(new FlowPane(8, 8, hint, showMe, whyStuck));
    }

    private Node question(QuizQuestion question, int index, LessonProgress progress) {
        return new QuizQuestionView("quiz-" + index, (index + 1) + ". " + question.question(), question,
                progress.quizAnswers().get(index), answer -> viewModel.answer(index, answer));
    }

    private void confirmReset() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "The lesson's practice world is thrown away and set up again, and its objectives start over. "
                        + "Your quiz answers are kept.", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Start this lesson again?");
        confirm.initOwner(getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.reset());
    }

    private static Label section(String text) {
        return wrapped(text, TrainingStyles.SECTION);
    }

    static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
