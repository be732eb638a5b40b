package dev.berth.sim;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.MetricStat;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutMetricAlarmRequest;
import dev.berth.sim.scaling.CloudWatchRules;
import dev.berth.sim.scaling.DeleteAlarmsCommand;
import dev.berth.sim.scaling.MinuteStatistics;
import dev.berth.sim.scaling.PutMetricAlarmCommand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's CloudWatch: the one-minute metrics its engines compute (services' CPU, memory, running tasks,
 * requests and queue depth; capacity providers' reservation and their groups' size; App Runner services' latest
 * active instances and concurrency), aggregated to the asked period,
 * and the metric alarms step scaling acts on. Alarms change through journaled commands.
 */
final class SimCloudWatchGateway implements CloudWatchGateway {
    /** DescribeAlarms' default MaxRecords. */
    static final int ALARMS_PAGE = 50;

    private final Simulator simulator;

    SimCloudWatchGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Page<MetricDataResult> getMetricData(List<MetricDataQuery> metricDataQueries, Instant startTime,
                                                Instant endTime, String nextToken) {
        CloudWatchRules.check(metricDataQueries, startTime, endTime);
        if (nextToken != null) {
            throw invalidNextToken();
        }
        List<MetricDataResult> results = new ArrayList<>();
        for (MetricDataQuery query : metricDataQueries) {
            if (Boolean.FALSE.equals(query.returnData())) {
                continue;
            }
            MetricStat stat = query.metricStat();
            MetricDataResult minutes = minutes(stat, startTime, endTime);
            String label = query.label() != null ? query.label() : stat.metric().metricName();
            results.add(MinuteStatistics.perPeriod(minutes, query.id(), label, stat.period(), stat.stat()));
        }
        return new Page<>(results, null);
    }

    /** Whichever engine computes the metric answers; a metric none computes has no datapoints, as on AWS. */
    private MetricDataResult minutes(MetricStat stat, Instant startTime, Instant endTime) {
        MetricDataResult service = simulator.readScaling(s -> s.minuteSeries(stat.metric(), startTime, endTime));
        if (service != null) {
            return service;
        }
        MetricDataResult capacity = simulator.read(ecs -> ecs.capacityMetric(stat.metric(), startTime, endTime));
        if (capacity != null) {
            return capacity;
        }
        MetricDataResult appRunner = simulator.readAppRunner(a -> a.minuteSeries(stat.metric(), startTime, endTime));
        return appRunner != null ? appRunner : new MetricDataResult(stat.metric().metricName(),
                stat.metric().metricName(), List.of(), List.of());
    }

    @Override
    public Page<MetricAlarm> describeAlarms(List<String> alarmNames, String nextToken) {
        List<MetricAlarm> alarms = simulator.readScaling(s -> s.describeAlarms(List.copyOf(alarmNames)));
        return MarkerPages.of(alarms, nextToken, ALARMS_PAGE, SimCloudWatchGateway::invalidNextToken);
    }

    @Override
    public void putMetricAlarm(PutMetricAlarmRequest request) {
        simulator.execute(new PutMetricAlarmCommand(request));
    }

    @Override
    public void deleteAlarms(List<String> alarmNames) {
        simulator.execute(new DeleteAlarmsCommand(List.copyOf(alarmNames)));
    }

    private static GatewayException invalidNextToken() {
        return GatewayException.client("InvalidNextToken", "The service returned an error with Error Code "
                + "InvalidNextToken: the token was not handed out by this endpoint.");
    }
}
