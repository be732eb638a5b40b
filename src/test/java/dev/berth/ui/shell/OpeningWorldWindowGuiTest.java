package dev.berth.ui.shell;

import dev.berth.ui.common.TimeText;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The window a start shows while a world's long history is replayed. */
@ExtendWith(ApplicationExtension.class)
class OpeningWorldWindowGuiTest {
    private static final Instant UNTIL = Instant.parse("2031-04-11T18:14:15Z");

    private final AtomicReference<Optional<OpeningWorldWindow.Progress>> progress =
            new AtomicReference<>(Optional.empty());
    private OpeningWorldWindow window;

    @Start
    void start(Stage stage) {
        window = new OpeningWorldWindow("demo", progress::get);
        window.show();
    }

    @Test
    void itSaysWhichWorldAndHowFarItsReplayHasCome(FxRobot robot) {
        assertThat(robot.lookup("Opening the world 'demo'").tryQuery()).isPresent();
        assertThat(detail(robot)).isEqualTo("Reading its history…");

        Instant reached = Instant.parse("2029-02-14T00:00:00Z");
        progress.set(Optional.of(new OpeningWorldWindow.Progress(0.5, reached, UNTIL)));
        robot.interact(window::refresh);

        assertThat(detail(robot)).isEqualTo("Replaying its simulated history: " + TimeText.dateTime(reached) + " of "
                + TimeText.dateTime(UNTIL));
        assertThat(bar(robot).getProgress()).isEqualTo(0.5);

        progress.set(Optional.of(new OpeningWorldWindow.Progress(1, UNTIL, UNTIL)));
        robot.interact(window::refresh);
        assertThat(detail(robot)).as("done, while the main window is built").endsWith(TimeText.dateTime(UNTIL)
                + " of " + TimeText.dateTime(UNTIL));
        assertThat(bar(robot).getProgress()).isEqualTo(1.0);

        robot.interact(window::close);
        assertThat(window.stage().isShowing()).isFalse();
    }

    private static ProgressBar bar(FxRobot robot) {
        return robot.lookup("#opening-world-progress").queryAs(ProgressBar.class);
    }

    private static String detail(FxRobot robot) {
        return robot.lookup("#opening-world-detail").queryAs(Label.class).getText();
    }
}
