package dev.berth.sim;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceMetrics;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;

import java.time.Instant;
import java.util.List;

/** Tests read the simulator's metrics as the views do: one CloudWatch query, one-minute averages. */
public final class MetricReads {
    private MetricReads() {
    }

    /**
     * The App Runner service's latest ActiveInstances and Concurrency, from the last minutes of the simulator's
     * CloudWatch; zero for a metric without a datapoint.
     */
    public static AppRunnerServiceMetrics latest(Simulator simulator, AppRunnerService service) {
        Instant to = simulator.now().plusSeconds(60);
        Instant from = to.minusSeconds(300);
        MetricDataResult instances = perMinute(simulator.cloudWatch(), Metric.appRunnerService("ActiveInstances",
                service.serviceName(), service.serviceId()), from, to);
        MetricDataResult concurrency = perMinute(simulator.cloudWatch(), Metric.appRunnerService("Concurrency",
                service.serviceName(), service.serviceId()), from, to);
        return new AppRunnerServiceMetrics(instances.timestamps().isEmpty() ? null
                : instances.timestamps().get(instances.timestamps().size() - 1),
                (int) last(instances), (int) last(concurrency));
    }

    private static double last(MetricDataResult result) {
        return result.values().isEmpty() ? 0 : result.values().get(result.values().size() - 1);
    }

    /** The metric's one-minute averages of the minutes that start in [from, to). */
    public static MetricDataResult perMinute(CloudWatchGateway cloudWatch, Metric metric, Instant from, Instant to) {
        return cloudWatch.getMetricData(List.of(MetricDataQuery.perMinute("m", metric, "Average")), from, to, null)
                .items().get(0);
    }
}
