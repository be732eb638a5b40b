package dev.berth.ui.training;

import atlantafx.base.theme.Styles;
import dev.berth.training.Exam;
import dev.berth.training.ExamQuestion;
import dev.berth.training.ExamResult;
import dev.berth.training.Topic;
import dev.berth.ui.common.TimeText;
import dev.berth.ui.theme.Theme;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * Exam practice: the history of past exams by topic, then one question at a time with the explanations after each
 * answer, then the score by topic, which is saved to the history.
 */
final class ExamDialog {
    static final int QUESTIONS = 10;
    /** As many past exams as fit side by side. */
    private static final int HISTORY_SHOWN = 3;

    private final TrainingViewModel viewModel;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox page = new VBox(12);
    private Exam exam;
    private int current;

    private ExamDialog(Window owner, TrainingViewModel viewModel) {
        this.viewModel = viewModel;
        dialog.initOwner(owner);
        dialog.setTitle("Exam practice");
        dialog.setHeaderText("Exam practice: " + QUESTIONS + " questions across the topics");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("exam");
        dialog.getDialogPane().getStylesheets().add(TrainingStyles.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        page.setPrefWidth(640);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        dialog.getDialogPane().setContent(scroll);
        Theme.style(dialog.getDialogPane());
    }

    static void show(Window owner, TrainingViewModel viewModel) {
        ExamDialog exam = new ExamDialog(owner, viewModel);
        exam.showStart();
        exam.dialog.show();
    }

    private void showStart() {
        Label about = LessonPane.wrapped("Questions come from every lesson's quiz, each topic in turn. Only your first "
                + "answer counts; the explanations follow each answer. Your scores are kept by topic.",
                TrainingStyles.EXPLANATION);
        Button start = button("exam-start", "Start the exam", this::start);
        page.getChildren().setAll(about, start, LessonPane.wrapped("Your exams", TrainingStyles.SECTION),
                history(viewModel.examHistory()));
    }

    private void start() {
        exam = viewModel.newExam(QUESTIONS);
        current = 0;
        showQuestion();
    }

    private void showQuestion() {
        ExamQuestion question = exam.questions().get(current);
        OptionalInt answered = exam.chosen(current);
        Integer chosen = answered.isPresent() ? answered.getAsInt() : null;
        Label where = LessonPane.wrapped("Question " + (current + 1) + " of " + exam.questions().size() + " · "
                + question.topic(), TrainingStyles.LESSON_META);
        where.setId("exam-progress");
        QuizQuestionView view = new QuizQuestionView("exam-question", question.question().question(),
                question.question(), chosen, answer -> {
                    exam.answer(current, answer);
                    showQuestion();
                });
        page.getChildren().setAll(where, view);
        if (chosen != null) {
            boolean last = current == exam.questions().size() - 1;
            page.getChildren().add(button("exam-next", last ? "See your score" : "Next question", () -> {
                if (last) {
                    finish();
                } else {
                    current++;
                    showQuestion();
                }
            }));
        }
    }

    private void finish() {
        viewModel.finishExam(exam, this::showScore);
    }

    private void showScore(ExamResult result) {
        Label score = LessonPane.wrapped(result.correct() + " of " + result.asked() + " right: " + result.percent()
                + "%", TrainingStyles.LESSON_TITLE);
        score.setId("exam-score");
        page.getChildren().setAll(score, topicTable(List.of(result), false),
                button("exam-again", "Take another exam", this::start),
                LessonPane.wrapped("Your exams", TrainingStyles.SECTION), history(viewModel.examHistory()));
    }

    private Node history(List<ExamResult> exams) {
        if (exams.isEmpty()) {
            return LessonPane.wrapped("No exam taken yet.", TrainingStyles.EXPLANATION);
        }
        List<ExamResult> newestFirst = new ArrayList<>(exams.subList(Math.max(0, exams.size() - HISTORY_SHOWN),
                exams.size()));
        Collections.reverse(newestFirst);
        return topicTable(newestFirst, true);
    }

    /** One row per topic and a total, one column per exam: how each topic's score moved. */
    private Node topicTable(List<ExamResult> exams, boolean dated) {
        GridPane grid = new GridPane();
        grid.setId(dated ? "exam-history" : "exam-topics");
        grid.setHgap(18);
        grid.setVgap(4);
        List<String> topics = viewModel.catalog().topics().stream().map(Topic::title).toList();
        grid.add(header("Topic"), 0, 0);
        for (int row = 0; row < topics.size(); row++) {
            grid.add(new Label(topics.get(row)), 0, row + 1);
        }
        grid.add(header("Score"), 0, topics.size() + 1);
        for (int column = 0; column < exams.size(); column++) {
            ExamResult result = exams.get(column);
            grid.add(header(dated ? TimeText.dateTime(result.finishedAt()) : "This exam"), column + 1, 0);
            for (int row = 0; row < topics.size(); row++) {
                ExamResult.TopicScore score = result.topics().get(topics.get(row));
                grid.add(new Label(score == null ? "–" : score.correct() + " / " + score.asked()), column + 1,
                        row + 1);
            }
            grid.add(header(result.percent() + "%"), column + 1, topics.size() + 1);
        }
        return grid;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setDefaultButton(true);
        button.setOnAction(event -> action.run());
        return button;
    }
}
