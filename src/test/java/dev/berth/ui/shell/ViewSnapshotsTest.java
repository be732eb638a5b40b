package dev.berth.ui.shell;

import dev.berth.core.settings.SettingsFile;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeGateway;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ViewSnapshotsTest {
    @TempDir
    static Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FakeGateway gateway = new FakeGateway();
        DemoData.fill(gateway.fakeEcs());
        window = new MainWindow(gateway, new DirectBackgroundTasks(), Clock.systemUTC(),
                new SettingsFile(home.resolve("settings.json")), null);
        window.show(stage);
    }

    @Test
    void writesAPictureOfEveryArea(FxRobot robot) throws Exception {
        Path directory = Path.of(System.getProperty("berth.snapshots", home.resolve("snapshots").toString()));
        AtomicReference<List<Path>> written = new AtomicReference<>();
        robot.interact(() -> {
            try {
                written.set(ViewSnapshots.writeAll(window, directory));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(written.get()).extracting(path -> path.getFileName().toString())
                .containsExactly("clusters.png", "clusters-scheduled-tasks.png", "services.png", "taskdefs.png",
                        "taskdefs-roles.png", "tasks.png", "images.png", "kubernetes.png", "apprunner.png",
                        "training.png");
        for (Path file : written.get()) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] signature = in.readNBytes(8);
                assertThat(signature).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            }
        }
    }
}
