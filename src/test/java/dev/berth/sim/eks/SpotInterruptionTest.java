package dev.berth.sim.eks;

import dev.berth.core.model.EksNode;
import dev.berth.core.model.SpotInterruption;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.berth.sim.eks.EksFixture.CLUSTER;
import static dev.berth.sim.eks.EksFixture.NODEGROUP;
import static dev.berth.sim.eks.EksFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class SpotInterruptionTest {

    @Test
    void anInterruptedNodeIsDrainedForTwoMinutesAndReplacedAtOnce() {
        EksFixture world = new EksFixture(21).withActiveCluster(null).withActiveNodegroup(2, "SPOT");
        EksNode oldest = world.nodes().get(0);

        EksNode interrupted = world.simulator.faults().interruptSpotInstance(
                new SpotInterruption(CLUSTER, NODEGROUP, null, true));

        assertThat(interrupted.instanceId()).isEqualTo(oldest.instanceId());
        assertThat(interrupted.status()).isEqualTo("Ready,SchedulingDisabled");
        assertThat(world.nodes()).hasSize(3);
        world.advance(Duration.ofSeconds(150));
        assertThat(world.nodes()).hasSize(2).extracting(EksNode::instanceId).doesNotContain(oldest.instanceId());
        assertThat(world.readyNodes()).isEqualTo(2);
        assertThat(world.nodegroupStatus()).isEqualTo("ACTIVE");
    }

    @Test
    void withoutSpotCapacityTheNodeGroupIsDegradedUntilCapacityReturns() {
        EksFixture world = new EksFixture(22).withActiveCluster(null).withActiveNodegroup(2, "SPOT");

        world.simulator.faults().interruptSpotInstance(new SpotInterruption(CLUSTER, NODEGROUP, null, false));

        var group = world.eks.describeNodegroup(CLUSTER, NODEGROUP);
        assertThat(group.status()).isEqualTo("DEGRADED");
        assertThat(group.health().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("AsgInstanceLaunchFailures");
            assertThat(issue.resourceIds()).containsExactly(group.resources().autoScalingGroups().get(0).name());
        });
        world.advance(Duration.ofMinutes(5));
        assertThat(world.nodes()).hasSize(1);
        world.advance(Duration.ofMinutes(5));
        assertThat(world.nodegroupStatus()).isEqualTo("ACTIVE");
        assertThat(world.eks.describeNodegroup(CLUSTER, NODEGROUP).health().issues()).isEmpty();
        world.advance(Duration.ofMinutes(2));
        assertThat(world.readyNodes()).isEqualTo(2);
    }

    @Test
    void onlySpotNodeGroupsCanBeInterrupted() {
        EksFixture world = new EksFixture(23).withActiveCluster(null).withActiveNodegroup(1, null);

        assertRefused(() -> world.simulator.faults().interruptSpotInstance(
                new SpotInterruption(CLUSTER, NODEGROUP, null, true)), "InvalidParameterException",
                "Nodegroup DemoNodeGroup does not run Spot Instances.");
    }
}
