package dev.berth.ui.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.training.FreshWorld;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.LessonPaneHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.services.TargetRow;
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
 * The wrong health check path solved by a learner's clicks: the targets show 404 in Services → Load balancing, Edit
 * health check sets the path to /, the goal ticks once both targets are healthy and the deployment completes.
 */
@ExtendWith(ApplicationExtension.class)
class HealthCheckChallengeGuiTest {
    private static final String CHALLENGE = "challenge-wrong-health-check";

    @TempDir
    static Path home;
    private PracticeWindow window;

    @Start
    void start(Stage stage) {
        Gateway world = FreshWorld.named("practice", 7);
        window = PracticeWindow.show(stage, world, home, home.resolve("progress-" + System.nanoTime() + ".json"));
    }

    @Test
    void editingTheHealthCheckPathSolvesTheChallengeWithoutHints(FxRobot robot) {
        MainWindowHandle views = new MainWindowHandle(robot);
        LessonPaneHandle challenge = new LessonPaneHandle(robot);
        views.goTo("training");
        challenge.open(CHALLENGE);
        assertThat(challenge.title()).isEqualTo("The tasks that kept being replaced");

        views.goTo("services");
        ServicesHandle services = new ServicesHandle(robot);
        services.select("storefront");
        assertThat(services.events()).anyMatch(e -> e.contains("Health checks failed with these codes: [404]"));
        assertThat(services.targets()).extracting(TargetRow::reason).contains("Target.ResponseCodeMismatch");
        window.snapshot(robot, "challenge-health-check.png");
        services.startEditHealthCheck().type("health-check-path", "/").submit();

        ClockHandle clock = new ClockHandle(robot);
        for (int steps = 0; steps < 3 && challenge.challengeScore().isEmpty(); steps++) {
            clock.advanceFiveMinutes();
        }

        assertThat(challenge.challengeScore()).hasValueSatisfying(score -> assertThat(score)
                .startsWith("Solved. Score ").contains("of 100"));
        assertThat(services.targets()).filteredOn(t -> !"draining".equals(t.state()))
                .allSatisfy(t -> assertThat(t.state()).isEqualTo("healthy"));
    }
}
