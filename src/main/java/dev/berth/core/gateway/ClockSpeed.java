package dev.berth.core.gateway;

/** How fast simulated time runs against wall time. MAX runs as fast as the machine allows. */
public enum ClockSpeed {
    X1(1), X10(10), X60(60), MAX(0);

    private final int factor;

    ClockSpeed(int factor) {
        this.factor = factor;
    }

    /** Simulated seconds per wall second; 0 for MAX. */
    public int factor() {
        return factor;
    }

    /** The preset for {@code factor} simulated seconds per wall second: an exact match, else the largest below it. */
    public static ClockSpeed nearest(int factor) {
        if (factor == 0) {
            return MAX;
        }
        ClockSpeed best = X1;
        for (ClockSpeed speed : values()) {
            if (speed != MAX && speed.factor <= factor) {
                best = speed;
            }
        }
        return best;
    }

    public String label() {
        return this == MAX ? "max" : factor + "×";
    }
}
