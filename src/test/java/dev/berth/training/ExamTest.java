package dev.berth.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExamTest {
    private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");
    private final LessonCatalog catalog = LessonCatalog.load();

    @Test
    void everyTopicIsAskedAboutAndNoQuestionTwice() {
        Exam exam = Exam.draw(catalog, 10, 1);

        assertThat(exam.questions()).hasSize(10);
        assertThat(exam.questions()).extracting(ExamQuestion::topic).containsAll(catalog.topics().stream()
                .filter(topic -> !topic.lessons().stream().allMatch(Lesson::isChallenge)).map(Topic::title).toList());
        assertThat(new HashSet<>(exam.questions().stream().map(ExamQuestion::question).toList())).hasSize(10);
    }

    @Test
    void theSameSeedDrawsTheSameExamAndAnotherSeedAnother() {
        List<QuizQuestion> first = Exam.draw(catalog, 10, 7).questions().stream().map(ExamQuestion::question).toList();
        List<QuizQuestion> again = Exam.draw(catalog, 10, 7).questions().stream().map(ExamQuestion::question).toList();
        List<QuizQuestion> other = Exam.draw(catalog, 10, 8).questions().stream().map(ExamQuestion::question).toList();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void askingForMoreThanTheCatalogHasAsksEveryQuestionOnce() {
        int all = catalog.lessons().stream().filter(lesson -> !lesson.isChallenge())
                .mapToInt(lesson -> lesson.quiz().size()).sum();

        Exam exam = Exam.draw(catalog, all + 20, 3);

        assertThat(exam.questions()).hasSize(all);
        assertThat(exam.questions()).as("challenges keep their questions to themselves")
                .noneMatch(question -> question.lessonId().startsWith("challenge-"));
    }

    @Test
    void onlyTheFirstAnswerCountsAndTheScoreIsKeptByTopic() {
        Exam exam = Exam.draw(catalog, 5, 2);
        ExamQuestion first = exam.questions().get(0);
        int right = first.question().correctAnswer();
        int wrong = (right + 1) % first.question().answers().size();

        assertThat(exam.answer(0, wrong)).isFalse();
        assertThat(exam.answer(0, right)).as("a second try does not count").isFalse();
        for (int i = 1; i < 5; i++) {
            assertThat(exam.answer(i, exam.questions().get(i).question().correctAnswer())).isTrue();
        }

        assertThat(exam.isFinished()).isTrue();
        ExamResult result = exam.result(NOW);
        assertThat(result.correct()).isEqualTo(4);
        assertThat(result.asked()).isEqualTo(5);
        assertThat(result.percent()).isEqualTo(80);
        assertThat(result.topics().get(first.topic()).correct())
                .isEqualTo(result.topics().get(first.topic()).asked() - 1);
    }

    @Test
    void theHistorySurvivesARestart(@TempDir Path home) {
        Path file = home.resolve("progress.json");
        Exam exam = Exam.draw(catalog, 3, 4);
        exam.answer(0, exam.questions().get(0).question().correctAnswer());
        TrainingProgress.open(file, NOW).examFinished(exam.result(NOW));

        List<ExamResult> history = TrainingProgress.open(file, NOW).exams();

        assertThat(history).singleElement().satisfies(result -> {
            assertThat(result.finishedAt()).isEqualTo(NOW);
            assertThat(result.correct()).isEqualTo(1);
            assertThat(result.asked()).isEqualTo(3);
            assertThat(result.topics().keySet()).isEqualTo(Set.copyOf(
                    exam.questions().stream().map(ExamQuestion::topic).toList()));
        });
    }
}
