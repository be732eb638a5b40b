package dev.berth.core.rollout;

/**
 * What a rolling update of a REPLICA service must keep to (AWS-BEHAVIOUR.md §2.5): at least {@code minimumHealthy}
 * tasks healthy, at most {@code maximumTotal} tasks wanting to run. AWS rounds the minimum up and the maximum down.
 */
public record DeploymentBounds(int desiredCount, int minimumHealthy, int maximumTotal) {
    private static final int MIN_BREAKER_THRESHOLD = 3;
    private static final int MAX_BREAKER_THRESHOLD = 200;

    /** {@code ceil(D × min / 100)} and {@code floor(D × max / 100)}, in longs so large counts cannot overflow. */
    public static DeploymentBounds of(int desiredCount, int minimumHealthyPercent, int maximumPercent) {
        int minimumHealthy = (int) ((desiredCount * (long) minimumHealthyPercent + 99) / 100);
        int maximumTotal = (int) Math.min(Integer.MAX_VALUE, desiredCount * (long) maximumPercent / 100);
        return new DeploymentBounds(desiredCount, minimumHealthy, maximumTotal);
    }

    /**
     * How many failed tasks trip the deployment circuit breaker: {@code min(200, max(3, ceil(0.5 × D)))}. The
     * current API reference gives 3 as the floor; guides written before 2024 said 10.
     */
    public static int circuitBreakerThreshold(int desiredCount) {
        long half = (desiredCount + 1L) / 2;
        return (int) Math.min(MAX_BREAKER_THRESHOLD, Math.max(MIN_BREAKER_THRESHOLD, half));
    }
}
