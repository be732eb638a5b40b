package dev.berth.sim.ecs;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Described;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.Failure;
import dev.berth.core.model.Page;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ClusterRulesTest {
    private final EcsFixture world = new EcsFixture(1);

    @Test
    void ec2CapacityRegistersContainerInstancesAfterTheyBoot() {
        Cluster cluster = world.ecs.createCluster(new CreateClusterRequest("ec2", List.of("FARGATE"), List.of(),
                new Ec2Capacity("t2.micro", 0, 5, 2), List.of()));
        String provider = cluster.capacityProviders().get(1);
        assertThat(provider).startsWith("Infra-ECS-Cluster-ec2-").contains("-EC2CapacityProvider-");
        assertThat(world.ecs.listContainerInstances("ec2", null, null, null).items()).isEmpty();

        world.advance(Duration.ofSeconds(89));
        assertThat(world.ecs.listContainerInstances("ec2", null, null, null).items()).isEmpty();
        world.advance(Duration.ofSeconds(92));

        List<String> arns = world.ecs.listContainerInstances("ec2", "ACTIVE", null, null).items();
        assertThat(arns).hasSize(2);
        List<ContainerInstance> instances = world.ecs.describeContainerInstances("ec2", arns).items();
        assertThat(instances).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo("ACTIVE");
            assertThat(i.agentConnected()).isTrue();
            assertThat(i.registered("CPU")).isEqualTo(1024);
            assertThat(i.registered("MEMORY")).isEqualTo(982);
            assertThat(i.attribute("ecs.instance-type")).isEqualTo("t2.micro");
            assertThat(i.capacityProviderName()).isEqualTo(provider);
            assertThat(i.ec2InstanceId()).matches("i-0[0-9a-f]{16}");
        });
        assertThat(instances).extracting(i -> i.attribute("ecs.availability-zone")).doesNotHaveDuplicates();
        assertThat(world.ecs.describeClusters(List.of("ec2")).items().get(0).registeredContainerInstancesCount())
                .isEqualTo(2);
        assertThat(world.ecs.describeCapacityProviders(List.of(provider)).items()).singleElement().satisfies(p -> {
            assertThat(p.autoScalingGroupProvider().managedScaling().status()).isEqualTo("ENABLED");
            assertThat(p.autoScalingGroupProvider().autoScalingGroupArn())
                    .startsWith("arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:");
        });
        assertRefused(() -> world.ecs.deleteCluster("ec2"), "ClusterContainsContainerInstancesException",
                "The Cluster cannot be deleted while Container Instances are active.");
    }

    @Test
    void ec2CapacityNeedsAKnownInstanceTypeAndOrderedSizes() {
        assertRefused(() -> world.ecs.createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("t2.micro", 2, 5, 1), List.of())), "InvalidParameterException",
                "The auto scaling group needs 0 <= minimum size <= desired capacity <= maximum size.");
        assertRefused(() -> world.ecs.createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("x9.huge", 0, 1, 0), List.of())), "InvalidParameterException",
                "The instance type 'x9.huge' is not supported. Supported types: c5.large, m5.large, m5.xlarge, "
                        + "t2.medium, t2.micro, t2.small, t3.large, t3.medium, t3.micro, t3.small.");
        assertThat(world.ecs.describeCapacityProviders(null).items()).as("nothing was created").hasSize(2);
    }

    @Test
    void capacityProvidersIncludeFargateAndReportUnknownOnesMissing() {
        Described<dev.berth.core.model.CapacityProvider> all = world.ecs.describeCapacityProviders(null);
        assertThat(all.items()).extracting(p -> p.name()).containsExactly("FARGATE", "FARGATE_SPOT");

        Described<dev.berth.core.model.CapacityProvider> some = world.ecs.describeCapacityProviders(
                List.of("FARGATE", "mine"));
        assertThat(some.failures()).extracting(Failure::reason).containsExactly("MISSING");
        assertRefused(() -> world.ecs.createCluster(new CreateClusterRequest("x", List.of("mine"), List.of(), null,
                List.of())), "InvalidParameterException",
                "The specified capacity provider 'mine' does not exist. Specify a valid capacity provider and try "
                        + "again.");
    }
}

