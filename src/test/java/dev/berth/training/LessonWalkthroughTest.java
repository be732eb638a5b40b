package dev.berth.training;

import dev.berth.core.gateway.Gateway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole catalogue, headless: every hands-on lesson can be completed by performing its "Show me" steps in order
 * on a fresh world, and no objective is true before its step's "Show me" has run.
 */
class LessonWalkthroughTest {
    private static final ObjectiveChecker CHECKER = new ObjectiveChecker();

    @TempDir
    Path home;

    static List<Lesson> handsOnLessons() {
        return LessonCatalog.load().lessons().stream().filter(Lesson::isHandsOn).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handsOnLessons")
    void showMeCompletesTheLessonStepByStep(Lesson lesson) {
        Gateway world = FreshWorld.named(PracticeWorlds.worldName(lesson.id()), lesson.id().hashCode());
        TrainingProgress progress = TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START);
        Training training = new Training(LessonCatalog.load(), progress, PracticeWorlds.currentWorld(world));
        LessonRun run = training.open(lesson);

        for (int index = 0; index < lesson.steps().size(); index++) {
            LessonState before = run.check();
            assertThat(before.currentStep()).as("the step the learner is on").isEqualTo(index);
            for (LessonStep later : lesson.steps().subList(index, lesson.steps().size())) {
                for (Objective objective : later.objectives()) {
                    assertThat(CHECKER.check(objective, world).met())
                            .as("before step %d's Show me: %s", index + 1, objective.description()).isFalse();
                }
            }

            LessonState after = run.showMe();

            LessonState.StepState step = after.steps().get(index);
            assertThat(step.objectives()).as("step %d (%s) after Show me", index + 1, step.step().id())
                    .allSatisfy(objective -> assertThat(objective.met())
                            .as("%s (last seen: %s)", objective.objective().description(), objective.detail())
                            .isTrue());
        }
        assertThat(run.check().objectivesDone()).isTrue();
        assertThat(progress.lesson(lesson.id()).objectivesMet()).hasSize(lesson.objectiveCount());
    }
}
