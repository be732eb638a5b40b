package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.rollout.DeploymentPlan;
import dev.berth.core.rollout.PlanWarning;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview and the simulator follow one reconcile rule: with scheduler passes far enough apart that every task a
 * pass starts is healthy by the next (five minutes; a task needs at most two), the simulator starts and stops
 * exactly the tasks the plan's waves say, pass by pass. A wave is every task started or stopped at one pass.
 */
class DeploymentPlanAgreementTest {
    private static final Duration TICK = Duration.ofMinutes(5);
    private static final Duration HEALTHY_AFTER_RUNNING = Duration.ofSeconds(40);
    private static final String SERVICE = "web";

    @ParameterizedTest(name = "desired {0}, min {1} %, max {2} %")
    @MethodSource("dev.berth.sim.ecs.RollingUpdateInvariantTest#everySmallConfiguration")
    void smallServicesDeployAsPreviewed(int desired, int min, int max) {
        assertSimulatorFollowsThePlan(desired, min, max);
    }

    @ParameterizedTest(name = "desired {0}, min {1} %, max {2} %")
    @MethodSource("dev.berth.sim.ecs.RollingUpdateInvariantTest#seededLargerConfigurations")
    void largerServicesDeployAsPreviewed(int desired, int min, int max) {
        assertSimulatorFollowsThePlan(desired, min, max);
    }

    private static void assertSimulatorFollowsThePlan(int desired, int min, int max) {
        DeploymentPlan plan = DeploymentPlan.preview(desired, min, max);
        SlowTickWorld world = new SlowTickWorld(desired * 10_000L + min * 1000L + max, TICK);
        world.ecs.createCluster(CreateClusterRequest.named(EcsFixture.CLUSTER));
        register(world, "nginxdemos/hello");
        register(world, "nginxdemos/hello:0.4");
        world.ecs.createService(new CreateServiceRequest(EcsFixture.CLUSTER, SERVICE, SERVICE + ":1", desired,
                "FARGATE", List.of(), null, EcsFixture.NETWORK,
                new DeploymentConfiguration(min, max, new DeploymentCircuitBreaker(false, false)), null, List.of()));
        world.advance(TICK.multipliedBy(2));
        assertThat(service(world).deployments()).singleElement()
                .satisfies(d -> assertThat(d.rolloutState()).isEqualTo("COMPLETED"));

        Service before = world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, SERVICE,
                SERVICE + ":2", null, null, null, null, null, null, false));
        String newDeployment = before.primaryDeployment().id();
        Instant deadline = world.now().plus(TICK.multipliedBy(plan.waves().size() + 3L));
        while (world.now().isBefore(deadline) && !settled(service(world), newDeployment)) {
            world.advance(TICK);
        }

        assertThat(simulatedWaves(world.tasks(SERVICE), newDeployment)).isEqualTo(plan.waves());
        if (plan.warnings().contains(PlanWarning.CANNOT_MOVE)) {
            assertThat(service(world).events().get(0).message()).contains("was unable to stop or start tasks");
        } else {
            assertThat(settled(service(world), newDeployment)).as("deployment completed").isTrue();
        }
    }

    /** The simulator's passes, rebuilt from the tasks' timestamps: who started, stopped, was healthy, wanted to run. */
    private static List<DeploymentPlan.Wave> simulatedWaves(List<Task> tasks, String newDeployment) {
        TreeSet<Instant> passes = new TreeSet<>();
        for (Task task : tasks) {
            if (newDeployment.equals(task.startedBy())) {
                passes.add(task.createdAt());
            } else if (task.stoppingAt() != null) {
                passes.add(task.stoppingAt());
            }
        }
        List<DeploymentPlan.Wave> waves = new ArrayList<>();
        for (Instant pass : passes) {
            int started = 0;
            int stopped = 0;
            int healthy = 0;
            int total = 0;
            for (Task task : tasks) {
                boolean fresh = newDeployment.equals(task.startedBy());
                boolean stoppingNow = pass.equals(task.stoppingAt());
                boolean wanting = !task.createdAt().isAfter(pass)
                        && (task.stoppingAt() == null || !task.stoppingAt().isBefore(pass));
                started += fresh && pass.equals(task.createdAt()) ? 1 : 0;
                stopped += !fresh && stoppingNow ? 1 : 0;
                total += wanting ? 1 : 0;
                boolean healthyBefore = task.startedAt() != null
                        && !task.startedAt().plus(HEALTHY_AFTER_RUNNING).isAfter(pass);
                healthy += wanting && !stoppingNow && healthyBefore ? 1 : 0;
            }
            waves.add(new DeploymentPlan.Wave(started, stopped, healthy, total));
        }
        return waves;
    }

    private static boolean settled(Service service, String newDeployment) {
        return service.deployments().size() == 1 && service.primaryDeployment().id().equals(newDeployment)
                && "COMPLETED".equals(service.primaryDeployment().rolloutState());
    }

    private static Service service(SlowTickWorld world) {
        return world.ecs.describeServices(EcsFixture.CLUSTER, List.of(SERVICE)).items().get(0);
    }

    private static void register(SlowTickWorld world, String image) {
        ContainerDefinition container = new ContainerDefinition("app", image, null, null, null, true,
                List.of(new PortMapping(80, null, "tcp")), List.of(), List.of(), null);
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(SERVICE, "awsvpc", List.of("FARGATE"),
                "256", "512", null, null, List.of(container), List.of()));
    }
}
