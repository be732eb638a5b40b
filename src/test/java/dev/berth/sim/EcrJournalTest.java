package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.sim.ecr.BatchDeleteImageCommand;
import dev.berth.sim.ecr.CreateRepositoryCommand;
import dev.berth.sim.ecr.DeleteLifecyclePolicyCommand;
import dev.berth.sim.ecr.DeleteRepositoryCommand;
import dev.berth.sim.ecr.PutImageCommand;
import dev.berth.sim.ecr.PutImageScanningConfigurationCommand;
import dev.berth.sim.ecr.PutImageTagMutabilityCommand;
import dev.berth.sim.ecr.PutLifecyclePolicyCommand;
import dev.berth.sim.ecr.StartImageScanCommand;
import dev.berth.sim.ecr.StartLifecyclePolicyPreviewCommand;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EcrJournalTest {
    private final JsonRecordingJournal journal = new JsonRecordingJournal();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyRegistryCommandIsJournaledAndReplaysToTheSameRegistry() throws Exception {
        Simulator original = Simulator.create(settings(), journal);
        EcrScenario.play(original);

        Simulator rebuilt = Simulator.create(settings(), CommandJournal.none());
        List<Class<?>> kinds = new ArrayList<>();
        for (String entry : journal.entries()) {
            JournalEntry read = json.readValue(entry, JournalEntry.class);
            assertThat(json.writeValueAsString(read)).isEqualTo(entry);
            kinds.add(read.command().getClass());
            rebuilt.replay(read);
        }
        rebuilt.advanceTo(Instant.ofEpochMilli(journal.clock()));

        assertThat(kinds).contains(CreateRepositoryCommand.class, DeleteRepositoryCommand.class,
                PutImageCommand.class, BatchDeleteImageCommand.class, PutImageTagMutabilityCommand.class,
                PutImageScanningConfigurationCommand.class, StartImageScanCommand.class,
                PutLifecyclePolicyCommand.class, DeleteLifecyclePolicyCommand.class,
                StartLifecyclePolicyPreviewCommand.class);
        assertThat(EcrScenario.Snapshot.of(rebuilt)).isEqualTo(EcrScenario.Snapshot.of(original));
    }

    private static WorldSettings settings() {
        return WorldSettings.of("journal", 11, EcsFixture.START);
    }
}
