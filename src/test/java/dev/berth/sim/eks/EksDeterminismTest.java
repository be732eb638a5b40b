package dev.berth.sim.eks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.SpotInterruption;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.berth.sim.eks.EksFixture.CLUSTER;
import static dev.berth.sim.eks.EksFixture.NODEGROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** Same seed and same EKS calls give the same EKS history, and a journal replays to it. */
class EksDeterminismTest {
    private final ObjectMapper json = new ObjectMapper();

    /** Everything EKS shows of the lab's cluster and node group, as text to compare. */
    private static String history(Simulator simulator) {
        var eks = simulator.eks();
        return List.of(eks.describeCluster(CLUSTER), eks.describeNodegroup(CLUSTER, NODEGROUP),
                eks.listNodes(CLUSTER, NODEGROUP), eks.listUpdates(CLUSTER, NODEGROUP, null, null).items().stream()
                        .map(id -> eks.describeUpdate(CLUSTER, id, NODEGROUP)).toList()).toString();
    }

    private static void play(EksFixture world) {
        world.withActiveCluster(null).withActiveNodegroup(2, "SPOT");
        world.eks.updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(CLUSTER, NODEGROUP,
                new NodegroupScalingConfig(null, null, 4)));
        world.advance(Duration.ofMinutes(3));
        world.simulator.faults().interruptSpotInstance(new SpotInterruption(CLUSTER, NODEGROUP, null, true));
        world.advance(Duration.ofMinutes(1));
    }

    @Test
    void theSameSeedAndCallsGiveTheSameNodesAndUpdates() {
        EksFixture first = new EksFixture(5);
        EksFixture second = new EksFixture(5);
        EksFixture other = new EksFixture(6);

        play(first);
        play(second);
        play(other);

        assertThat(history(first.simulator)).isEqualTo(history(second.simulator));
        assertThat(history(first.simulator)).isNotEqualTo(history(other.simulator));
    }

    @Test
    void aJournalOfEksCommandsReplaysToTheSameHistory() throws Exception {
        List<String> written = new ArrayList<>();
        EksFixture original = new EksFixture(8, new CommandJournal() {
            @Override
            public void append(JournalEntry entry) {
                try {
                    written.add(json.writeValueAsString(entry));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }

            @Override
            public void recordClock(long epochMillis) {
            }
        });
        play(original);

        Simulator replayed = Simulator.create(WorldSettings.of("eks-test", 8, EksFixture.START),
                CommandJournal.none());
        for (String entry : written) {
            replayed.replay(json.readValue(entry, JournalEntry.class));
        }
        replayed.advanceTo(original.simulator.now());

        assertThat(written).hasSize(4);
        assertThat(history(replayed)).isEqualTo(history(original.simulator));
    }
}
