package dev.berth.app;

import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.settings.BerthHome;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.store.WorldStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The Faults panel holds the views' one gateway: its faults are always those of the world that is open. */
class SwitchingGatewayFaultsTest {
    private static final Instant WALL = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path root;
    private WorldSwitch worlds;

    @BeforeEach
    void openTheUsersWorld() {
        BerthHome home = new BerthHome(root);
        WorldStore.OpenedWorld demo = new WorldStore().open(home.world("demo"), "demo", WALL,
                new WorldStore.NewWorld(1, true));
        worlds = new WorldSwitch(home, new WorldStore(), "demo", demo, () -> WALL);
    }

    @AfterEach
    void closeIt() {
        worlds.close();
    }

    @Test
    void faultsFollowTheWorldTheViewsShow() {
        FaultInjection faults = worlds.gateway().faultInjection().orElseThrow();
        faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.ESSENTIAL_CONTAINER_EXITS,
                FaultScope.service(DemoWorld.CLUSTER, DemoWorld.SERVICE)));

        worlds.enter("ecs-first-service", false);
        assertThat(faults.listFaults()).as("the lesson's world has none").isEmpty();

        worlds.leave();
        assertThat(faults.listFaults()).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FaultKind.ESSENTIAL_CONTAINER_EXITS));
    }
}
