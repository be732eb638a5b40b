package dev.berth.sim.scaling;

import dev.berth.core.model.MetricDataResult;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/** A service's one-minute datapoints, oldest first, kept for three days of virtual time. */
final class ServiceMetrics {
    private static final int KEPT = 3 * 24 * 60;

    private final Deque<MetricDatapoint> datapoints = new ArrayDeque<>();

    void add(MetricDatapoint datapoint) {
        datapoints.addLast(datapoint);
        while (datapoints.size() > KEPT) {
            datapoints.removeFirst();
        }
    }

    /**
     * The named metric over the last {@code count} minutes before {@code nowMillis}, oldest first, or null when any
     * of those minutes has no datapoint (the alarm then lacks data).
     */
    List<Double> last(String metricName, int count, long nowMillis) {
        List<Double> values = new ArrayList<>(count);
        long expected = nowMillis - 60_000L * count;
        Iterator<MetricDatapoint> newestFirst = datapoints.descendingIterator();
        List<MetricDatapoint> window = new ArrayList<>(count);
        while (newestFirst.hasNext() && window.size() < count) {
            MetricDatapoint point = newestFirst.next();
            if (point.minuteStart() < expected) {
                break;
            }
            window.add(0, point);
        }
        if (window.size() < count) {
            return null;
        }
        for (MetricDatapoint point : window) {
            Double value = point.value(metricName);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /** The named metric's datapoints of the minutes that start in [startTime, endTime). */
    MetricDataResult series(String metricName, Instant startTime, Instant endTime) {
        List<Instant> timestamps = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (MetricDatapoint point : datapoints) {
            Double value = point.value(metricName);
            Instant minute = Instant.ofEpochMilli(point.minuteStart());
            if (value != null && !minute.isBefore(startTime) && minute.isBefore(endTime)) {
                timestamps.add(minute);
                values.add(value);
            }
        }
        return new MetricDataResult(metricName, metricName, timestamps, values);
    }
}
