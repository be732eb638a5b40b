package dev.berth.contract;

import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.Ec2Filter;
import dev.berth.core.model.Ec2Instance;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.Page;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every EC2 backend must do for DescribeInstances, with EC2's error codes and messages: run by
 * {@link SimEc2GatewayTest} against the simulator's own gateway and by {@link AwsEc2GatewayTest} against the AWS SDK
 * gateway talking EC2's query protocol to the simulator's endpoint. The instances are the simulator's EKS nodes.
 */
abstract class Ec2GatewayContract {
    private static final String ACCOUNT = WorldSettings.DEFAULT_ACCOUNT_ID;
    private static final Ec2Filter DEMO_CLUSTER = Ec2Filter.of("tag:" + EksNode.CLUSTER_NAME_TAG,
            DemoWorld.EKS_CLUSTER);

    private Simulator simulator;
    private Ec2Gateway ec2;

    /** The gateway under test over {@code simulator}. */
    protected abstract Ec2Gateway backend(Simulator simulator);

    @BeforeEach
    void world() {
        simulator = Simulator.create(WorldSettings.of("ec2-contract", 8, Instant.parse("2026-03-02T09:00:00Z")),
                CommandJournal.none());
        ec2 = backend(simulator);
        DemoWorld.createEksCluster(simulator.eks(), ACCOUNT);
        simulator.advanceBy(Duration.ofMinutes(10));
        simulator.eks().createNodegroup(new CreateNodegroupRequest(DemoWorld.EKS_CLUSTER, DemoWorld.NODEGROUP,
                new NodegroupScalingConfig(1, 10, 7), null, DemoWorld.SUBNETS, List.of("t3.medium"), null,
                DemoWorld.roleArn(ACCOUNT, DemoWorld.EKS_NODE_ROLE), Map.of(), List.of(), "ON_DEMAND", null,
                Map.of()));
        simulator.advanceBy(Duration.ofMinutes(4));
    }

    @Test
    void instancesAreFilteredByTagAndPagedByToken() {
        Page<Ec2Instance> first = ec2.describeInstances(List.of(DEMO_CLUSTER), null, 5);
        Page<Ec2Instance> second = ec2.describeInstances(List.of(DEMO_CLUSTER), first.nextToken(), 5);

        assertThat(first.items()).hasSize(5);
        assertThat(first.nextToken()).isNotNull();
        assertThat(second.items()).hasSize(2);
        assertThat(second.nextToken()).isNull();
        List<Ec2Instance> all = new ArrayList<>(first.items());
        all.addAll(second.items());
        assertThat(all).isEqualTo(simulator.ec2().describeInstances(List.of(), null, null).items());
        assertThat(all).allSatisfy(instance -> {
            assertThat(instance.state()).isEqualTo("running");
            assertThat(instance.instanceType()).isEqualTo("t3.medium");
            assertThat(instance.privateDnsName())
                    .isEqualTo("ip-" + instance.privateIpAddress().replace('.', '-') + ".ec2.internal");
            assertThat(instance.tags()).containsEntry(EksNode.NODEGROUP_NAME_TAG, DemoWorld.NODEGROUP)
                    .containsEntry("kubernetes.io/cluster/" + DemoWorld.EKS_CLUSTER, "owned");
            assertThat(instance.instanceLifecycle()).isNull();
        });
        assertThat(ec2.describeInstances(List.of(Ec2Filter.of("tag:" + EksNode.NODEGROUP_NAME_TAG, "Demo*"),
                Ec2Filter.of("instance-state-name", "pending", "running")), null, null).items()).isEqualTo(all);
        assertThat(ec2.describeInstances(List.of(DEMO_CLUSTER, Ec2Filter.of("instance-state-name", "stopped")), null,
                null).items()).isEmpty();
        assertThat(ec2.describeInstances(List.of(Ec2Filter.of("instance-id", all.get(3).instanceId())), null, null)
                .items()).containsExactly(all.get(3));
    }

    @Test
    void mistakesAreRefusedAsEc2RefusesThem() {
        assertRefused(() -> ec2.describeInstances(List.of(), null, 3), "InvalidParameterValue",
                "Value ( 3 ) for parameter maxResults is invalid. Expecting a value greater than 5.");
        assertRefused(() -> ec2.describeInstances(List.of(Ec2Filter.of("colour", "blue")), null, null),
                "InvalidParameterValue", "The filter 'colour' is invalid");
    }
}
