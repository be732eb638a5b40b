package dev.berth.sim.ecs;

import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.ManagedScaling;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Task;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.MetricReads;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cluster auto scaling (managed scaling of an auto scaling group capacity provider) against AWS's rules: the
 * CapacityProviderReservation metric, scale-out for tasks waiting in PROVISIONING, scale-in after fifteen
 * datapoints below target, and managed termination protection.
 */
class ClusterAutoScalingTest {
    private static final String CLUSTER = "ec2";
    private final EcsFixture world = new EcsFixture(11);
    private final String provider = world.ecs.createCluster(new CreateClusterRequest(CLUSTER, List.of(), List.of(),
            new Ec2Capacity("t3.medium", 0, 4, 0), List.of())).capacityProviders().get(0);

    @Test
    void theReservationIsNeededOverInServiceInstances() {
        assertThat(ClusterAutoScaling.reservation(0, 0)).isEqualTo(100);
        assertThat(ClusterAutoScaling.reservation(3, 0)).isEqualTo(200);
        assertThat(ClusterAutoScaling.reservation(1, 2)).isEqualTo(50);
        assertThat(ClusterAutoScaling.reservation(4, 2)).isEqualTo(200);
    }

    @Test
    void pendingTasksScaleTheGroupOutAndStoppedOnesLetItScaleBackIn() {
        // 1 GiB each: a t3.medium (3,904 MiB) holds three, so five tasks need two instances.
        List<Task> tasks = run("worker", 1024, 5);
        assertThat(tasks).allSatisfy(t -> assertThat(t.lastStatus()).isEqualTo("PROVISIONING"));

        world.advance(Duration.ofMinutes(1));
        assertThat(last("GroupDesiredCapacity")).isEqualTo(2.0);
        assertThat(last("CapacityProviderReservation")).as("M = 2 with no instance: 200").isEqualTo(200.0);
        assertThat(world.ecs.listContainerInstances(CLUSTER, null, null, null).items()).as("still booting").isEmpty();

        world.advance(Duration.ofMinutes(1));
        assertThat(last("CapacityProviderReservation")).as("the booting instances cover the need").isEqualTo(100.0);
        assertThat(last("GroupDesiredCapacity")).as("no second scale-out for the same tasks").isEqualTo(2.0);

        world.advance(Duration.ofMinutes(4));
        assertThat(describe(tasks)).allSatisfy(t -> assertThat(t.lastStatus()).isEqualTo("RUNNING"));
        assertThat(instances()).hasSize(2).allSatisfy(i -> assertThat(i.status()).isEqualTo("ACTIVE"));

        tasks.forEach(t -> world.ecs.stopTask(CLUSTER, t.taskArn(), null));
        world.advance(Duration.ofMinutes(2));
        assertThat(last("CapacityProviderReservation")).isEqualTo(0.0);
        world.advance(Duration.ofMinutes(12));
        assertThat(last("GroupDesiredCapacity")).as("fourteen datapoints below target").isEqualTo(2.0);

        world.advance(Duration.ofMinutes(2));
        assertThat(last("GroupDesiredCapacity")).as("fifteen: scale in by at most half").isEqualTo(1.0);
        world.advance(Duration.ofMinutes(16));
        assertThat(last("GroupDesiredCapacity")).isEqualTo(0.0);
        world.advance(Duration.ofMinutes(1));
        assertThat(instances()).isEmpty();
        assertThat(world.ecs.describeClusters(List.of(CLUSTER)).items().get(0).registeredContainerInstancesCount())
                .isZero();
    }

    @Test
    void managedTerminationProtectionKeepsTheInstanceThatRunsATask() {
        world.ecs.updateCapacityProvider(provider, new AutoScalingGroupProviderUpdate(null, "ENABLED", null));
        // 2 GiB each: one task per instance, so four tasks scale the group to its maximum of four.
        List<Task> tasks = run("big", 2048, 4);
        world.advance(Duration.ofMinutes(7));
        List<Task> running = describe(tasks);
        assertThat(running).allSatisfy(t -> assertThat(t.lastStatus()).isEqualTo("RUNNING"))
                .extracting(Task::containerInstanceArn).doesNotHaveDuplicates();
        Task kept = running.get(0);
        running.subList(1, 4).forEach(t -> world.ecs.stopTask(CLUSTER, t.taskArn(), null));

        world.advance(Duration.ofMinutes(40));

        assertThat(last("GroupDesiredCapacity")).isEqualTo(1.0);
        assertThat(instances()).singleElement().satisfies(i -> {
            assertThat(i.containerInstanceArn()).isEqualTo(kept.containerInstanceArn());
            assertThat(i.runningTasksCount()).isEqualTo(1);
        });
        assertThat(describe(List.of(kept))).singleElement()
                .satisfies(t -> assertThat(t.lastStatus()).isEqualTo("RUNNING"));
    }

    @Test
    void scaleOutStepsStayWithinTheMinimumAndMaximumStepSize() {
        world.ecs.updateCapacityProvider(provider, new AutoScalingGroupProviderUpdate(
                new ManagedScaling("ENABLED", 100, 1, 2, 300), null, null));
        run("big", 2048, 4);

        world.advance(Duration.ofMinutes(1));
        assertThat(last("GroupDesiredCapacity")).as("M = 4, but at most 2 at a time").isEqualTo(2.0);
        world.advance(Duration.ofMinutes(1));
        assertThat(last("CapacityProviderReservation")).isEqualTo(200.0);
        assertThat(last("GroupDesiredCapacity")).isEqualTo(4.0);
    }

    @Test
    void aTargetBelowOneHundredKeepsSpareInstances() {
        world.ecs.updateCapacityProvider(provider, new AutoScalingGroupProviderUpdate(
                new ManagedScaling("ENABLED", 50, 1, 10_000, 300), null, null));
        run("big", 2048, 1);

        world.advance(Duration.ofMinutes(1));
        assertThat(last("GroupDesiredCapacity")).as("ceil(1 × 100 / 50)").isEqualTo(2.0);
    }

    @Test
    void drainingAnInstanceMovesItsServiceTaskToAnotherAndActivatingItTakesTasksAgain() {
        world.ecs.registerTaskDefinition(definition("web", 1024));
        world.ecs.createService(new CreateServiceRequest(CLUSTER, "web", "web", 1, null,
                List.of(new CapacityProviderStrategyItem(provider, 1, 0)), null, null, null, null, List.of()));
        world.ecs.updateCapacityProvider(provider, new AutoScalingGroupProviderUpdate(
                new ManagedScaling("ENABLED", 50, 1, 10_000, 300), null, null));
        world.advance(Duration.ofMinutes(7));
        Task first = webTasks().get(0);
        assertThat(instances()).hasSize(2);

        List<ContainerInstance> drained = world.ecs.updateContainerInstancesState(CLUSTER,
                List.of(first.containerInstanceArn()), "DRAINING").items();
        assertThat(drained).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo("DRAINING"));
        world.advance(Duration.ofMinutes(3));

        assertThat(webTasks()).singleElement().satisfies(t -> {
            assertThat(t.lastStatus()).isEqualTo("RUNNING");
            assertThat(t.containerInstanceArn()).isNotEqualTo(first.containerInstanceArn());
        });
        assertThat(describe(List.of(first))).singleElement().satisfies(t -> {
            assertThat(t.lastStatus()).isEqualTo("STOPPED");
            assertThat(t.stopCode()).isEqualTo("ServiceSchedulerInitiated");
        });
        ContainerInstance draining = world.ecs.describeContainerInstances(CLUSTER,
                List.of(first.containerInstanceArn())).items().get(0);
        assertThat(draining.status()).isEqualTo("DRAINING");
        assertThat(draining.runningTasksCount()).isZero();

        assertThat(world.ecs.updateContainerInstancesState(CLUSTER, List.of(first.containerInstanceArn()),
                "ACTIVE").items()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo("ACTIVE"));
    }

    @Test
    void oneMinuteDatapointsAreKeptForFifteenDaysAsCloudWatchKeepsThem() {
        world.advance(Duration.ofDays(16));

        MetricDataResult desired = MetricReads.perMinute(world.simulator.cloudWatch(), Metric.autoScalingGroup(
                        "GroupDesiredCapacity", world.ecs.describeCapacityProviders(List.of(provider)).items().get(0)
                                .autoScalingGroupProvider().autoScalingGroupArn()),
                EcsFixture.START, world.simulator.now().plusSeconds(1));

        assertThat(desired.timestamps()).hasSize(15 * 24 * 60 + 1);
        assertThat(desired.timestamps().get(0)).isEqualTo(world.simulator.now().minus(Duration.ofDays(15)));
    }

    @Test
    void theSameSeedAndCommandsGiveTheSameCapacityHistory() {
        assertThat(history(5)).isEqualTo(history(5));
    }

    private List<Object> history(long seed) {
        EcsFixture other = new EcsFixture(seed);
        String name = other.ecs.createCluster(new CreateClusterRequest(CLUSTER, List.of(), List.of(),
                new Ec2Capacity("t3.medium", 0, 4, 0), List.of())).capacityProviders().get(0);
        other.ecs.registerTaskDefinition(definition("worker", 1024));
        List<Task> tasks = other.ecs.runTask(new RunTaskRequest(CLUSTER, "worker", 7, null,
                List.of(new CapacityProviderStrategyItem(name, 1, 0)), null, null, null, null, List.of())).tasks();
        other.advance(Duration.ofMinutes(8));
        tasks.subList(0, 5).forEach(t -> other.ecs.stopTask(CLUSTER, t.taskArn(), null));
        other.advance(Duration.ofMinutes(40));
        EcsInventory inventory = new EcsInventory(other.ecs);
        return List.of(inventory.tasks(CLUSTER, "STOPPED"), inventory.tasks(CLUSTER, "RUNNING"),
                other.ecs.describeContainerInstances(CLUSTER, other.ecs.listContainerInstances(CLUSTER, null, null,
                        null).items()).items(),
                MetricReads.perMinute(other.simulator.cloudWatch(), Metric.capacityProviderReservation(CLUSTER,
                        name), EcsFixture.START, other.simulator.now()));
    }

    private List<Task> run(String family, int memory, int count) {
        world.ecs.registerTaskDefinition(definition(family, memory));
        return world.ecs.runTask(new RunTaskRequest(CLUSTER, family, count, null,
                List.of(new CapacityProviderStrategyItem(provider, 1, 0)), null, null, null, null, List.of())).tasks();
    }

    private static RegisterTaskDefinitionRequest definition(String family, int memory) {
        return new RegisterTaskDefinitionRequest(family, null, null, null, null, null, null,
                List.of(new ContainerDefinition("app", "busybox", 512, memory, null, true, List.of(), List.of(),
                        List.of(), null)), List.of());
    }

    private List<Task> describe(List<Task> tasks) {
        return world.ecs.describeTasks(CLUSTER, tasks.stream().map(Task::taskArn).toList()).items();
    }

    private List<Task> webTasks() {
        return new EcsInventory(world.ecs).tasks(CLUSTER, "RUNNING").stream()
                .filter(t -> "service:web".equals(t.group())).toList();
    }

    /** Container instances that are not INACTIVE. */
    private List<ContainerInstance> instances() {
        return world.ecs.describeContainerInstances(CLUSTER,
                world.ecs.listContainerInstances(CLUSTER, null, null, null).items()).items().stream()
                .filter(i -> !"DEREGISTERING".equals(i.status())).toList();
    }

    /** The latest datapoint of the provider's CapacityProviderReservation or of its group's size. */
    private double last(String metricName) {
        Metric metric = metricName.equals("CapacityProviderReservation")
                ? Metric.capacityProviderReservation(CLUSTER, provider)
                : Metric.autoScalingGroup(metricName, world.ecs.describeCapacityProviders(List.of(provider)).items()
                .get(0).autoScalingGroupProvider().autoScalingGroupArn());
        MetricDataResult result = MetricReads.perMinute(world.simulator.cloudWatch(), metric,
                EcsFixture.START, world.simulator.now().plusSeconds(1));
        return result.values().get(result.values().size() - 1);
    }
}
