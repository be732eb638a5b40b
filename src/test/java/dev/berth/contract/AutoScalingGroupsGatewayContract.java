package dev.berth.contract;

import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AutoScalingInstance;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.sim.AvailabilityZones;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every EC2 Auto Scaling backend must do with the groups behind EC2 clusters, with AWS's error codes and
 * messages: run by {@link SimAutoScalingGroupsGatewayTest} against the simulator's own gateway and by
 * {@link AwsAutoScalingGroupsGatewayTest} against the AWS SDK gateway talking awsQuery to the simulator's endpoint.
 * The groups are made as the console's EC2 cluster wizard makes them (CreateCluster with EC2 capacity).
 */
abstract class AutoScalingGroupsGatewayContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ACCOUNT = WorldSettings.DEFAULT_ACCOUNT_ID;

    protected Simulator simulator;
    private AutoScalingGroupsGateway groups;

    /** The gateway under test over {@code simulator}. */
    protected abstract AutoScalingGroupsGateway backend(Simulator simulator);

    @BeforeEach
    void world() {
        simulator = Simulator.create(WorldSettings.of("asg-contract", 5, START), CommandJournal.none());
        groups = backend(simulator);
    }

    /** An EC2 cluster and its group; its name, as the group's name starts with it. */
    protected void ec2Cluster(String name, int min, int max, int desired) {
        simulator.ecs().createCluster(new CreateClusterRequest(name, List.of(), List.of(),
                new Ec2Capacity("t3.small", min, max, desired), List.of()));
    }

    private AutoScalingGroup only() {
        return groups.describeAutoScalingGroups(List.of()).get(0);
    }

    @Test
    void aClustersGroupIsDescribedWithItsSizesZonesAndInstances() {
        ec2Cluster("workers", 0, 4, 1);

        AutoScalingGroup group = only();
        assertThat(group.autoScalingGroupName()).startsWith("Infra-ECS-Cluster-workers-")
                .contains("-ECSAutoScalingGroup-");
        assertThat(group.autoScalingGroupARN()).matches("arn:aws:autoscaling:us-east-1:" + ACCOUNT
                + ":autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName/" + group.autoScalingGroupName());
        assertThat(group).extracting(AutoScalingGroup::minSize, AutoScalingGroup::maxSize,
                AutoScalingGroup::desiredCapacity, AutoScalingGroup::createdTime).containsExactly(0, 4, 1, START);
        assertThat(group.availabilityZones()).isEqualTo(AvailabilityZones.of("us-east-1"));
        AutoScalingInstance launched = group.instances().get(0);
        assertThat(launched.instanceId()).matches("i-[0-9a-f]{17}");
        assertThat(launched).extracting(AutoScalingInstance::instanceType, AutoScalingInstance::lifecycleState,
                AutoScalingInstance::healthStatus).containsExactly("t3.small", "Pending", "Healthy");

        simulator.advanceBy(Duration.ofMinutes(4));
        assertThat(only().instances()).extracting(AutoScalingInstance::lifecycleState).containsExactly("InService");
    }

    @Test
    void namesPickTheirGroupsAndUnknownNamesAreLeftOut() {
        ec2Cluster("workers", 0, 4, 0);
        ec2Cluster("batch", 0, 2, 0);
        List<String> names = groups.describeAutoScalingGroups(null).stream()
                .map(AutoScalingGroup::autoScalingGroupName).toList();

        assertThat(names).hasSize(2);
        assertThat(groups.describeAutoScalingGroups(List.of(names.get(1), "nope")))
                .extracting(AutoScalingGroup::autoScalingGroupName).containsExactly(names.get(1));
        assertThat(groups.describeAutoScalingGroups(List.of("nope"))).isEmpty();
    }

    @Test
    void updatingSizesMovesTheDesiredCapacityAndTheGroupLaunchesToMatch() {
        ec2Cluster("workers", 0, 4, 1);
        String name = only().autoScalingGroupName();

        groups.updateAutoScalingGroup(name, null, null, 3);
        assertThat(only()).extracting(AutoScalingGroup::minSize, AutoScalingGroup::maxSize,
                AutoScalingGroup::desiredCapacity).containsExactly(0, 4, 3);
        assertThat(only().instances()).hasSize(3);

        groups.updateAutoScalingGroup(name, 1, 2, null);
        assertThat(only()).as("a maximum below the desired capacity lowers it")
                .extracting(AutoScalingGroup::minSize, AutoScalingGroup::maxSize, AutoScalingGroup::desiredCapacity)
                .containsExactly(1, 2, 2);
        simulator.advanceBy(Duration.ofMinutes(4));
        assertThat(only().instances()).extracting(AutoScalingInstance::lifecycleState)
                .containsExactly("InService", "InService");
    }

    @Test
    void badSizesAndUnknownGroupsAreValidationErrorsAndChangeNothing() {
        ec2Cluster("workers", 1, 2, 1);
        String name = only().autoScalingGroupName();

        assertRefused(() -> groups.updateAutoScalingGroup(name, 3, 2, null), "ValidationError",
                "Max bound, 2, must be greater than or equal to min bound, 3");
        assertRefused(() -> groups.updateAutoScalingGroup(name, null, null, 5), "ValidationError",
                "Desired capacity:5 must be between the specified min size:1 and max size:2");
        assertRefused(() -> groups.updateAutoScalingGroup(name, -1, null, null), "ValidationError",
                "1 validation error detected: Value '-1' at 'minSize' failed to satisfy constraint: Member must "
                        + "have value greater than or equal to 0");
        assertRefused(() -> groups.updateAutoScalingGroup("nope", 1, 2, null), "ValidationError",
                "AutoScalingGroup name not found - nope");
        assertThat(only()).extracting(AutoScalingGroup::minSize, AutoScalingGroup::maxSize,
                AutoScalingGroup::desiredCapacity).containsExactly(1, 2, 1);
    }

    @Test
    void moreGroupsThanOnePageHoldsAreAllDescribedByNameOrNot() {
        IntStream.range(0, 120).forEach(i -> ec2Cluster("c" + i, 0, 1, 0));

        List<AutoScalingGroup> all = groups.describeAutoScalingGroups(List.of());
        List<String> names = all.stream().map(AutoScalingGroup::autoScalingGroupName).toList();

        assertThat(all).hasSize(120);
        assertThat(names.get(119)).startsWith("Infra-ECS-Cluster-c119-");
        assertThat(groups.describeAutoScalingGroups(names)).isEqualTo(all);
    }
}
