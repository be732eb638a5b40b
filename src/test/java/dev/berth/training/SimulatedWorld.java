package dev.berth.training;

import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A fresh, empty simulator world behind a gateway whose clock moves only when a test (or a lesson) steps it. */
public final class SimulatedWorld implements Gateway, SimulationClock {
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final Simulator simulator;

    public SimulatedWorld(String name, long seed) {
        simulator = Simulator.create(WorldSettings.of(name, seed, START), CommandJournal.none());
    }

    public Simulator simulator() {
        return simulator;
    }

    @Override
    public EcsGateway ecs() {
        return simulator.ecs();
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return Optional.of(this);
    }

    @Override
    public String backendName() {
        return "Simulator · " + simulator.settings().name();
    }

    @Override
    public String region() {
        return simulator.settings().region();
    }

    @Override
    public Instant now() {
        return simulator.now();
    }

    @Override
    public boolean isRunning() {
        return false;
    }

    @Override
    public void play() {
        throw new UnsupportedOperationException("tests step the clock");
    }

    @Override
    public void pause() {
    }

    @Override
    public ClockSpeed speed() {
        return ClockSpeed.X1;
    }

    @Override
    public void setSpeed(ClockSpeed speed) {
    }

    @Override
    public void step(Duration amount) {
        simulator.advanceBy(amount);
    }
}
