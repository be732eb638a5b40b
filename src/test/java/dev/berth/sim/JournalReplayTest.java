package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.Fault;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.sim.ecs.ClearFaultCommand;
import dev.berth.sim.ecs.CreateClusterCommand;
import dev.berth.sim.ecs.CreateServiceCommand;
import dev.berth.sim.ecs.DeleteClusterCommand;
import dev.berth.sim.ecs.DeleteServiceCommand;
import dev.berth.sim.ecs.DeregisterTaskDefinitionCommand;
import dev.berth.sim.ecs.InjectFaultCommand;
import dev.berth.sim.ecs.RegisterTaskDefinitionCommand;
import dev.berth.sim.ecs.RunTaskCommand;
import dev.berth.sim.ecs.StopTaskCommand;
import dev.berth.sim.ecs.UpdateServiceCommand;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalReplayTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyCommandTypeSurvivesJsonUnchanged() throws Exception {
        RecordingJournal journal = new RecordingJournal();
        Scenario.play(Simulator.create(settings(), journal));

        List<JournalEntry> entries = new ArrayList<>();
        for (String entry : journal.entries) {
            JournalEntry read = json.readValue(entry, JournalEntry.class);
            assertThat(json.writeValueAsString(read)).isEqualTo(entry);
            entries.add(read);
        }
        assertThat(entries).extracting(e -> (Object) e.command().getClass()).contains(CreateClusterCommand.class,
                DeleteClusterCommand.class, RegisterTaskDefinitionCommand.class,
                DeregisterTaskDefinitionCommand.class, CreateServiceCommand.class, UpdateServiceCommand.class,
                DeleteServiceCommand.class, RunTaskCommand.class, StopTaskCommand.class, InjectFaultCommand.class,
                ClearFaultCommand.class);
    }

    @Test
    void replayingTheJournalRebuildsTheSameWorld() throws Exception {
        RecordingJournal journal = new RecordingJournal();
        Simulator original = Simulator.create(settings(), journal);
        Scenario.play(original);

        Simulator rebuilt = Simulator.create(settings(), CommandJournal.none());
        for (String entry : journal.entries) {
            rebuilt.replay(json.readValue(entry, JournalEntry.class));
        }
        rebuilt.advanceTo(java.time.Instant.ofEpochMilli(journal.clock));

        assertThat(rebuilt.now()).isEqualTo(original.now());
        WorldSnapshot snapshot = WorldSnapshot.of(original, Scenario.NAMES);
        assertThat(snapshot.clusters()).extracting(Cluster::status).contains("INACTIVE");
        assertThat(snapshot.services()).extracting(Service::status).containsExactly("INACTIVE");
        assertThat(snapshot.faults()).extracting(Fault::kind).containsExactly(FaultKind.INSUFFICIENT_MEMORY);
        assertThat(snapshot.tasks()).extracting(Task::stopCode).as("the faults struck").contains("TaskFailedToStart",
                "EssentialContainerExited", "TerminationNotice");
        assertThat(WorldSnapshot.of(rebuilt, Scenario.NAMES)).isEqualTo(snapshot);
    }

    private static WorldSettings settings() {
        return WorldSettings.of("journal", 77, EcsFixture.START);
    }
}
