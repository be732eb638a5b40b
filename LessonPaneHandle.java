package dev.berth.ui.training;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

/** The lesson pane beside the views: whether it shows, its ticks, its buttons and the quiz. */
final class LessonPaneHandle {
    private final FxRobot robot;

    LessonPaneHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Chooses a lesson in the Training area's list and opens it. */
    void open(String lessonId) {
        robot.clickOn("#lesson-" + lessonId);
        robot.clickOn("#training-open");
    }

    boolean isShown() {
        return robot.lookup("#lesson-pane").query().isVisible();
    }

    String title() {
        return robot.lookup("#lesson-title").queryLabeled().getText();
    }

    /** Whether the step's objective is on screen (the step has been reached) and ticked. */
    boolean ticked(String stepId, int objective) {
        return robot.lookup("#lesson-objective-" + stepId + "-" + objective).tryQuery()
                .map(node -> node.getStyleClass().contains("lesson-objective-met")).orElse(false);
    }

    boolean showsObjective(String stepId, int objective) {
        return robot.lookup("#lesson-objective-" + stepId + "-" + objective).tryQuery().isPresent();
    }

    /** Whether the step is the one the learner is on. */
    boolean isCurrent(String stepId) {
        return robot.lookup("#lesson-step-" + stepId).tryQuery()
                .map(node -> node.getStyleClass().contains("lesson-step-current")).orElse(false);
    }

    void askForHint() {
        robot.clickOn("#lesson-hint-button");
    }

    String hint(int number) {
        return robot.lookup("#lesson-hint-" + number).queryLabeled().getText();
    }

    void answer(int question, int answer) {
        Node choice = robot.lookup("#quiz-" + question + "-" + answer).query();
        robot.interact(() -> choice.getParent().requestLayout());
        robot.clickOn(choice);
    }

    boolean isComplete() {
        return robot.lookup("#lesson-complete").tryQuery().isPresent();
    }

    void close() {
        robot.clickOn("#lesson-close");
    }
}
