package dev.berth.core.gateway;

import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's virtual clock as the UI controls it: pause, play, speed and single steps. Only a simulator
 * backend has one; real AWS runs on real time.
 */
public interface SimulationClock {

    Instant now();

    boolean isRunning();

    void play();

    void pause();

    ClockSpeed speed();

    void setSpeed(ClockSpeed speed);

    /** Advances simulated time by {@code amount} at once, whether running or paused. */
    void step(Duration amount);
}
