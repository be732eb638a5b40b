package dev.berth.ui.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.training.FreshWorld;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.LessonPaneHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scenario challenge solved by a learner's clicks: the frozen rollout is unblocked through Services → Update, the
 * goal ticks once the rollout finishes, and the pane shows the score (one hint taken) and the debrief.
 */
@ExtendWith(ApplicationExtension.class)
class ChallengeGuiTest {
    private static final String CHALLENGE = "challenge-frozen-rollout";

    @TempDir
    static Path home;
    private Path progressFile;
    private PracticeWindow window;

    @Start
    void start(Stage stage) {
        Gateway world = FreshWorld.named("practice", 7);
        progressFile = home.resolve("training").resolve("progress-" + System.nanoTime() + ".json");
        window = PracticeWindow.show(stage, world, home, progressFile);
    }

    @Test
    void theFrozenRolloutIsSolvedByRaisingTheMaximumInUpdateServiceAndScored(FxRobot robot) {
        MainWindowHandle views = new MainWindowHandle(robot);
        LessonPaneHandle challenge = new LessonPaneHandle(robot);
        views.goTo("training");
        challenge.open(CHALLENGE);
        assertThat(challenge.title()).isEqualTo("The deployment that never moves");
        assertThat(challenge.challengeRules()).hasValueSatisfying(rules -> assertThat(rules)
                .contains("starts at 100").contains("par of 10 minutes"));
        assertThat(challenge.ticked("goal", 0)).isFalse();
        challenge.askForHint();
        assertThat(challenge.hint(1)).contains("events");

        views.goTo("services");
        ServicesHandle services = new ServicesHandle(robot);
        services.select("checkout");
        assertThat(services.events()).anyMatch(event -> event.contains("was unable to stop or start tasks"));
        window.snapshot(robot, "challenge-in-progress.png");
        services.startUpdate("checkout").type("service-max-percent", "150").submit();
        views.pressRefreshKey();
        assertThat(challenge.ticked("goal", 0)).as("the rollout has only just been unblocked").isFalse();
        ClockHandle clock = new ClockHandle(robot);
        for (int steps = 0; steps < 2 && challenge.challengeScore().isEmpty(); steps++) {
            clock.advanceFiveMinutes();
        }

        assertThat(challenge.challengeScore()).hasValueSatisfying(score -> assertThat(score)
                .startsWith("Solved. Score 90 of 100").contains("1 hint"));
        assertThat(challenge.showsDebrief()).isTrue();
        assertThat(challenge.challengeRules()).isEmpty();
        window.snapshot(robot, "challenge-solved.png");
        views.goTo("training");
        window.snapshot(robot, "training-challenges.png");
        assertThat(TrainingProgress.open(progressFile, FreshWorld.START).challenge(CHALLENGE).bestScore())
                .isEqualTo(90);
    }
}
