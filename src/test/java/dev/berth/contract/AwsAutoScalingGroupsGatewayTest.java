package dev.berth.contract;

import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EC2 Auto Scaling contract against the AWS SDK gateway, talking awsQuery to the simulator's endpoint: one
 * endpoint and one SDK client for every test, each test's simulator put behind the endpoint as the test builds its
 * world. Also: the fewest calls AWS's page size (100 groups, 100 names) allows.
 */
class AwsAutoScalingGroupsGatewayTest extends AutoScalingGroupsGatewayContract {
    private static final AtomicReference<AutoScalingGroupsGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("autoScalingGroups", LocalAws.forwardingTo(AutoScalingGroupsGateway.class,
                SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected AutoScalingGroupsGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.autoScalingGroups());
        return aws.gateway().autoScalingGroups();
    }

    @Test
    void groupsAreReadAHundredAPageAndAHundredNamesACall() {
        IntStream.range(0, 201).forEach(i -> ec2Cluster("c" + i, 0, 1, 0));
        AutoScalingGroupsGateway groups = aws.gateway().autoScalingGroups();

        long before = calls();
        List<AutoScalingGroup> all = groups.describeAutoScalingGroups(null);
        assertThat(all).hasSize(201);
        assertThat(calls() - before).as("three pages of at most 100").isEqualTo(3L);

        List<String> names = all.stream().map(AutoScalingGroup::autoScalingGroupName).toList();
        before = calls();
        assertThat(groups.describeAutoScalingGroups(names.subList(0, 150))).isEqualTo(all.subList(0, 150));
        assertThat(calls() - before).as("100 names, then 50").isEqualTo(2L);
    }

    private static long calls() {
        return aws.gateway().apiCalls().orElseThrow().snapshot().of("DescribeAutoScalingGroups");
    }
}
