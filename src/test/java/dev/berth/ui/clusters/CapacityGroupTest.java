package dev.berth.ui.clusters;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.testing.RecordingOutcome;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Capacity tab's Auto Scaling group on the simulator: each provider's group shows minimum / desired / maximum,
 * and "Edit group" checks the sizes, sends only the changed ones and shows the result.
 */
class CapacityGroupTest {
    private final Simulator simulator = Simulator.create(WorldSettings.of("group", 2, EcsFixture.START),
            CommandJournal.none());
    private final CapacityViewModel viewModel = new CapacityViewModel(new SimulatorBackend(simulator,
            new SteppedClock(simulator)), new DirectBackgroundTasks(), Clock.systemUTC());

    @BeforeEach
    void ec2Cluster() {
        viewModel.clusterProperty().set(simulator.ecs().createCluster(new CreateClusterRequest("ec2", List.of(),
                List.of(), new Ec2Capacity("t3.small", 1, 1, 1), List.of())));
        simulator.advanceBy(Duration.ofMinutes(4));
        viewModel.onScreen().shownProperty().set(true);
        viewModel.refresh();
    }

    private CapacityProviderRow ec2Provider() {
        return viewModel.providers().all().stream().filter(r -> r.item().group() != null).findFirst().orElseThrow();
    }

    @Test
    void theGroupShowsItsSizesAndARaisedMaximumIsSavedAlone() {
        assertThat(ec2Provider().groupSize()).isEqualTo("1 / 1 / 1");
        AutoScalingGroup group = ec2Provider().item().group();

        RecordingOutcome outcome = new RecordingOutcome();
        assertThat(viewModel.resizeGroup(group, "1", "1", "3", outcome).isEmpty()).isTrue();

        assertThat(outcome.hasSucceeded()).isTrue();
        assertThat(ec2Provider().groupSize()).isEqualTo("1 / 1 / 3");
    }

    @Test
    void aRefusedEc2AutoScalingLeavesTheProvidersWithANote() {
        Gateway simulated = new SimulatorBackend(simulator, new SteppedClock(simulator));
        AutoScalingGroupsGateway refusing = refusing(AutoScalingGroupsGateway.class);
        CapacityViewModel ecsOnly = new CapacityViewModel((Gateway) Proxy.newProxyInstance(
                Gateway.class.getClassLoader(), new Class<?>[]{Gateway.class}, (proxy, method, args) ->
                        method.getName().equals("autoScalingGroups") ? refusing : method.invoke(simulated, args)),
                new DirectBackgroundTasks(), Clock.systemUTC());
        ecsOnly.clusterProperty().set(viewModel.clusterProperty().get());
        ecsOnly.onScreen().shownProperty().set(true);

        assertThat(ecsOnly.errorProperty().get()).isNull();
        assertThat(ecsOnly.providers().all()).extracting(CapacityProviderRow::groupSize).containsOnly("");
        assertThat(ecsOnly.providers().all()).hasSize(viewModel.providers().all().size());
        assertThat(ecsOnly.groupsErrorProperty().get()).startsWith("The capacity providers' Auto Scaling groups "
                + "could not be read: ").contains("autoscaling:DescribeAutoScalingGroups");
        assertThat(viewModel.groupsErrorProperty().get()).isNull();
    }

    /** A part whose every call is refused as AWS refuses a profile without the permission. */
    private static <T> T refusing(Class<T> part) {
        return part.cast(Proxy.newProxyInstance(part.getClassLoader(), new Class<?>[]{part}, (proxy, method, args) -> {
            throw new GatewayException("AccessDenied", "The profile is not allowed to call "
                    + "autoscaling:DescribeAutoScalingGroups.", false);
        }));
    }

    @Test
    void sizesOutOfOrderAreRefusedBeforeAnyCall() {
        AutoScalingGroup group = ec2Provider().item().group();
        RecordingOutcome outcome = new RecordingOutcome();

        assertThat(viewModel.resizeGroup(group, "2", "1", "1", outcome).asMap())
                .containsOnlyKeys(CapacityViewModel.GROUP_MAX);
        assertThat(viewModel.resizeGroup(group, "0", "3", "2", outcome).asMap())
                .containsOnlyKeys(CapacityViewModel.GROUP_DESIRED);
        assertThat(viewModel.resizeGroup(group, "x", "1", "1", outcome).asMap())
                .containsOnlyKeys(CapacityViewModel.GROUP_MIN);
        assertThat(outcome.hasSucceeded()).isFalse();
        assertThat(ec2Provider().groupSize()).isEqualTo("1 / 1 / 1");
    }
}
