package dev.berth.ui.ecr;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.ecr.ImageManifest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.ImagesHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.ui.testing.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Pushing an image from the Images area, on the real simulator, and seeing what ECR made of it. */
@ExtendWith(ApplicationExtension.class)
class ImagesGuiTest {
    private static final String KEEP_ONE = "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"any\","
            + "\"countType\":\"imageCountMoreThan\",\"countNumber\":1},\"action\":{\"type\":\"expire\"}}]}";
    @TempDir
    Path settings;

    @Start
    void start(Stage stage) {
        Simulator simulator = Simulator.create(new WorldSettings("images", 42, Instant.parse("2026-03-01T09:00:00Z"),
                "us-east-1", "123456789012"), CommandJournal.none());
        TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    @Test
    void aPushedImageIsListedWithTheDigestOfItsManifestAndALifecyclePolicyPreviewsItsExpiry(FxRobot robot) {
        new MainWindowHandle(robot).goTo("images");
        ImagesHandle images = new ImagesHandle(robot);

        images.createRepository("web");
        images.selectRepository("web");
        images.push("v1", 64, 3);

        assertThat(images.images()).singleElement().satisfies(image -> {
            assertThat(image.tagsProperty().get()).isEqualTo("v1");
            assertThat(image.digest()).isEqualTo(ImageManifest.digestOf(ImageManifest.build("web", "v1",
                    64L * 1024 * 1024, 3)));
            assertThat(image.sizeProperty().get()).isEqualTo("64.00 MB");
        });
        assertThat(images.repositories().rows()).singleElement()
                .satisfies(repository -> assertThat(repository.imageCount()).isEqualTo(1));
        images.openTab("Push commands");
        assertThat(images.pushCommands())
                .contains("docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:latest");

        images.openTab("Images");
        new ClockHandle(robot).advance(Duration.ofMinutes(1));
        images.push("v2", 10, 1);
        images.openTab("Lifecycle policy");
        images.writePolicy(KEEP_ONE.replace("\"any\"", "\"tagged\""));
        assertThat(images.policyProblem()).isEqualTo("ECR would refuse this policy: rule 1: a tagged rule needs "
                + "tagPrefixList or tagPatternList (one of them, not both).");
        images.writePolicy(KEEP_ONE);
        assertThat(images.policyProblem()).isEmpty();
        assertThat(images.preview()).singleElement().asString().contains(ImageManifest.digestOf(
                ImageManifest.build("web", "v1", 64L * 1024 * 1024, 3)).substring(0, 19));
    }
}
