package dev.berth.core.settings;

/** Where the main window was and how big, in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height) {

    /** Sizes below this are a broken file or a minimised window, not something to restore. */
    static final double MIN_SIZE = 200;

    public boolean usable() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= MIN_SIZE && height >= MIN_SIZE
                && Double.isFinite(width) && Double.isFinite(height);
    }
}
