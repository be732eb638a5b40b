package dev.berth.ui.ecr;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesViewModelTest {
    private static final String URI = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web";
    private final Simulator simulator = Simulator.create(WorldSettings.of("vm", 3,
            Instant.parse("2026-03-01T09:00:00Z")), CommandJournal.none());
    private final ImagesViewModel viewModel = new ImagesViewModel(new SimulatorBackend(simulator,
            new SteppedClock(simulator)), new DirectBackgroundTasks(), Clock.systemUTC());
    private final String first;
    private final String second;

    ImagesViewModelTest() {
        simulator.ecr().createRepository(CreateRepositoryRequest.named("web"));
        first = push("v1");
        simulator.advanceBy(Duration.ofMinutes(1));
        second = push("v2");
        push("latest", "v2");
        register("by-tag", URI + ":v1");
        register("by-digest", URI + "@" + second);
        register("implicit-latest", URI);
        register("elsewhere", "nginx:1.27");
        // As if both tabs were on screen: their parts are read only then.
        viewModel.imagesOnScreen().shownProperty().set(true);
        viewModel.lifecyclePolicyOnScreen().shownProperty().set(true);
    }

    @Test
    void eachImageNamesTheTaskDefinitionsThatRunItByTagOrDigest() {
        viewModel.selectedRepositoryProperty().set("web");

        assertThat(viewModel.images().find(first).orElseThrow().usedByProperty().get()).isEqualTo("by-tag:1");
        assertThat(viewModel.images().find(second).orElseThrow().usedByProperty().get())
                .isEqualTo("by-digest:1, implicit-latest:1");
        assertThat(viewModel.repositories().all()).singleElement()
                .satisfies(row -> assertThat(row.imageCount()).isEqualTo(2));
        assertThat(viewModel.pushCommandsProperty().get()).startsWith("aws ecr get-login-password --region "
                + "us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1"
                + ".amazonaws.com\n");
    }

    @Test
    void theEditorSaysWhyAPolicyIsRefusedAndPreviewsAValidOne() {
        viewModel.selectedRepositoryProperty().set("web");

        viewModel.policyTextProperty().set("{\"rules\":[]}");
        assertThat(viewModel.policyProblemProperty().get()).startsWith("ECR would refuse this policy: the policy "
                + "text must be 100 to 30720 characters long");
        viewModel.policyTextProperty().set("{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"any\","
                + "\"countType\":\"imageCountMoreThan\",\"countNumber\":1},\"action\":{\"type\":\"expire\"}}]}");

        assertThat(viewModel.policyProblemProperty().get()).isNull();
        assertThat(viewModel.preview()).singleElement()
                .satisfies(result -> assertThat(result.imageDigest()).isEqualTo(first));
    }

    private String push(String tag) {
        return push(tag, tag);
    }

    private String push(String tag, String build) {
        return simulator.ecr().putImage(new PutImageRequest("web", ImageManifest.build("web", build, 1_000_000L, 1),
                null, tag, null)).imageId().imageDigest();
    }

    private void register(String family, String image) {
        simulator.ecs().registerTaskDefinition(new RegisterTaskDefinitionRequest(family, null, List.of(), null,
                null, null, null, List.of(new ContainerDefinition("app", image, 128, 256, null, true, List.of(),
                List.of(), List.of(), null)), List.of()));
    }
}
