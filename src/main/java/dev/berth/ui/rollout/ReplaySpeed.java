package dev.berth.ui.rollout;

/** How much faster than it happened a replay runs: simulated (or real) seconds per wall second. */
public enum ReplaySpeed {
    X1(1), X5(5), X10(10), X30(30), X60(60);

    private final int factor;

    ReplaySpeed(int factor) {
        this.factor = factor;
    }

    public int factor() {
        return factor;
    }

    @Override
    public String toString() {
        return factor + "×";
    }
}
