package dev.berth.core.gateway;

import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutMetricAlarmRequest;

import java.time.Instant;
import java.util.List;

/**
 * Amazon CloudWatch: the metrics the views chart and the metric alarms that drive step scaling, one method per
 * operation. Throws {@link GatewayException} with CloudWatch's codes (InvalidParameterValue, MissingParameter,
 * InvalidNextToken, LimitExceeded).
 */
public interface CloudWatchGateway {

    /**
     * GetMetricData with ScanBy TimestampAscending: for each query that returns data, the datapoints of the periods
     * that start in [startTime, endTime), oldest first, in the order of the queries. A metric without data has an
     * empty result, as on AWS.
     */
    Page<MetricDataResult> getMetricData(List<MetricDataQuery> metricDataQueries, Instant startTime, Instant endTime,
                                         String nextToken);

    /** DescribeAlarms of the named metric alarms, or of every one when {@code alarmNames} is empty. */
    Page<MetricAlarm> describeAlarms(List<String> alarmNames, String nextToken);

    /** PutMetricAlarm: creates the alarm, or replaces the one of that name. */
    void putMetricAlarm(PutMetricAlarmRequest request);

    /** DeleteAlarms: names without an alarm are ignored, as on AWS for metric alarms. */
    void deleteAlarms(List<String> alarmNames);
}
