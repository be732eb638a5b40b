package dev.berth.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.core.rollout.RolloutDiagnosis.Diagnosis;
import dev.berth.core.rollout.RolloutDiagnosis.Finding;
import dev.berth.core.rollout.RolloutDiagnosis.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening lessons: each hands-on lesson's world is set up once, made fresh on reset, and left on close. */
class TrainingTest {
    @TempDir
    Path home;

    private final LessonCatalog catalog = LessonCatalog.load();
    private final Lesson rollingUpdates = catalog.lesson("ecs-rolling-updates").orElseThrow();

    @Test
    void aHandsOnLessonIsSetUpInAFreshWorldTheFirstTimeOnly() {
        RecordingPracticeWorlds worlds = new RecordingPracticeWorlds();
        TrainingProgress progress = TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START);
        Training training = new Training(catalog, progress, worlds);

        training.open(rollingUpdates);
        training.open(rollingUpdates);

        assertThat(worlds.calls()).containsExactly("ecs-rolling-updates fresh", "ecs-rolling-updates");
        assertThat(worlds.world().ecs().listServices("DemoCluster", null, null).items()).hasSize(1);
        assertThat(progress.lesson(rollingUpdates.id()).practiceWorldReady()).isTrue();
    }

    @Test
    void aWorldThatWasNeverFullySetUpIsMadeFreshAgain() {
        RecordingPracticeWorlds worlds = new RecordingPracticeWorlds();
        TrainingProgress progress = TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START);
        progress.objectivesMet(rollingUpdates.id(), Set.of("register-v2/0"));

        new Training(catalog, progress, worlds).open(rollingUpdates);

        assertThat(worlds.calls()).containsExactly("ecs-rolling-updates fresh");
        assertThat(progress.lesson(rollingUpdates.id()).objectivesMet()).isEmpty();
    }

    @Test
    void resetGivesAFreshWorldAndStartsTheObjectivesAgain() {
        RecordingPracticeWorlds worlds = new RecordingPracticeWorlds();
        TrainingProgress progress = TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START);
        Training training = new Training(catalog, progress, worlds);
        LessonRun run = training.open(rollingUpdates);
        run.showMe();
        assertThat(progress.lesson(rollingUpdates.id()).objectivesMet()).containsExactly("register-v2/0");

        LessonRun fresh = training.reset(rollingUpdates);

        assertThat(worlds.calls()).endsWith("ecs-rolling-updates fresh");
        assertThat(fresh.check().currentStep()).isZero();
        assertThat(progress.lesson(rollingUpdates.id()).objectivesMet()).isEmpty();
    }

    @Test
    void closingAHandsOnLessonLeavesItsWorldAndAReadingLessonSwitchesNothing() {
        RecordingPracticeWorlds worlds = new RecordingPracticeWorlds();
        Training training = new Training(catalog,
                TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START), worlds);

        training.close(training.open(catalog.lesson("docker-containers").orElseThrow()));
        assertThat(worlds.calls()).isEmpty();
        training.close(training.open(rollingUpdates));

        assertThat(worlds.calls()).containsExactly("ecs-rolling-updates fresh", "left");
    }

    @Test
    void inTheAppsOwnWorldALessonIsSetUpOnceAndCannotBeReset() {
        Gateway world = FreshWorld.named("demo", 1);
        TrainingProgress progress = TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START);
        Training training = new Training(catalog, progress, PracticeWorlds.currentWorld(world));

        training.open(rollingUpdates);
        training.open(rollingUpdates);

        assertThat(world.ecs().listServices("DemoCluster", null, null).items()).hasSize(1);
        assertThat(training.canReset()).isFalse();
        assertThatThrownBy(() -> training.reset(rollingUpdates)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theStuckRolloutLessonExplainsItselfUntilTheLearnerFixesIt() {
        TrainingProgress progress = TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START);
        Training training = new Training(catalog, progress, new RecordingPracticeWorlds());
        LessonRun run = training.open(catalog.lesson("ecs-stuck-rollout").orElseThrow());

        List<Diagnosis> stuck = run.diagnose();

        assertThat(stuck).singleElement().satisfies(diagnosis -> {
            assertThat(diagnosis.verdict()).isEqualTo(Verdict.STUCK);
            assertThat(diagnosis.findings()).extracting(Finding::title)
                    .containsExactly("The deployment settings leave no room to replace a task");
        });

        run.showMe();

        assertThat(run.diagnose()).singleElement().extracting(Diagnosis::verdict).isEqualTo(Verdict.PROGRESSING);
    }
}
