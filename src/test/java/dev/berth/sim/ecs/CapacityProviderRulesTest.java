package dev.berth.sim.ecs;

import dev.berth.core.model.AutoScalingGroupProvider;
import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateCapacityProviderRequest;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.ManagedScaling;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Task;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** CreateCapacityProvider, UpdateCapacityProvider, DeleteCapacityProvider, PutClusterCapacityProviders; Fargate Spot. */
class CapacityProviderRulesTest {
    private static final String IN_USE = "The specified capacity provider is in use and cannot be deleted. Remove it "
            + "from the capacity provider strategy of every service and from every cluster, then try again.";
    private final EcsFixture world = new EcsFixture(21).withCluster();
    private final CapacityProvider wizard = world.ecs.describeCapacityProviders(List.of(world.ecs.createCluster(
            new CreateClusterRequest("ec2", List.of(), List.of(), new Ec2Capacity("t2.micro", 0, 3, 0), List.of()))
            .capacityProviders().get(0))).items().get(0);
    private final String groupArn = wizard.autoScalingGroupProvider().autoScalingGroupArn();

    @Test
    void theWizardsProviderHasAwsDefaults() {
        assertThat(wizard.status()).isEqualTo("ACTIVE");
        assertThat(wizard.updateStatus()).isEqualTo("CREATE_COMPLETE");
        assertThat(wizard.autoScalingGroupProvider()).isEqualTo(new AutoScalingGroupProvider(groupArn,
                new ManagedScaling("ENABLED", 100, 1, 10_000, 300), "DISABLED", "ENABLED"));
    }

    @Test
    void aProviderInUseCannotBeDeletedUntilTheClusterLetsItGo() {
        assertRefused(() -> world.ecs.deleteCapacityProvider(wizard.name()), "ClientException", IN_USE);
        assertRefused(() -> world.ecs.deleteCapacityProvider("FARGATE"), "ClientException", IN_USE);

        assertThat(world.ecs.putClusterCapacityProviders("ec2", List.of("FARGATE"), List.of()).capacityProviders())
                .containsExactly("FARGATE");
        CapacityProvider deleted = world.ecs.deleteCapacityProvider(wizard.name());

        assertThat(deleted.status()).isEqualTo("INACTIVE");
        assertThat(deleted.updateStatus()).isEqualTo("DELETE_COMPLETE");
        assertThat(world.ecs.describeCapacityProviders(List.of(wizard.name())).items()).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo("INACTIVE"));
    }

    @Test
    void createChecksTheNameAndTheGroup() {
        assertRefused(() -> create("ecs-mine", groupArn), "ClientException", "The specified capacity provider name "
                + "is invalid. Up to 255 characters are allowed, including letters (upper and lowercase), numbers, "
                + "underscores, and hyphens. The name cannot be prefixed with \"aws\", \"ecs\", or \"fargate\".");
        assertRefused(() -> create(wizard.name(), groupArn), "ClientException", "The specified capacity provider "
                + "already exists. To change the configuration of an existing capacity provider, update the capacity "
                + "provider.");
        assertRefused(() -> create("mine", groupArn), "ClientException", "The specified Auto Scaling group is "
                + "already associated with another capacity provider. Specify a different Auto Scaling group and try "
                + "again.");
        assertRefused(() -> create("mine", "no-such-group"), "ClientException", "The specified Auto Scaling group "
                + "ARN or name (no-such-group) does not exist. Specify a valid Auto Scaling group and try again.");
    }

    @Test
    void aNewProviderOnTheFreedGroupScalesItForTheCluster() {
        world.ecs.putClusterCapacityProviders("ec2", List.of(), List.of());
        world.ecs.deleteCapacityProvider(wizard.name());
        String groupName = groupArn.substring(groupArn.indexOf("autoScalingGroupName/") + 21);

        CapacityProvider mine = create("mine", groupName);
        assertThat(mine.autoScalingGroupProvider().autoScalingGroupArn()).as("the name resolves to the ARN")
                .isEqualTo(groupArn);
        assertThat(mine.autoScalingGroupProvider().managedScaling().targetCapacity()).isEqualTo(100);
        world.ecs.putClusterCapacityProviders("ec2", List.of("mine"),
                List.of(new CapacityProviderStrategyItem("mine", 1, 0)));
        assertRefused(() -> world.ecs.putClusterCapacityProviders(EcsFixture.CLUSTER, List.of("mine"), List.of()),
                "ClientException", "The specified capacity provider 'mine' is already associated with another "
                        + "cluster. An Auto Scaling group capacity provider can be associated with one cluster only.");
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("w", null, null,
                null, null, null, null, List.of(new ContainerDefinition("app", "busybox", 256,
                256, null, true, List.of(), List.of(), List.of(), null)), List.of()));
        world.ecs.createService(new CreateServiceRequest("ec2", "w", "w", 1, null, List.of(), null, null, null, null,
                List.of()));

        assertRefused(() -> world.ecs.putClusterCapacityProviders("ec2", List.of(), List.of()),
                "ResourceInUseException", "The specified capacity provider 'mine' is in use and cannot be removed.");
        world.advance(Duration.ofMinutes(6));
        assertThat(world.ecs.describeServices("ec2", List.of("w")).items().get(0).runningCount()).isEqualTo(1);
    }

    @Test
    void updateChecksAwsRanges() {
        assertRefused(() -> world.ecs.updateCapacityProvider(wizard.name(), new AutoScalingGroupProviderUpdate(
                new ManagedScaling("ENABLED", 0, 1, 10, 300), null, null)), "InvalidParameterException",
                "The managed scaling target capacity must be between 1 and 100.");
        assertRefused(() -> world.ecs.updateCapacityProvider(wizard.name(), new AutoScalingGroupProviderUpdate(
                new ManagedScaling("DISABLED", 100, 1, 10, 300), "ENABLED", null)), "InvalidParameterException",
                "The managed termination protection setting for the capacity provider is invalid. To enable managed "
                        + "termination protection for a capacity provider, managed scaling must be enabled.");

        CapacityProvider updated = world.ecs.updateCapacityProvider(wizard.name(),
                new AutoScalingGroupProviderUpdate(new ManagedScaling("ENABLED", 80, 2, 4, 120), "ENABLED", null));
        assertThat(updated.updateStatus()).isEqualTo("UPDATE_COMPLETE");
        assertThat(updated.autoScalingGroupProvider()).isEqualTo(new AutoScalingGroupProvider(groupArn,
                new ManagedScaling("ENABLED", 80, 2, 4, 120), "ENABLED", "ENABLED"));
    }

    @Test
    void aFargateSpotTaskIsInterruptedAndItsServiceReplacesIt() {
        world.fargateDefinition("spot", "nginxdemos/hello");
        world.ecs.createService(new CreateServiceRequest(EcsFixture.CLUSTER, "spot", "spot", 1, null,
                List.of(new CapacityProviderStrategyItem("FARGATE_SPOT", 1, 0)), null, EcsFixture.NETWORK, null,
                null, List.of()));
        world.advanceUntil(w -> w.steady("spot"), Duration.ofSeconds(15), Duration.ofMinutes(5));
        Task first = world.tasks("spot", "RUNNING").get(0);

        world.faults.injectFault(new InjectFaultRequest(FaultKind.FARGATE_SPOT_INTERRUPTION,
                FaultScope.service(EcsFixture.CLUSTER, "spot"), 1));
        world.advance(Duration.ofMinutes(3));

        Task interrupted = world.ecs.describeTasks(EcsFixture.CLUSTER, List.of(first.taskArn())).items().get(0);
        assertThat(interrupted.lastStatus()).isEqualTo("STOPPED");
        assertThat(interrupted.stopCode()).isEqualTo("SpotInterruption");
        assertThat(interrupted.stoppedReason()).isEqualTo("Your Spot Task was interrupted.");
        assertThat(world.tasks("spot", "RUNNING")).singleElement().satisfies(t -> {
            assertThat(t.taskArn()).isNotEqualTo(first.taskArn());
            assertThat(t.capacityProviderName()).isEqualTo("FARGATE_SPOT");
        });
    }

    private CapacityProvider create(String name, String group) {
        return world.ecs.createCapacityProvider(new CreateCapacityProviderRequest(name,
                new AutoScalingGroupProvider(group, null, null, null), List.of()));
    }
}
