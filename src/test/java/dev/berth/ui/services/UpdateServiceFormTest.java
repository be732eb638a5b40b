package dev.berth.ui.services;

import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.Service;
import dev.berth.sim.EcsFixture;
import dev.berth.ui.testing.ServiceBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The update dialog's plan preview, on a service of 4 running tasks in the simulator. */
class UpdateServiceFormTest {
    private static final String BLUE = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-blue/"
            + "6d0ecf831eec9f09";
    private static final String GREEN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg-green/"
            + "943f017f100becff";
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

    @Test
    void aNewTargetGroupIsSentAndMakesADeploymentWhileAnUnchangedChoiceIsNotSent() {
        UpdateServiceForm form = form("web:1", "100", "200");
        assertThat(form.loadBalancer().targetGroupArnProperty().get()).isNull();
        assertThat(form.toRequest().loadBalancers()).isNull();

        form.loadBalancer().targetGroupArnProperty().set(GREEN);
        assertThat(form.validate().get(LoadBalancerChoice.CONTAINER)).isEqualTo(
                "Choose the container and port the target group sends traffic to, as name:port.");
        form.loadBalancer().containerProperty().set("app:80");

        assertThat(form.validate().isEmpty()).isTrue();
        assertThat(form.toRequest().loadBalancers()).containsExactly(LoadBalancer.targetGroup(GREEN, "app", 80));
        assertThat(form.toRequest().taskDefinition()).isNull();
        assertThat(form.planPreview()).startsWith("2 waves; at least 4 healthy");
    }

    @Test
    void aServiceBehindATargetGroupStartsThereAndNoneTakesItOut() {
        LoadBalancer blue = LoadBalancer.targetGroup(BLUE, "app", 80);
        UpdateServiceForm form = new UpdateServiceForm(ServiceBuilder.from(web).loadBalancers(List.of(blue)).build());

        assertThat(form.loadBalancer().targetGroupName()).isEqualTo("tg-blue");
        assertThat(form.loadBalancer().containerProperty().get()).isEqualTo("app:80");
        assertThat(form.toRequest().loadBalancers()).isNull();

        form.loadBalancer().targetGroupArnProperty().set(null);
        assertThat(form.toRequest().loadBalancers()).isEmpty();
    }
}
