package dev.berth.ui.training;

import atlantafx.base.theme.Styles;
import dev.berth.training.QuizAnswer;
import dev.berth.training.QuizQuestion;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.function.IntConsumer;

/**
 * One multiple-choice question, for the lessons' quizzes and the exam: its answers as buttons until one is chosen,
 * then every answer marked right or wrong with its explanation.
 */
final class QuizQuestionView extends VBox {

    /** {@code chosen} is null while unanswered; {@code id} prefixes the answers' ids ({@code id-0}, {@code id-1}). */
    QuizQuestionView(String id, String title, QuizQuestion question, Integer chosen, IntConsumer choose) {
        super(4);
        setId(id);
        getStyleClass().add(TrainingStyles.STEP);
        getChildren().add(LessonPane.wrapped(title, TrainingStyles.STEP_TITLE));
        for (int a = 0; a < question.answers().size(); a++) {
            QuizAnswer answer = question.answers().get(a);
            if (chosen == null) {
                Button choice = new Button(answer.text());
                choice.setId(id + "-" + a);
                choice.setWrapText(true);
                choice.setMaxWidth(Double.MAX_VALUE);
                choice.setAlignment(Pos.CENTER_LEFT);
                int answerIndex = a;
                choice.setOnAction(event -> choose.accept(answerIndex));
                getChildren().add(choice);
            } else {
                Label line = LessonPane.wrapped(answer.text(), answer.correct() ? TrainingStyles.ANSWER_RIGHT
                        : a == chosen ? TrainingStyles.ANSWER_WRONG : TrainingStyles.EXPLANATION);
                line.setId(id + "-" + a);
                line.setGraphic(new FontIcon(answer.correct() ? MaterialDesignC.CHECK
                        : a == chosen ? MaterialDesignC.CLOSE : MaterialDesignC.CIRCLE_SMALL));
                if (a == chosen) {
                    line.getStyleClass().add(Styles.TEXT_BOLD);
                }
                getChildren().addAll(line, LessonPane.wrapped(answer.explanation(), TrainingStyles.ANSWER_EXPLANATION));
            }
        }
    }
}
