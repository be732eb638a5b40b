package dev.berth.ui.handles;

import dev.berth.training.LessonCatalog;
import dev.berth.training.QuizQuestion;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

/** The exam practice window, answered the way a learner would: read the question, click an answer, go on. */
public final class ExamHandle {
    private final FxRobot robot;
    private final LessonCatalog catalog = LessonCatalog.load();

    public ExamHandle(FxRobot robot) {
        this.robot = robot;
    }

    public ExamHandle open() {
        robot.clickOn("#training-exam");
        robot.clickOn("#exam-start");
        return this;
    }

    public String progress() {
        return robot.lookup("#exam-progress").queryAs(Label.class).getText();
    }

    /** Answers the question shown, rightly or not, and moves on. */
    public void answer(boolean rightly) {
        VBox question = robot.lookup("#exam-question").queryAs(VBox.class);
        String text = ((Label) question.getChildren().get(0)).getText();
        QuizQuestion quiz = catalog.lessons().stream().flatMap(lesson -> lesson.quiz().stream())
                .filter(candidate -> candidate.question().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not a catalog question: " + text));
        int right = quiz.correctAnswer();
        robot.clickOn("#exam-question-" + (rightly ? right : (right + 1) % quiz.answers().size()));
        robot.clickOn("#exam-next");
    }

    public String score() {
        return robot.lookup("#exam-score").queryAs(Label.class).getText();
    }

    public void close() {
        robot.clickOn("Close");
    }
}
