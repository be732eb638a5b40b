package dev.berth.sim.scaling;


/**
 * One service's metrics for the minute starting at {@code minuteStart}. CPU, memory and requests per target are null
 * when no task was running, as CloudWatch then has no datapoint. For a service that works on an SQS queue, the
 * queue's ApproximateNumberOfMessagesVisible at the minute's end and the backlog per task (null without running
 * tasks, as metric math has no datapoint when it divides by zero); null for other services.
 */
record MetricDatapoint(long minuteStart, Double cpuUtilization, Double memoryUtilization, double requestCount,
                       Double requestCountPerTarget, int runningTaskCount, Double approximateNumberOfMessagesVisible,
                       Double backlogPerTask) {

    /** Memory a task holds with no load, in percent; the load adds half its CPU on top. */
    private static final double MEMORY_BASE = 30;

    /**
     * The minute's datapoint from the load over the minute and the tasks that ran it; {@code queueMessages} is the
     * visible messages of the service's queue, or null when it works on none.
     */
    static MetricDatapoint of(long minuteStart, double requestsPerMinute, int runningTasks, double taskCapacity,
                              Long queueMessages) {
        Double visible = queueMessages == null ? null : queueMessages.doubleValue();
        if (runningTasks == 0) {
            return new MetricDatapoint(minuteStart, null, null, requestsPerMinute, null, 0, visible, null);
        }
        double cpu = Math.min(100, 100 * requestsPerMinute / (runningTasks * taskCapacity));
        double memory = Math.min(100, MEMORY_BASE + cpu / 2);
        return new MetricDatapoint(minuteStart, cpu, memory, requestsPerMinute, requestsPerMinute / runningTasks,
                runningTasks, visible, visible == null ? null : visible / runningTasks);
    }

    /** The named metric's value, or null when the minute has none. */
    Double value(String metricName) {
        return switch (metricName) {
            case "CPUUtilization" -> cpuUtilization;
            case "MemoryUtilization" -> memoryUtilization;
            case "RequestCount" -> requestCount;
            case "RequestCountPerTarget" -> requestCountPerTarget;
            case "RunningTaskCount" -> (double) runningTaskCount;
            case QueueMetric.VISIBLE -> approximateNumberOfMessagesVisible;
            case QueueMetric.BACKLOG_PER_TASK -> backlogPerTask;
            default -> throw new IllegalArgumentException("Not a service metric: " + metricName);
        };
    }
}
