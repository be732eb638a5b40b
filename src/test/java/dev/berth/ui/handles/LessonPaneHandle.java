package dev.berth.ui.handles;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeView;
import org.testfx.api.FxRobot;

import java.util.Optional;

/** The lesson pane beside the views: whether it shows, its ticks, its buttons and the quiz. */
public final class LessonPaneHandle {
    private final FxRobot robot;

    public LessonPaneHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Chooses a lesson in the Training area's list (scrolling down to it when it is out of sight) and opens it. */
    public void open(String lessonId) {
        if (robot.lookup("#lesson-" + lessonId).tryQuery().isEmpty()) {
            TreeView<?> lessons = robot.lookup("#training-lessons").queryAs(TreeView.class);
            robot.interact(() -> lessons.scrollTo(lessons.getExpandedItemCount() - 1));
        }
        robot.clickOn("#lesson-" + lessonId);
        robot.clickOn("#training-open");
    }

    public boolean isShown() {
        return robot.lookup("#lesson-pane").query().isVisible();
    }

    public String title() {
        return robot.lookup("#lesson-title").queryLabeled().getText();
    }

    /** Whether the step's objective is on screen (its step has been reached) and ticked. */
    public boolean ticked(String stepId, int objective) {
        return robot.lookup("#lesson-objective-" + stepId + "-" + objective).tryQuery()
                .map(node -> node.getStyleClass().contains("lesson-objective-met")).orElse(false);
    }

    public boolean showsObjective(String stepId, int objective) {
        return robot.lookup("#lesson-objective-" + stepId + "-" + objective).tryQuery().isPresent();
    }

    /** Whether the step is the one the learner is on. */
    public boolean isCurrent(String stepId) {
        return robot.lookup("#lesson-step-" + stepId).tryQuery()
                .map(node -> node.getStyleClass().contains("lesson-step-current")).orElse(false);
    }

    public void askForHint() {
        clickInPane("#lesson-hint-button");
    }

    public String hint(int number) {
        return robot.lookup("#lesson-hint-" + number).queryLabeled().getText();
    }

    public void answer(int question, int answer) {
        clickInPane("#quiz-" + question + "-" + answer);
    }

    /** Scrolls the pane until the node is in view, as a learner would, then clicks it. */
    private void clickInPane(String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#lesson-pane .scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (top - 20) / room)));
        });
        robot.clickOn(node);
    }

    /** The open challenge's scoring rules, shown until it is solved; empty once solved. */
    public Optional<String> challengeRules() {
        return robot.lookup("#lesson-challenge-rules").tryQuery().map(node -> ((Labeled) node).getText());
    }

    /** The solved challenge's score line; empty while unsolved. */
    public Optional<String> challengeScore() {
        return robot.lookup("#lesson-challenge-score").tryQuery().map(node -> ((Labeled) node).getText());
    }

    public boolean showsDebrief() {
        return robot.lookup("#lesson-debrief").tryQuery().isPresent();
    }

    public boolean isComplete() {
        return robot.lookup("#lesson-complete").tryQuery().isPresent();
    }

    public void showMe() {
        clickInPane("#lesson-show-me");
    }

    /** Starts the lesson again in a fresh practice world, confirming the question. */
    public void reset() {
        robot.clickOn("#lesson-reset");
        robot.clickOn("OK");
    }

    public String world() {
        return robot.lookup("#lesson-world").queryLabeled().getText();
    }

    public void close() {
        robot.clickOn("#lesson-close");
    }

    public double width() {
        return robot.lookup("#lesson-pane").queryAs(javafx.scene.layout.Region.class).getWidth();
    }

    /** Drags the pane's left edge by {@code dx} (negative: to the left, making the pane wider). */
    public void dragEdge(double dx) {
        robot.drag("#lesson-resize").dropBy(dx, 0);
    }
}
