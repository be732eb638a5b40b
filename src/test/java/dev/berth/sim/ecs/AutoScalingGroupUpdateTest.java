package dev.berth.sim.ecs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AutoScalingInstance;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Task;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.JsonRecordingJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UpdateAutoScalingGroup on the group behind an EC2 cluster: a maximum of one keeps managed scaling from launching
 * the instances three waiting tasks need; raising it lets the group scale out. AWS's checks of the sizes, and the
 * command's journal round trip.
 */
class AutoScalingGroupUpdateTest {
    private final JsonRecordingJournal journal = new JsonRecordingJournal();
    private final Simulator simulator = Simulator.create(WorldSettings.of("asg", 3, EcsFixture.START), journal);
    private final AutoScalingGroupsGateway groups = simulator.autoScalingGroups();

    /** Three tasks of 1024 CPU units and MiB: one per t3.small (2048 units, 1939 MiB registered). */
    private String clusterWithOneInstanceAtMost() {
        String provider = simulator.ecs().createCluster(new CreateClusterRequest("workers", List.of(), List.of(),
                new Ec2Capacity("t3.small", 1, 1, 1), List.of())).capacityProviders().get(0);
        simulator.ecs().registerTaskDefinition(new RegisterTaskDefinitionRequest("report", null, null, "1024",
                "1024", null, null, List.of(new ContainerDefinition("app", "busybox", null, null, null, true,
                List.of(), List.of(), List.of(), null)), List.of()));
        simulator.advanceBy(Duration.ofMinutes(4));
        simulator.ecs().runTask(new RunTaskRequest("workers", "report", 3, null,
                List.of(new CapacityProviderStrategyItem(provider, 1, 0)), null, null, null, null, List.of()));
        simulator.advanceBy(Duration.ofMinutes(15));
        return groups.describeAutoScalingGroups(null).get(0).autoScalingGroupName();
    }

    @Test
    void aMaximumOfOneKeepsTasksProvisioningUntilItIsRaised() {
        String name = clusterWithOneInstanceAtMost();
        AutoScalingGroup capped = groups.describeAutoScalingGroups(List.of(name)).get(0);
        assertThat(capped.desiredCapacity()).isEqualTo(1);
        assertThat(capped.instances()).extracting(AutoScalingInstance::lifecycleState).containsExactly("InService");
        assertThat(statuses()).containsExactlyInAnyOrder("RUNNING", "PROVISIONING", "PROVISIONING");

        groups.updateAutoScalingGroup(name, null, 3, null);
        assertThat(groups.describeAutoScalingGroups(List.of(name)).get(0).desiredCapacity())
                .as("a larger maximum alone moves nothing").isEqualTo(1);
        simulator.advanceBy(Duration.ofMinutes(6));

        AutoScalingGroup raised = groups.describeAutoScalingGroups(List.of(name)).get(0);
        assertThat(raised.maxSize()).isEqualTo(3);
        assertThat(raised.desiredCapacity()).as("managed scaling scaled out").isEqualTo(3);
        assertThat(statuses()).containsOnly("RUNNING").hasSize(3);
    }

    @Test
    void sizesOutOfOrderAreValidationErrorsInAwsWords() {
        String name = clusterWithOneInstanceAtMost();

        EcsFixture.assertRefused(() -> groups.updateAutoScalingGroup(name, null, null, 2), "ValidationError",
                "Desired capacity:2 must be between the specified min size:1 and max size:1");
        EcsFixture.assertRefused(() -> groups.updateAutoScalingGroup(name, 3, 2, null), "ValidationError",
                "Max bound, 2, must be greater than or equal to min bound, 3");
        EcsFixture.assertRefused(() -> groups.updateAutoScalingGroup("nope", 1, 2, null), "ValidationError",
                "AutoScalingGroup name not found - nope");
        assertThat(groups.describeAutoScalingGroups(List.of("nope"))).isEmpty();

        groups.updateAutoScalingGroup(name, 2, 4, null);
        assertThat(groups.describeAutoScalingGroups(List.of(name)).get(0).desiredCapacity())
                .as("a minimum above the desired capacity raises it").isEqualTo(2);
        groups.updateAutoScalingGroup(name, 0, 0, null);
        assertThat(groups.describeAutoScalingGroups(List.of(name)).get(0).desiredCapacity())
                .as("a maximum below it lowers it").isZero();
    }

    @Test
    void theUpdateIsJournaledAndReplaysToTheSameGroup() throws Exception {
        String name = clusterWithOneInstanceAtMost();
        groups.updateAutoScalingGroup(name, null, 3, null);
        simulator.advanceBy(Duration.ofMinutes(6));

        ObjectMapper json = new ObjectMapper();
        Simulator rebuilt = Simulator.create(WorldSettings.of("asg", 3, EcsFixture.START), CommandJournal.none());
        boolean journaled = false;
        for (String entry : journal.entries()) {
            JournalEntry read = json.readValue(entry, JournalEntry.class);
            journaled |= read.command() instanceof UpdateAutoScalingGroupCommand;
            rebuilt.replay(read);
        }
        rebuilt.advanceTo(Instant.ofEpochMilli(journal.clock()));

        assertThat(journaled).isTrue();
        assertThat(rebuilt.autoScalingGroups().describeAutoScalingGroups(null))
                .isEqualTo(groups.describeAutoScalingGroups(null));
    }

    private List<String> statuses() {
        List<String> arns = simulator.ecs().listTasks(ListTasksRequest.of("workers", "RUNNING")).items();
        return simulator.ecs().describeTasks("workers", arns).items().stream().map(Task::lastStatus).toList();
    }
}
