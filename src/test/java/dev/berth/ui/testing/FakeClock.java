package dev.berth.ui.testing;

import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.gateway.SimulationClock;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** A simulation clock that only moves when stepped; a test can make each step change the fake account. */
public final class FakeClock implements SimulationClock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private boolean running;
    private ClockSpeed speed = ClockSpeed.X1;
    private Consumer<Instant> onStep = time -> { };

    public void onStep(Consumer<Instant> action) {
        onStep = action;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void play() {
        running = true;
    }

    @Override
    public void pause() {
        running = false;
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
        now = now.plus(amount);
        onStep.accept(now);
    }
}
