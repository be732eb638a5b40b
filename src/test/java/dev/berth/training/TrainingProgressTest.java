package dev.berth.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingProgressTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("training").resolve("progress.json");
    }

    @Test
    void progressSurvivesReopening() {
        TrainingProgress progress = TrainingProgress.open(file(), NOW);
        progress.practiceWorldReady("ecs-first-service");
        progress.objectivesMet("ecs-first-service", Set.of("create-cluster/0"));
        progress.answered("ecs-first-service", 0, 0);

        LessonProgress reopened = TrainingProgress.open(file(), NOW).lesson("ecs-first-service");

        assertThat(reopened.objectivesMet()).containsExactly("create-cluster/0");
        assertThat(reopened.quizAnswers()).containsEntry(0, 0);
        assertThat(reopened.practiceWorldReady()).isTrue();
    }

    @Test
    void aLessonNeverStartedHasNoProgress() {
        LessonProgress none = TrainingProgress.open(file(), NOW).lesson("app-runner");

        assertThat(none.hasStarted()).isFalse();
        assertThat(Files.exists(file())).isFalse();
    }

    @Test
    void onlyTheFirstAnswerToAQuestionCounts() {
        Lesson lesson = LessonCatalog.load().lesson("ecs-first-service").orElseThrow();
        TrainingProgress progress = TrainingProgress.open(file(), NOW);
        int right = lesson.quiz().get(0).correctAnswer();
        int wrong = right == 0 ? 1 : 0;

        assertThat(progress.answered(lesson.id(), 0, wrong)).isTrue();
        assertThat(progress.answered(lesson.id(), 0, right)).isFalse();

        assertThat(progress.lesson(lesson.id()).score(lesson)).isZero();
    }

    @Test
    void aLessonIsCompleteWhenEveryObjectiveIsMetAndEveryQuestionAnswered() {
        Lesson lesson = LessonCatalog.load().lesson("ecs-stuck-rollout").orElseThrow();
        TrainingProgress progress = TrainingProgress.open(file(), NOW);
        progress.objectivesMet(lesson.id(), Set.of("unblock/0", "finish/0"));
        for (int question = 0; question < lesson.quiz().size() - 1; question++) {
            progress.answered(lesson.id(), question, lesson.quiz().get(question).correctAnswer());
        }
        assertThat(progress.lesson(lesson.id()).completes(lesson)).isFalse();

        progress.answered(lesson.id(), lesson.quiz().size() - 1, 0);

        assertThat(progress.lesson(lesson.id()).completes(lesson)).isTrue();
    }

    @Test
    void restartingALessonForgetsItsObjectivesAndWorldButKeepsTheScore() {
        TrainingProgress progress = TrainingProgress.open(file(), NOW);
        progress.practiceWorldReady("ecs-rolling-updates");
        progress.objectivesMet("ecs-rolling-updates", Set.of("register-v2/0"));
        progress.answered("ecs-rolling-updates", 1, 1);

        progress.restart("ecs-rolling-updates");

        LessonProgress after = TrainingProgress.open(file(), NOW).lesson("ecs-rolling-updates");
        assertThat(after.objectivesMet()).isEmpty();
        assertThat(after.practiceWorldReady()).isFalse();
        assertThat(after.quizAnswers()).containsEntry(1, 1);
    }

    @Test
    void aChallengeAttemptAndItsBestScoreSurviveReopening() {
        TrainingProgress progress = TrainingProgress.open(file(), NOW);
        progress.challengeStarted("challenge-bad-image", NOW);
        progress.challengeHintShown("challenge-bad-image");
        progress.challengeSolved("challenge-bad-image", 90);
        progress.challengeSolved("challenge-bad-image", 40);
        progress.challengeStarted("challenge-bad-image", NOW.plusSeconds(600));
        progress.challengeFixShown("challenge-bad-image");

        ChallengeProgress reopened = TrainingProgress.open(file(), NOW).challenge("challenge-bad-image");

        assertThat(reopened.bestScore()).as("the first score of an attempt counts; a new attempt keeps the best")
                .isEqualTo(90);
        assertThat(reopened.solved()).isFalse();
        assertThat(reopened.hintsShown()).isZero();
        assertThat(reopened.fixShown()).isTrue();
        assertThat(reopened.startedAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void aFileFromBeforeChallengesReadsWithNoneStarted() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\": 1, \"lessons\": {\"ecs-first-service\": {\"objectivesMet\": "
                + "[\"create-cluster/0\"]}}, \"exams\": []}");

        TrainingProgress progress = TrainingProgress.open(file(), NOW);

        assertThat(progress.notice()).isEmpty();
        assertThat(progress.challenge("challenge-bad-image")).isEqualTo(ChallengeProgress.none());
        assertThat(progress.lesson("ecs-first-service").objectivesMet()).containsExactly("create-cluster/0");
    }

    @Test
    void aCorruptFileWithChallengeScoresIsMovedAsideWithANotice() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\": 1, \"lessons\": {}, \"challenges\": {\"challenge-bad-image\": "
                + "{\"bestScore\": \"ninety\"}}}");

        TrainingProgress progress = TrainingProgress.open(file(), NOW);

        assertThat(progress.notice()).hasValueSatisfying(notice -> assertThat(notice).contains("could not be read"));
        assertThat(file().resolveSibling("progress.json.unreadable-20260302-093000")).content()
                .contains("ninety");
        assertThat(progress.challenge("challenge-bad-image").bestScore()).isNull();
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws IOException {
        TrainingProgress progress = TrainingProgress.open(file(), NOW);
        progress.objectivesMet("ecs-first-service", Set.of("create-cluster/0"));
        progress.objectivesMet("ecs-first-service", Set.of("register-task-definition/0"));

        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly("progress.json");
        }
    }

    @Test
    void aCorruptFileIsMovedAsideAndProgressStartsAgainWithANotice() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\": 1, \"lessons\": {\"ecs-first-service\": {\"objectivesMet\": [");

        TrainingProgress progress = TrainingProgress.open(file(), NOW);

        assertThat(progress.lesson("ecs-first-service").hasStarted()).isFalse();
        Path aside = file().resolveSibling("progress.json.unreadable-20260302-093000");
        assertThat(progress.notice()).hasValueSatisfying(notice -> assertThat(notice)
                .contains("could not be read").contains(aside.toString()).contains("starts again"));
        assertThat(aside).hasContent("{\"format\": 1, \"lessons\": {\"ecs-first-service\": {\"objectivesMet\": [");
        assertThat(file()).doesNotExist();

        progress.objectivesMet("ecs-first-service", Set.of("create-cluster/0"));
        assertThat(TrainingProgress.open(file(), NOW).notice()).isEmpty();
    }

    @Test
    void aFileOfAnotherFormatIsMovedAsideToo() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\": 7, \"lessons\": {}}");

        TrainingProgress progress = TrainingProgress.open(file(), NOW);

        assertThat(progress.notice()).hasValueSatisfying(notice -> assertThat(notice).contains("format 1"));
        assertThat(file().resolveSibling("progress.json.unreadable-20260302-093000")).exists();
    }

    @Test
    void aHalfWrittenTemporaryFileFromACrashIsIgnored() throws IOException {
        TrainingProgress progress = TrainingProgress.open(file(), NOW);
        progress.objectivesMet("ecs-first-service", Set.of("create-cluster/0"));
        Files.writeString(file().resolveSibling("progress.json12345.tmp"), "{\"format\": 1, \"less");

        LessonProgress reopened = TrainingProgress.open(file(), NOW).lesson("ecs-first-service");

        assertThat(reopened.objectivesMet()).containsExactly("create-cluster/0");
    }
}
