package dev.berth.ui.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.core.settings.SettingsFile;
import dev.berth.training.FreshWorld;
import dev.berth.training.Training;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.LessonPaneHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.shell.MainWindow;
import dev.berth.ui.shell.ViewSnapshots;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

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
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Gateway world = FreshWorld.named("practice", 7);
        progressFile = home.resolve("training").resolve("progress-" + System.nanoTime() + ".json");
        window = new MainWindow(world, new DirectBackgroundTasks(), Clock.systemUTC(),
                new SettingsFile(home.resolve("settings.json")), null,
                Training.inCurrentWorld(world, progressFile, FreshWorld.START));
        window.show(stage);
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
        snapshot(robot, "challenge-in-progress.png");
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
        snapshot(robot, "challenge-solved.png");
        views.goTo("training");
        snapshot(robot, "training-challenges.png");
        assertThat(TrainingProgress.open(progressFile, FreshWorld.START).challenge(CHALLENGE).bestScore())
                .isEqualTo(90);
    }

    /** With -Dberth.snapshots=DIR, keeps a picture of the window for people to look at. */
    private void snapshot(FxRobot robot, String name) {
        String directory = System.getProperty("berth.snapshots");
        if (directory == null) {
            return;
        }
        robot.interact(() -> {
            try {
                ViewSnapshots.write(window.scene(), Path.of(directory).resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
