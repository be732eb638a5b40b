package dev.berth.sim;

import java.time.Duration;
import java.util.List;

/**
 * The world's one source of randomness: SplitMix64 from the world's seed. Written out here rather than borrowed from
 * the JDK so a journal replays to the same history on any Java version.
 */
public final class SimRandom {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private long state;

    public SimRandom(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [min, max], in milliseconds. */
    public Duration between(Duration min, Duration max) {
        long span = max.toMillis() - min.toMillis();
        return Duration.ofMillis(min.toMillis() + (span <= 0 ? 0 : (nextLong() >>> 1) % (span + 1)));
    }

    public <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** {@code length} lowercase hex digits, e.g. a task id. */
    public String hex(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(HEX[nextInt(16)]);
        }
        return out.toString();
    }

    /** {@code length} letters and digits, e.g. the suffix CloudFormation gives the resources it names. */
    public String alphanumeric(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC[nextInt(ALPHANUMERIC.length)]);
        }
        return out.toString();
    }

    /** {@code length} decimal digits without a leading zero, e.g. the number of a deployment id. */
    public String digits(int length) {
        StringBuilder out = new StringBuilder(length);
        out.append((char) ('1' + nextInt(9)));
        for (int i = 1; i < length; i++) {
            out.append((char) ('0' + nextInt(10)));
        }
        return out.toString();
    }

    /** A version 4 UUID in its usual text form. */
    public String uuid() {
        String h = hex(32);
        char variant = HEX[8 + nextInt(4)];
        return h.substring(0, 8) + '-' + h.substring(8, 12) + "-4" + h.substring(13, 16) + '-' + variant
                + h.substring(17, 20) + '-' + h.substring(20);
    }
}
