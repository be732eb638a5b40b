package dev.berth.aws;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.MetricDimension;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

import java.time.Instant;
import java.util.List;

import static dev.berth.aws.EcsShapes.emptyAsNull;
import static dev.berth.aws.EcsShapes.map;

/**
 * Amazon CloudWatch through the SDK's {@link CloudWatchClient}: one SDK call per method, failures translated, writes
 * refused while the connection is read-only.
 */
public final class AwsCloudWatchGateway implements CloudWatchGateway {
    private final CloudWatchClient cloudWatch;
    private final SdkCalls calls;

    AwsCloudWatchGateway(CloudWatchClient cloudWatch, SdkCalls calls) {
        this.cloudWatch = cloudWatch;
        this.calls = calls;
    }

    @Override
    public Page<MetricDataResult> getMetricData(List<MetricDataQuery> metricDataQueries, Instant startTime,
                                                Instant endTime, String nextToken) {
        return calls.read("GetMetricData", () -> {
            var answer = cloudWatch.getMetricData(r -> r.metricDataQueries(map(metricDataQueries,
                            AwsCloudWatchGateway::query)).startTime(startTime).endTime(endTime)
                    .scanBy(ScanBy.TIMESTAMP_ASCENDING).nextToken(nextToken));
            return new Page<>(map(answer.metricDataResults(), r -> new MetricDataResult(r.id(), r.label(),
                    r.timestamps(), r.values())), answer.nextToken());
        });
    }

    @Override
    public Page<MetricAlarm> describeAlarms(List<String> alarmNames, String nextToken) {
        return calls.read("DescribeAlarms", () -> {
            var answer = cloudWatch.describeAlarms(r -> r.alarmNames(emptyAsNull(alarmNames)).nextToken(nextToken));
            return new Page<>(map(answer.metricAlarms(), AwsCloudWatchGateway::alarm), answer.nextToken());
        });
    }

    @Override
    public void putMetricAlarm(PutMetricAlarmRequest request) {
        calls.write("PutMetricAlarm", () -> cloudWatch.putMetricAlarm(r -> r.alarmName(request.alarmName())
                .namespace(request.metric().namespace()).metricName(request.metric().metricName())
                .dimensions(map(request.metric().dimensions(), AwsCloudWatchGateway::dimension))
                .statistic(request.statistic()).period(request.period())
                .evaluationPeriods(request.evaluationPeriods()).datapointsToAlarm(request.datapointsToAlarm())
                .threshold(request.threshold()).comparisonOperator(request.comparisonOperator())
                .alarmActions(request.alarmActions())));
    }

    @Override
    public void deleteAlarms(List<String> alarmNames) {
        calls.write("DeleteAlarms", () -> cloudWatch.deleteAlarms(r -> r.alarmNames(alarmNames)));
    }

    private static software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery query(MetricDataQuery query) {
        Metric metric = query.metricStat().metric();
        return software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery.builder().id(query.id())
                .label(query.label()).returnData(query.returnData())
                .metricStat(s -> s.period(query.metricStat().period()).stat(query.metricStat().stat())
                        .metric(m -> m.namespace(metric.namespace()).metricName(metric.metricName())
                                .dimensions(map(metric.dimensions(), AwsCloudWatchGateway::dimension))))
                .build();
    }

    private static Dimension dimension(MetricDimension dimension) {
        return Dimension.builder().name(dimension.name()).value(dimension.value()).build();
    }

    private static MetricAlarm alarm(software.amazon.awssdk.services.cloudwatch.model.MetricAlarm alarm) {
        return new MetricAlarm(alarm.alarmName(), alarm.alarmArn(), alarm.namespace(), alarm.metricName(),
                map(alarm.dimensions(), d -> new MetricDimension(d.name(), d.value())), alarm.statisticAsString(),
                alarm.period() == null ? 0 : alarm.period(),
                alarm.evaluationPeriods() == null ? 0 : alarm.evaluationPeriods(),
                alarm.datapointsToAlarm() == null ? alarm.evaluationPeriods() : alarm.datapointsToAlarm(),
                alarm.threshold() == null ? 0 : alarm.threshold(), alarm.comparisonOperatorAsString(),
                alarm.alarmActions(), alarm.stateValueAsString());
    }
}
