package dev.berth.ui.services;

import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Service;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The update dialog's plan preview, on a service of 4 running tasks in the simulator. */
class UpdateServiceFormTest {
    private final Service web;

    UpdateServiceFormTest() {
        EcsFixture world = new EcsFixture(3).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", "nginxdemos/hello:0.4");
        world.fargateService("web", "web:1", 4, DeploymentConfiguration.defaults());
        world.advanceUntil(w -> w.steady("web"), Duration.ofSeconds(15), Duration.ofMinutes(10));
        web = world.service("web");
    }

    private UpdateServiceForm form(String revision, String min, String max) {
        UpdateServiceForm form = new UpdateServiceForm(web);
        form.taskDefinitionProperty().set(revision);
        form.deployment().minimumHealthyPercentProperty().set(min);
        form.deployment().maximumPercentProperty().set(max);
        return form;
    }

    @Test
    void aNewRevisionAtMin50Max100ReplacesTwoTasksAtATime() {
        assertThat(form("web:2", "50", "100").planPreview()).isEqualTo(
                "4 waves; at least 2 healthy, at most 4 tasks (bounds 2–4).\n"
                        + "1: stop 2 · 2: start 2 · 3: stop 2 · 4: start 2");
    }

    @Test
    void min100Max150StartsTwoExtraTasksFirst() {
        assertThat(form("web:2", "100", "150").planPreview()).startsWith(
                "4 waves; at least 4 healthy, at most 6 tasks (bounds 4–6).\n"
                        + "1: start 2 · 2: stop 2");
    }

    @Test
    void boundsThatCannotMoveAreBlocked() {
        assertThat(form("web:2", "100", "100").planPreview())
                .contains("Blocked: The scheduler can neither start nor stop a task within these bounds");
        assertThat(form("web:2", "0", "100").planPreview()).contains("Warning: No task has to stay healthy");
    }

    @Test
    void aCountChangeAloneIsNoDeployment() {
        UpdateServiceForm form = form("web:1", "100", "200");
        form.desiredCountProperty().set("6");
        assertThat(form.planPreview())
                .isEqualTo("No new deployment: the service scales from 4 to 6 tasks of the revision it runs.");
        form.forceNewDeploymentProperty().set(true);
        assertThat(form.planPreview()).startsWith("2 waves; at least 4 healthy");
        form.desiredCountProperty().set("six");
        assertThat(form.planPreview()).isNull();
    }
}
