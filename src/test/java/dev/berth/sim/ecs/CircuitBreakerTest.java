package dev.berth.sim.ecs;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.rollout.DeploymentBounds;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTest {
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final String PULL_FAILURE = "CannotPullContainerError: pull image manifest has been retried 7 "
            + "time(s): failed to resolve ref " + EcsFixture.ECR_IMAGE + ": not found";

    @Test
    void anUnpullableImageTripsTheBreakerAndRollsBackToTheLastCompletedDeployment() {
        EcsFixture world = steadyService(true);
        String good = world.service("web").primaryDeployment().id();

        world.ecs.updateService(update("web:2"));
        String bad = world.service("web").primaryDeployment().id();
        world.advanceUntil(w -> !w.service("web").primaryDeployment().id().equals(bad), STEP, Duration.ofMinutes(15));

        Service service = world.service("web");
        Deployment rollback = service.primaryDeployment();
        assertThat(rollback.taskDefinition()).endsWith("web:1");
        assertThat(rollback.rolloutState()).isEqualTo("IN_PROGRESS");
        assertThat(rollback.rolloutStateReason())
                .isEqualTo("ECS deployment circuit breaker: rolling back to deploymentId " + good + ".");
        Deployment failed = service.deployments().stream().filter(d -> d.id().equals(bad)).findFirst().orElseThrow();
        assertThat(failed.status()).isEqualTo("ACTIVE");
        assertThat(failed.rolloutState()).isEqualTo("FAILED");
        assertThat(failed.rolloutStateReason()).isEqualTo("ECS deployment circuit breaker: tasks failed to start.");
        assertThat(failed.failedTasks()).isEqualTo(DeploymentBounds.circuitBreakerThreshold(2));
        ServiceEvent rollingBack = service.events().get(0);
        ServiceEvent deploymentFailed = service.events().get(1);
        assertThat(rollingBack.message()).isEqualTo("(service web) rolling back to deployment " + good + ".");
        assertThat(deploymentFailed.message())
                .isEqualTo("(service web) (deployment " + bad + ") deployment failed: tasks failed to start.");
        assertThat(rollingBack.createdAt()).isEqualTo(deploymentFailed.createdAt());
        assertThat(service.runningCount()).as("the old tasks kept serving").isEqualTo(2);

        List<Task> failedTasks = world.tasks("web", "STOPPED").stream()
                .filter(t -> bad.equals(t.startedBy()) && "STOPPED".equals(t.lastStatus())).toList();
        assertThat(failedTasks).isNotEmpty().allSatisfy(t -> {
            assertThat(t.stopCode()).isEqualTo("TaskFailedToStart");
            assertThat(t.stoppedReason()).isEqualTo(PULL_FAILURE);
            assertThat(t.startedAt()).isNull();
            assertThat(t.containers().get(0).reason()).isEqualTo(PULL_FAILURE);
        });

        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(15));
        Service recovered = world.service("web");
        assertThat(recovered.primaryDeployment().taskDefinition()).endsWith("web:1");
        assertThat(recovered.taskDefinition()).endsWith("web:1");
        assertThat(recovered.events().get(1).message())
                .isEqualTo("(service web) (deployment " + rollback.id() + ") deployment completed.");
    }

    @Test
    void withoutRollbackTheFailedDeploymentStaysPrimaryAndLaunchesNothing() {
        EcsFixture world = steadyService(false);
        world.ecs.updateService(update("web:2"));
        String bad = world.service("web").primaryDeployment().id();
        world.advanceUntil(w -> "FAILED".equals(w.service("web").primaryDeployment().rolloutState()), STEP,
                Duration.ofMinutes(15));
        long launched = world.tasks("web", "STOPPED").stream().filter(t -> bad.equals(t.startedBy())).count()
                + world.tasks("web", "RUNNING").stream().filter(t -> bad.equals(t.startedBy())).count();

        world.advance(Duration.ofMinutes(30));

        Service service = world.service("web");
        assertThat(service.primaryDeployment().id()).isEqualTo(bad);
        assertThat(service.primaryDeployment().rolloutState()).isEqualTo("FAILED");
        assertThat(service.deployments()).hasSize(2);
        assertThat(service.runningCount()).isEqualTo(2);
        long launchedSince = world.tasks("web", "STOPPED").stream().filter(t -> bad.equals(t.startedBy())).count()
                + world.tasks("web", "RUNNING").stream().filter(t -> bad.equals(t.startedBy())).count();
        assertThat(launchedSince).isEqualTo(launched);
        assertThat(service.events()).extracting(ServiceEvent::message)
                .contains("(service web) (deployment " + bad + ") deployment failed: tasks failed to start.")
                .noneMatch(m -> m.contains("rolling back"));
    }

    @Test
    void tasksThatKeepFailingAreRetriedFurtherApart() {
        EcsFixture world = new EcsFixture(11).withCluster();
        world.fargateDefinition("web", EcsFixture.ECR_IMAGE);
        world.fargateService("web", "web:1", 1, DeploymentConfiguration.defaults());

        world.advance(Duration.ofMinutes(30));

        Service service = world.service("web");
        assertThat(service.events()).extracting(ServiceEvent::message).contains("(service web) is unable to "
                + "consistently start tasks successfully. For more information, see the Troubleshooting section of "
                + "the Amazon ECS Developer Guide.");
        List<Task> attempts = world.tasks("web", "STOPPED");
        assertThat(attempts).hasSizeBetween(4, 12);
        assertThat(service.primaryDeployment().failedTasks()).isEqualTo(attempts.size());
        assertThat(service.primaryDeployment().rolloutState()).isEqualTo("IN_PROGRESS");
    }

    private static EcsFixture steadyService(boolean rollback) {
        EcsFixture world = new EcsFixture(rollback ? 3 : 4).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", EcsFixture.ECR_IMAGE);
        world.fargateService("web", "web:1", 2,
                new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(true, rollback)));
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));
        return world;
    }

    private static UpdateServiceRequest update(String taskDefinition) {
        return new UpdateServiceRequest(EcsFixture.CLUSTER, "web", taskDefinition, null, null, null, null, null, null,
                false);
    }
}
