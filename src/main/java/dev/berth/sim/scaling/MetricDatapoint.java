package dev.berth.sim.scaling;

import java.util.List;

/**
 * One service's metrics for the minute starting at {@code minuteStart}. CPU, memory and requests per target are null
 * when no task was running, as CloudWatch then has no datapoint.
 */
record MetricDatapoint(long minuteStart, Double cpuUtilization, Double memoryUtilization, double requestCount,
                       Double requestCountPerTarget, int runningTaskCount) {

    /** The metric names CloudWatch uses: AWS/ECS CPUUtilization and MemoryUtilization, the ALB's request counts. */
    static final List<String> METRIC_NAMES = java.util.List.of("CPUUtilization", "MemoryUtilization",
            "RequestCount", "RequestCountPerTarget", "RunningTaskCount");

    /** Memory a task holds with no load, in percent; the load adds half its CPU on top. */
    private static final double MEMORY_BASE = 30;

    /** The minute's datapoint from the load over the minute and the tasks that ran it. */
    static MetricDatapoint of(long minuteStart, double requestsPerMinute, int runningTasks, double taskCapacity) {
        if (runningTasks == 0) {
            return new MetricDatapoint(minuteStart, null, null, requestsPerMinute, null, 0);
        }
        double cpu = Math.min(100, 100 * requestsPerMinute / (runningTasks * taskCapacity));
        double memory = Math.min(100, MEMORY_BASE + cpu / 2);
        return new MetricDatapoint(minuteStart, cpu, memory, requestsPerMinute, requestsPerMinute / runningTasks,
                runningTasks);
    }

    static void checkMetricName(String metricName) {
        if (!METRIC_NAMES.contains(metricName)) {
            throw ScalingErrors.validation("Unknown metric name: " + metricName + ". Use one of " + METRIC_NAMES
                    + ".");
        }
    }

    /** The named metric's value, or null when the minute has none. */
    Double value(String metricName) {
        return switch (metricName) {
            case "CPUUtilization" -> cpuUtilization;
            case "MemoryUtilization" -> memoryUtilization;
            case "RequestCount" -> requestCount;
            case "RequestCountPerTarget" -> requestCountPerTarget;
            case "RunningTaskCount" -> (double) runningTaskCount;
            default -> throw new IllegalArgumentException("Not a service metric: " + metricName);
        };
    }
}
