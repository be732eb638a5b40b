package dev.berth.sim;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.PutImageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EcrDeterminismTest {

    @Test
    void theSameSeedAndCommandsGiveTheSameRegistry() {
        Simulator first = simulator(42);
        Simulator second = simulator(42);

        EcrScenario.play(first);
        EcrScenario.play(second);

        EcrScenario.Snapshot snapshot = EcrScenario.Snapshot.of(first);
        assertThat(snapshot.images()).hasSizeGreaterThan(3)
                .anySatisfy(image -> assertThat(image.imageScanFindingsSummary()).isNotNull());
        assertThat(snapshot.policies()).singleElement()
                .satisfies(policy -> assertThat(policy.lastEvaluatedAt()).isNotNull());
        assertThat(snapshot).isEqualTo(EcrScenario.Snapshot.of(second));
    }

    @Test
    void scansTakeTimesFromTheSeed() {
        Simulator first = simulator(42);
        Simulator second = simulator(43);

        EcrScenario.play(first);
        EcrScenario.play(second);

        assertThat(completions(first)).isNotEqualTo(completions(second));
    }

    @Test
    void registryCallsLeaveTheEcsHistoryOfASeedAsItWas() {
        Simulator ecsOnly = simulator(42);
        Simulator withRegistry = simulator(42);
        withRegistry.ecr().createRepository(new CreateRepositoryRequest("busy", null,
                new ImageScanningConfiguration(true), null, List.of()));
        for (int i = 0; i < 5; i++) {
            withRegistry.ecr().putImage(new PutImageRequest("busy", ImageManifest.build("busy", "t" + i, 5_000_000L,
                    2), null, "t" + i, null));
        }

        Scenario.play(ecsOnly);
        Scenario.play(withRegistry);

        assertThat(WorldSnapshot.of(withRegistry, Scenario.NAMES)).isEqualTo(WorldSnapshot.of(ecsOnly,
                Scenario.NAMES));
    }

    private static List<Instant> completions(Simulator simulator) {
        return EcrScenario.Snapshot.of(simulator).images().stream()
                .filter(image -> image.imageScanFindingsSummary() != null)
                .map(image -> image.imageScanFindingsSummary().imageScanCompletedAt()).toList();
    }

    private static Simulator simulator(long seed) {
        return Simulator.create(WorldSettings.of("determinism", seed, EcsFixture.START), CommandJournal.none());
    }
}
