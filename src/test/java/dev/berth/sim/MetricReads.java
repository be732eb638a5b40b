package dev.berth.sim;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;

import java.time.Instant;
import java.util.List;

/** Tests read the simulator's metrics as the views do: one CloudWatch query, one-minute averages. */
public final class MetricReads {
    private MetricReads() {
    }

    /** The metric's one-minute averages of the minutes that start in [from, to). */
    public static MetricDataResult perMinute(CloudWatchGateway cloudWatch, Metric metric, Instant from, Instant to) {
        return cloudWatch.getMetricData(List.of(MetricDataQuery.perMinute("m", metric, "Average")), from, to, null)
                .items().get(0);
    }
}
