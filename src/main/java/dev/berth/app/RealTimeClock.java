package dev.berth.app;

import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.sim.Simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drives the simulator's virtual clock from wall time: every tick it advances simulated time by the wall time that
 * passed times the speed. MAX advances in scheduler-sized steps for most of each tick, leaving the rest of the
 * machine to the UI. The simulator itself never reads the wall clock; this class is where wall time comes in.
 */
public final class RealTimeClock implements SimulationClock, AutoCloseable {
    private static final long TICK_MILLIS = 100;
    private static final int TICKS_PER_SAVE = 20;
    private static final long MAX_SPEED_BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(70);
    private static final Duration MAX_SPEED_STEP = Duration.ofSeconds(15);

    private final Simulator simulator;
    private final Runnable save;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "berth-clock");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;
    private volatile ClockSpeed speed;
    /** Simulated seconds per wall second; 0 runs as fast as the machine allows. */
    private volatile int factor;
    private long lastTickNanos;
    private int ticksSinceSave;

    /**
     * @param save      runs on the clock thread every two seconds or so, to save how far the clock has run
     * @param factor    simulated seconds per wall second (the GUI's presets, or {@code serve --speed N})
     */
    public RealTimeClock(Simulator simulator, Runnable save, int factor) {
        this.simulator = simulator;
        this.save = save;
        this.factor = factor;
        this.speed = ClockSpeed.nearest(factor);
    }

    public void start() {
        lastTickNanos = System.nanoTime();
        running = true;
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        long now = System.nanoTime();
        long elapsed = now - lastTickNanos;
        lastTickNanos = now;
        try {
            if (running) {
                advance(elapsed, now);
            }
            if (++ticksSinceSave >= TICKS_PER_SAVE) {
                ticksSinceSave = 0;
                save.run();
            }
        } catch (RuntimeException e) {
            running = false;
            System.err.println("Berth: the simulator stopped its clock: " + e);
        }
    }

    private void advance(long elapsedNanos, long tickStart) {
        if (factor == 0) {
            while (System.nanoTime() - tickStart < MAX_SPEED_BUDGET_NANOS) {
                simulator.advanceBy(MAX_SPEED_STEP);
            }
        } else {
            simulator.advanceBy(Duration.ofNanos(elapsedNanos * factor));
        }
    }

    @Override
    public Instant now() {
        return simulator.now();
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
    public void setSpeed(ClockSpeed speed) {
        this.speed = speed;
        this.factor = speed.factor();
    }

    @Override
    public void step(Duration amount) {
        simulator.advanceBy(amount);
    }

    @Override
    public void close() {
        ticker.shutdown();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        save.run();
    }
}
