package dev.berth.ui.testing;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutMetricAlarmRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CloudWatch whose datapoints the test puts, one a minute per metric: GetMetricData answers the ones that start in
 * the asked window, and every query asked is kept, so a test can check what a view read.
 */
public final class FakeCloudWatch implements CloudWatchGateway {
    private final Map<Metric, TreeMap<Instant, Double>> datapoints = new LinkedHashMap<>();
    private final List<MetricDataQuery> asked = new ArrayList<>();
    private final Map<String, MetricAlarm> alarms = new TreeMap<>();
    private GatewayException refusal;

    public synchronized void put(Metric metric, Instant timestamp, double value) {
        datapoints.computeIfAbsent(metric, m -> new TreeMap<>()).put(timestamp, value);
    }

    /** From now on GetMetricData throws {@code failure}, as for a connection without cloudwatch:GetMetricData. */
    public synchronized void refuse(GatewayException failure) {
        refusal = failure;
    }

    /** Every query GetMetricData was asked, oldest first. */
    public synchronized List<MetricDataQuery> asked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized Page<MetricDataResult> getMetricData(List<MetricDataQuery> metricDataQueries,
                                                             Instant startTime, Instant endTime, String nextToken) {
        asked.addAll(metricDataQueries);
        if (refusal != null) {
            throw refusal;
        }
        List<MetricDataResult> results = new ArrayList<>();
        for (MetricDataQuery query : metricDataQueries) {
            if (Boolean.FALSE.equals(query.returnData())) {
                continue;
            }
            Map<Instant, Double> window = datapoints.getOrDefault(query.metricStat().metric(), new TreeMap<>())
                    .subMap(startTime, endTime);
            results.add(new MetricDataResult(query.id(), query.label() != null ? query.label()
                    : query.metricStat().metric().metricName(), List.copyOf(window.keySet()),
                    List.copyOf(window.values())));
        }
        return new Page<>(results, null);
    }

    @Override
    public synchronized Page<MetricAlarm> describeAlarms(List<String> alarmNames, String nextToken) {
        return new Page<>(alarms.values().stream()
                .filter(a -> alarmNames.isEmpty() || alarmNames.contains(a.alarmName())).toList(), null);
    }

    @Override
    public synchronized void putMetricAlarm(PutMetricAlarmRequest request) {
        alarms.put(request.alarmName(), new MetricAlarm(request.alarmName(), "arn:aws:cloudwatch:us-east-1:"
                + "123456789012:alarm:" + request.alarmName(), request.metric().namespace(),
                request.metric().metricName(), request.metric().dimensions(), request.statistic(), request.period(),
                request.evaluationPeriods(), request.datapointsToAlarm(), request.threshold(),
                request.comparisonOperator(), request.alarmActions(), "INSUFFICIENT_DATA"));
    }

    @Override
    public synchronized void deleteAlarms(List<String> alarmNames) {
        alarmNames.forEach(alarms::remove);
    }
}
