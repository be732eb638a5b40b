package dev.berth.sim.apprunner;

import dev.berth.sim.SimRandom;

/**
 * The simulated traffic of one service: concurrent requests that swing around the service's own base level on a
 * two-hour wave with noise, from the service's own random stream, so one service's traffic never depends on
 * another's. Instances follow as App Runner scales them: enough for the concurrency at {@code maxConcurrency} each,
 * within the configuration's minimum and maximum size.
 */
final class RequestLoad {
    private static final double WAVE_MINUTES = 120;
    private static final double WAVE_DEPTH = 0.8;
    private static final double NOISE = 0.3;

    private final SimRandom random;
    private final int base;
    private final double phaseMinutes;

    RequestLoad(SimRandom engineRandom) {
        this.random = new SimRandom(engineRandom.nextLong());
        this.base = 30 + engineRandom.nextInt(151);
        this.phaseMinutes = engineRandom.nextInt((int) WAVE_MINUTES);
    }

    /** Concurrent requests {@code minutes} after the service was created. */
    int concurrency(long minutes) {
        double wave = 1 + WAVE_DEPTH * StrictMath.sin(2 * StrictMath.PI * (minutes + phaseMinutes) / WAVE_MINUTES);
        double noise = 1 - NOISE / 2 + NOISE * random.nextDouble();
        return (int) Math.round(base * wave * noise);
    }

    static int instances(int concurrency, int maxConcurrency, int minSize, int maxSize) {
        int needed = (concurrency + maxConcurrency - 1) / maxConcurrency;
        return Math.max(minSize, Math.min(maxSize, needed));
    }
}
