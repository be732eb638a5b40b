package dev.berth.training;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.gateway.Gateway;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.testing.SteppedClock;

import java.time.Instant;

/** A fresh, empty simulator world behind a gateway whose clock moves only when stepped (by a test or a lesson). */
public final class FreshWorld {
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private FreshWorld() {
    }

    public static Gateway named(String name, long seed) {
        Simulator simulator = Simulator.create(WorldSettings.of(name, seed, START), CommandJournal.none());
        return new SimulatorBackend(simulator, new SteppedClock(simulator));
    }
}
