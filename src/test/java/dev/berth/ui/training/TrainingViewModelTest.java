package dev.berth.ui.training;

import dev.berth.core.model.CreateClusterRequest;
import dev.berth.training.FreshWorld;
import dev.berth.training.LessonCatalog;
import dev.berth.training.QuizQuestion;
import dev.berth.training.RecordingPracticeWorlds;
import dev.berth.training.Training;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.common.DirectBackgroundTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingViewModelTest {
    @TempDir
    Path home;

    private final LessonCatalog catalog = LessonCatalog.load();
    private final RecordingPracticeWorlds worlds = new RecordingPracticeWorlds();
    private int worldChanges;
    private TrainingViewModel viewModel;

    @BeforeEach
    void createViewModel() {
        Training training = new Training(catalog, TrainingProgress.open(home.resolve("progress.json"),
                FreshWorld.START), worlds);
        viewModel = new TrainingViewModel(training, new DirectBackgroundTasks(), Clock.systemUTC(),
                () -> worldChanges++);
    }

    private void open(String lessonId) {
        viewModel.selectedProperty().set(catalog.lesson(lessonId).orElseThrow());
        viewModel.openSelected();
    }

    @Test
    void openingAHandsOnLessonEntersItsWorldShowsItsFirstStepAndRefreshesTheViews() {
        open("ecs-rolling-updates");

        assertThat(worlds.calls()).containsExactly("ecs-rolling-updates fresh");
        assertThat(viewModel.stateProperty().get().currentStep()).isZero();
        assertThat(viewModel.stateProperty().get().world().name()).isEqualTo("lesson-ecs-rolling-updates");
        assertThat(worldChanges).isEqualTo(1);
        assertThat(viewModel.progressProperty().get().get("ecs-rolling-updates").practiceWorldReady()).isTrue();
    }

    @Test
    void showMeDoesTheStepAndTheNextStepBecomesCurrentWithItsHintsHiddenAgain() {
        open("ecs-rolling-updates");
        viewModel.revealHint();
        assertThat(viewModel.hintsShownProperty().get()).isEqualTo(1);

        viewModel.showMe();

        assertThat(viewModel.stateProperty().get().currentStep()).isEqualTo(1);
        assertThat(viewModel.hintsShownProperty().get()).isZero();
    }

    @Test
    void hintsAreRevealedOneAtATimeUpToTheLastOne() {
        open("ecs-first-service");

        for (int i = 0; i < 5; i++) {
            viewModel.revealHint();
        }

        assertThat(viewModel.hintsShownProperty().get()).isEqualTo(2);
    }

    @Test
    void checkingTicksWhatTheWorldAlreadyShows() {
        open("ecs-first-service");
        worlds.world().ecs().createCluster(CreateClusterRequest.named("DemoCluster"));

        viewModel.checkLesson();

        assertThat(viewModel.stateProperty().get().steps().get(0).done()).isTrue();
        assertThat(viewModel.stateProperty().get().currentStep()).isEqualTo(1);
    }

    @Test
    void openingAnotherLessonLeavesTheFirstOnesWorld() {
        open("ecs-rolling-updates");
        open("docker-containers");

        assertThat(worlds.calls()).containsExactly("ecs-rolling-updates fresh", "left");
        assertThat(viewModel.stateProperty().get().lesson().id()).isEqualTo("docker-containers");
        assertThat(viewModel.stateProperty().get().world()).isNull();
    }

    @Test
    void answeringTheQuizCompletesAReadingLessonInTheList() {
        open("docker-containers");
        List<QuizQuestion> quiz = catalog.lesson("docker-containers").orElseThrow().quiz();
        for (int question = 0; question < quiz.size(); question++) {
            viewModel.answer(question, quiz.get(question).correctAnswer());
        }

        assertThat(viewModel.stateProperty().get().complete()).isTrue();
        assertThat(viewModel.progressProperty().get().get("docker-containers")
                .completes(catalog.lesson("docker-containers").orElseThrow())).isTrue();
    }

    @Test
    void closingLeavesThePracticeWorldAndHidesTheLesson() {
        open("ecs-stuck-rollout");

        viewModel.close();

        assertThat(worlds.calls()).endsWith("left");
        assertThat(viewModel.stateProperty().get()).isNull();
        assertThat(worldChanges).isEqualTo(2);
    }
}
