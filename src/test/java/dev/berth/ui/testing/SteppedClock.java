package dev.berth.ui.testing;

import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.sim.Simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's clock for GUI tests: always paused, so simulated time moves only when the test (through the
 * status bar's step controls) says so. Play and speed are remembered and change nothing.
 */
public final class SteppedClock implements SimulationClock {
    private final Simulator simulator;
    private ClockSpeed speed = ClockSpeed.X1;

    public SteppedClock(Simulator simulator) {
        this.simulator = simulator;
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
        // Tests never let simulated time run by itself.
    }

    @Override
    public void pause() {
        // Always paused.
    }

    @Override
    public ClockSpeed speed() {
        return speed;
    }

    @Override
    public void setSpeed(ClockSpeed newSpeed) {
        speed = newSpeed;
    }

    @Override
    public void step(Duration amount) {
        simulator.advanceBy(amount);
    }
}
