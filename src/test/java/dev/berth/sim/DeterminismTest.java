package dev.berth.sim;

import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    @Test
    void theSameSeedAndCommandsGiveTheSameHistory() {
        Simulator first = simulator(42);
        Simulator second = simulator(42);

        Scenario.play(first);
        Scenario.play(second);

        WorldSnapshot snapshot = WorldSnapshot.of(first, Scenario.NAMES);
        assertThat(snapshot.tasks()).hasSizeGreaterThan(5);
        assertThat(snapshot).isEqualTo(WorldSnapshot.of(second, Scenario.NAMES));
    }

    @Test
    void anotherSeedGivesAnotherHistory() {
        Simulator first = simulator(42);
        Simulator second = simulator(43);

        Scenario.play(first);
        Scenario.play(second);

        assertThat(WorldSnapshot.of(first, Scenario.NAMES).tasks()).extracting(Task::taskArn)
                .doesNotContainAnyElementsOf(WorldSnapshot.of(second, Scenario.NAMES).tasks().stream()
                        .map(Task::taskArn).toList());
    }

    @Test
    void historyDoesNotDependOnHowTimeIsSliced() {
        Simulator oneStep = simulator(9);
        Simulator manySteps = simulator(9);
        DemoWorld.populate(oneStep.ecs());
        DemoWorld.populate(manySteps.ecs());

        oneStep.advanceBy(Duration.ofHours(1));
        for (int second = 0; second < 3600; second++) {
            manySteps.advanceBy(Duration.ofSeconds(1));
        }

        WorldSnapshot snapshot = WorldSnapshot.of(oneStep, Scenario.NAMES);
        Service demo = snapshot.services().get(0);
        assertThat(demo.events()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(snapshot).isEqualTo(WorldSnapshot.of(manySteps, Scenario.NAMES));
    }

    private static Simulator simulator(long seed) {
        return Simulator.create(WorldSettings.of("determinism", seed, EcsFixture.START), CommandJournal.none());
    }
}
