package dev.berth.sim.ecs;

import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.HealthCheck;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.rollout.DeploymentBounds;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.berth.sim.ecs.ImagePullFaultTest.oldestFirstSince;
import static dev.berth.sim.ecs.ImagePullFaultTest.deployWithFault;
import static org.assertj.core.api.Assertions.assertThat;

class ContainerFaultTest {
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final HealthCheck CHECK = new HealthCheck(List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1"),
            10, 5, 3, null);

    @Test
    void aCrashingEssentialContainerStopsItsTaskAfterRunningAndTheBreakerDoesNotCountIt() {
        EcsFixture world = ImagePullFaultTest.steadyService(new DeploymentCircuitBreaker(true, true));
        String crashing = deployWithFault(world, FaultKind.ESSENTIAL_CONTAINER_EXITS);
        world.advance(Duration.ofMinutes(15));

        List<Task> crashed = world.tasks("web", "STOPPED").stream().filter(t -> crashing.equals(t.startedBy()))
                .filter(t -> "STOPPED".equals(t.lastStatus())).toList();
        assertThat(crashed).hasSizeGreaterThan(DeploymentBounds.circuitBreakerThreshold(2)).allSatisfy(t -> {
            assertThat(t.startedAt()).as("it ran first").isNotNull();
            assertThat(t.stopCode()).isEqualTo("EssentialContainerExited");
            assertThat(t.stoppedReason()).isEqualTo("Essential container in task exited");
            assertThat(t.containers().get(0).exitCode()).isEqualTo(1);
            assertThat(Duration.between(t.startedAt(), t.stoppingAt())).isBetween(Duration.ofSeconds(2),
                    Duration.ofSeconds(10));
        });
        Deployment deployment = world.service("web").primaryDeployment();
        assertThat(deployment.id()).isEqualTo(crashing);
        assertThat(deployment.rolloutState()).as("AWS keeps replacing them (aws/containers-roadmap#1206)")
                .isEqualTo("IN_PROGRESS");
        assertThat(deployment.failedTasks()).isZero();
        assertThat(world.service("web").runningCount()).as("the old tasks keep serving").isGreaterThanOrEqualTo(2);

        world.faults.clearFault(world.faults.listFaults().get(0).id());
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));
        assertThat(world.service("web").taskDefinition()).endsWith("web:2");
    }

    @Test
    void anUnhealthyTaskIsReplacedFirstThenStoppedWithAwsEventsInAwsOrder() {
        EcsFixture world = steadyAfterFailingChecks(41, 1, DeploymentConfiguration.defaults(), null, 1);

        Task unhealthy = world.tasks("web", "STOPPED").get(0);
        assertThat(unhealthy.healthStatus()).isEqualTo("UNHEALTHY");
        assertThat(unhealthy.containers().get(0).healthStatus()).isEqualTo("UNHEALTHY");
        assertThat(unhealthy.stopCode()).isEqualTo("ServiceSchedulerInitiated");
        assertThat(unhealthy.stoppedReason()).isEqualTo("Task failed container health checks");
        assertThat(Duration.between(unhealthy.startedAt(), unhealthy.stoppingAt()))
                .as("three failed checks 10 s apart, then a healthy replacement")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        Task replacement = world.tasks("web", "RUNNING").get(0);
        assertThat(replacement.healthStatus()).isEqualTo("HEALTHY");
        String u = unhealthy.taskId();
        String r = replacement.taskId();
        assertThat(oldestFirstSince(world.service("web"), List.of())).extracting(ServiceEvent::message).containsExactly(
                "(service web) has started 1 tasks: (task " + u + ").",
                "(service web) has started 1 tasks: (task " + r + "). Amazon ECS replaced 1 tasks due to an "
                        + "unhealthy status.",
                "(service web) (task " + u + ") failed container health checks.",
                "(service web) has stopped 1 running tasks: (task " + u + ").",
                "(service web) (deployment " + world.service("web").primaryDeployment().id()
                        + ") deployment completed.",
                "(service web) has reached a steady state.");
    }

    @Test
    void withoutRoomForAReplacementUnhealthyTasksStopFirstOneAtATime() {
        EcsFixture world = steadyAfterFailingChecks(42, 2, new DeploymentConfiguration(50, 100, null), null, 2);

        List<Task> unhealthy = world.tasks("web", "STOPPED");
        assertThat(unhealthy).hasSize(2)
                .allSatisfy(t -> assertThat(t.stoppedReason()).isEqualTo("Task failed container health checks"));
        assertThat(unhealthy.get(0).stoppingAt()).as("one pass each").isNotEqualTo(unhealthy.get(1).stoppingAt());
        assertThat(world.service("web").events()).extracting(ServiceEvent::message)
                .filteredOn(m -> m.endsWith("Amazon ECS replaced 1 tasks due to an unhealthy status.")).hasSize(2);
    }

    @Test
    void failingHealthChecksTripTheBreakerInStageTwoAndRollBack() {
        EcsFixture world = new EcsFixture(43).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello", CHECK);
        world.fargateDefinition("web", "nginxdemos/hello:0.4", CHECK);
        world.fargateService("web", "web:1", 2,
                new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(true, true)));
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));
        String good = world.service("web").primaryDeployment().id();
        String bad = deployWithFault(world, FaultKind.CONTAINER_HEALTH_CHECK_FAILS);
        world.advanceUntil(w -> !w.service("web").primaryDeployment().id().equals(bad), STEP,
                Duration.ofMinutes(20));

        Deployment failed = world.service("web").deployments().stream().filter(d -> d.id().equals(bad))
                .findFirst().orElseThrow();
        assertThat(failed.rolloutState()).isEqualTo("FAILED");
        assertThat(failed.rolloutStateReason()).isEqualTo("ECS deployment circuit breaker: tasks failed to start.");
        assertThat(failed.failedTasks()).isEqualTo(DeploymentBounds.circuitBreakerThreshold(2));
        List<String> messages = world.service("web").events().stream().map(ServiceEvent::message).toList();
        assertThat(messages.subList(0, 4)).map(m -> m.replaceAll("[0-9a-f]{32}", "ID")).containsExactly(
                "(service web) rolling back to deployment " + good + ".",
                "(service web) (deployment " + bad + ") deployment failed: tasks failed to start.",
                "(service web) has stopped 1 running tasks: (task ID).",
                "(service web) (task ID) failed container health checks.");
        assertThat(messages).filteredOn(m -> m.endsWith(") failed container health checks."))
                .hasSize(DeploymentBounds.circuitBreakerThreshold(2));
        assertThat(world.tasks("web", "STOPPED")).filteredOn(t -> bad.equals(t.startedBy()))
                .filteredOn(t -> "Task failed container health checks".equals(t.stoppedReason()))
                .hasSize(DeploymentBounds.circuitBreakerThreshold(2))
                .allSatisfy(t -> assertThat(t.healthStatus()).isEqualTo("UNHEALTHY"));

        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));
        assertThat(world.service("web").taskDefinition()).endsWith("web:1");
    }

    @Test
    void theGracePeriodHoldsBackTheReplacementOfAnUnhealthyTask() {
        EcsFixture world = steadyAfterFailingChecks(44, 1, null, 180, 1);

        Task unhealthy = world.tasks("web", "STOPPED").get(0);
        assertThat(Duration.between(unhealthy.startedAt(), unhealthy.stoppingAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(180));
    }

    /**
     * A service of {@code web:1}, whose container has a health check, and whose first {@code occurrences} tasks fail
     * it, once it has replaced them and is steady.
     */
    private static EcsFixture steadyAfterFailingChecks(long seed, int desiredCount,
                                                       DeploymentConfiguration configuration, Integer gracePeriod,
                                                       int occurrences) {
        EcsFixture world = new EcsFixture(seed).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello", CHECK);
        world.ecs.createService(new CreateServiceRequest(EcsFixture.CLUSTER, "web", "web:1", desiredCount, "FARGATE",
                List.of(), null, EcsFixture.NETWORK, configuration, gracePeriod, List.of()));
        world.faults.injectFault(new InjectFaultRequest(FaultKind.CONTAINER_HEALTH_CHECK_FAILS,
                FaultScope.service(EcsFixture.CLUSTER, "web"), occurrences));
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));
        return world;
    }
}
