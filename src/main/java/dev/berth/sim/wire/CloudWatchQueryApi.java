package dev.berth.sim.wire;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.MetricDimension;
import dev.berth.core.model.MetricStat;
import dev.berth.core.model.PutMetricAlarmRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Amazon CloudWatch (API 2010-08-01, signing name {@code monitoring}) over awsQuery: GetMetricData, DescribeAlarms,
 * PutMetricAlarm and DeleteAlarms with AWS's member names, onto {@link CloudWatchGateway}.
 */
final class CloudWatchQueryApi extends QueryApi {
    static final String SIGNING_NAME = "monitoring";
    private static final String VERSION = "2010-08-01";

    CloudWatchQueryApi(CloudWatchGateway cloudWatch) {
        super(SIGNING_NAME, VERSION, "http://monitoring.amazonaws.com/doc/2010-08-01/");
        operations.put("GetMetricData", (in, out) -> {
            var page = cloudWatch.getMetricData(in.structures("MetricDataQueries").stream()
                            .map(CloudWatchQueryApi::query).toList(), timestamp(in, "StartTime"),
                    timestamp(in, "EndTime"), in.text("NextToken"));
            out.list("MetricDataResults", page.items(), CloudWatchQueryApi::result)
                    .value("NextToken", page.nextToken());
        });
        operations.put("DescribeAlarms", (in, out) -> {
            var page = cloudWatch.describeAlarms(in.strings("AlarmNames"), in.text("NextToken"));
            out.list("MetricAlarms", page.items(), CloudWatchQueryApi::alarm)
                    .list("CompositeAlarms", List.of(), (alarm, none) -> { })
                    .value("NextToken", page.nextToken());
        });
        operations.put("PutMetricAlarm", (in, out) -> cloudWatch.putMetricAlarm(new PutMetricAlarmRequest(
                in.required("AlarmName"), new Metric(in.text("Namespace"), in.text("MetricName"), dimensions(in)),
                in.text("Statistic"), number(in, "Period"), number(in, "EvaluationPeriods"),
                in.integer("DatapointsToAlarm") == null ? number(in, "EvaluationPeriods")
                        : in.integer("DatapointsToAlarm"),
                decimal(in, "Threshold"), in.required("ComparisonOperator"), in.strings("AlarmActions"))));
        operations.put("DeleteAlarms", (in, out) -> cloudWatch.deleteAlarms(in.strings("AlarmNames")));
    }

    /** The model's status of each error CloudWatch's operations name; the rest are 400. */
    @Override
    int status(String errorCode) {
        return "ResourceNotFound".equals(errorCode) ? 404 : 400;
    }

    private static MetricDataQuery query(QueryInput in) {
        QueryInput stat = in.structure("MetricStat");
        QueryInput metric = stat == null ? null : stat.structure("Metric");
        return new MetricDataQuery(in.text("Id"), stat == null ? null : new MetricStat(metric == null ? null
                : new Metric(metric.text("Namespace"), metric.text("MetricName"), dimensions(metric)),
                number(stat, "Period"), stat.text("Stat")), in.text("Label"), in.bool("ReturnData"));
    }

    private static List<MetricDimension> dimensions(QueryInput in) {
        return in.structures("Dimensions").stream()
                .map(d -> new MetricDimension(d.required("Name"), d.required("Value"))).toList();
    }

    private static void result(QueryXml out, MetricDataResult result) {
        out.value("Id", result.id())
                .value("Label", result.label())
                .structure("Timestamps", list -> result.timestamps().forEach(t -> list.value("member", t)))
                .structure("Values", list -> result.values().forEach(v -> list.value("member", v)))
                .value("StatusCode", "Complete");
    }

    private static void alarm(QueryXml out, MetricAlarm alarm) {
        out.value("AlarmName", alarm.alarmName())
                .value("AlarmArn", alarm.alarmArn())
                .value("ActionsEnabled", true)
                .strings("AlarmActions", alarm.alarmActions())
                .value("StateValue", alarm.stateValue())
                .value("MetricName", alarm.metricName())
                .value("Namespace", alarm.namespace())
                .value("Statistic", alarm.statistic())
                .list("Dimensions", alarm.dimensions(), (d, dimension) -> d.value("Name", dimension.name())
                        .value("Value", dimension.value()))
                .value("Period", alarm.period())
                .value("EvaluationPeriods", alarm.evaluationPeriods())
                .value("DatapointsToAlarm", alarm.datapointsToAlarm())
                .value("Threshold", alarm.threshold())
                .value("ComparisonOperator", alarm.comparisonOperator());
    }

    private static int number(QueryInput in, String member) {
        in.required(member);
        return in.integer(member);
    }

    private static double decimal(QueryInput in, String member) {
        String value = in.required(member);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw QueryInput.validation("Value '" + value + "' at '" + QueryInput.camel(member) + "' failed to "
                    + "satisfy constraint: Member must be a number");
        }
    }

    private static Instant timestamp(QueryInput in, String member) {
        String value = in.required(member);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw QueryInput.validation("Value '" + value + "' at '" + QueryInput.camel(member) + "' failed to "
                    + "satisfy constraint: Member must be an ISO 8601 timestamp");
        }
    }
}
