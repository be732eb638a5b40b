package dev.berth.sim.scaling;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.PutMetricAlarmRequest;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What CloudWatch refuses in GetMetricData and PutMetricAlarm, with its error codes (ValidationError, ...). */
public final class CloudWatchRules {
    /** The most queries one GetMetricData call takes. */
    public static final int MAX_QUERIES = 500;
    private static final Pattern QUERY_ID = Pattern.compile("[a-z][a-zA-Z0-9_]*");
    private static final List<String> COMPARISON_OPERATORS = List.of("GreaterThanOrEqualToThreshold",
            "GreaterThanThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold");

    private CloudWatchRules() {
    }

    public static void check(List<MetricDataQuery> queries, Instant startTime, Instant endTime) {
        if (startTime == null || endTime == null) {
            throw validation("StartTime and EndTime must be specified.");
        }
        if (!startTime.isBefore(endTime)) {
            throw validation("The parameter StartTime must be less than the parameter EndTime.");
        }
        if (queries == null || queries.isEmpty() || queries.size() > MAX_QUERIES) {
            throw validation("MetricDataQueries must hold between 1 and " + MAX_QUERIES + " queries.");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < queries.size(); i++) {
            MetricDataQuery query = queries.get(i);
            String member = "MetricDataQueries.member." + (i + 1);
            if (query.id() == null || !QUERY_ID.matcher(query.id()).matches()) {
                throw validation("The value " + query.id() + " for parameter " + member + ".Id is not valid.");
            }
            if (!ids.add(query.id())) {
                throw validation("The values for parameter id in MetricDataQueries are not unique.");
            }
            if (query.metricStat() == null || query.metricStat().metric() == null) {
                throw validation("The parameter " + member + ".MetricStat is required: the simulator answers "
                        + "metric queries, not metric math expressions.");
            }
            checkPeriod(query.metricStat().period(), member + ".MetricStat.Period");
            checkStatistic(query.metricStat().stat(), member + ".MetricStat.Stat");
        }
    }

    public static void check(PutMetricAlarmRequest request) {
        if (request.alarmName() == null || request.alarmName().isBlank() || request.alarmName().length() > 255) {
            throw validation("The parameter AlarmName must be between 1 and 255 characters long.");
        }
        if (request.metric() == null || request.metric().namespace() == null
                || request.metric().metricName() == null) {
            throw validation("The parameters Namespace and MetricName must be specified for an alarm on one "
                    + "metric.");
        }
        checkStatistic(request.statistic(), "Statistic");
        checkPeriod(request.period(), "Period");
        if (!COMPARISON_OPERATORS.contains(request.comparisonOperator())) {
            throw validation("1 validation error detected: Value '" + request.comparisonOperator()
                    + "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                    + COMPARISON_OPERATORS);
        }
        if (request.evaluationPeriods() < 1) {
            throw validation("The parameter EvaluationPeriods must be greater than or equal to 1.");
        }
        if (request.datapointsToAlarm() < 1 || request.datapointsToAlarm() > request.evaluationPeriods()) {
            throw validation("DatapointsToAlarm must be between 1 and EvaluationPeriods.");
        }
    }

    /** The simulator keeps one datapoint a minute, so it answers periods of whole minutes. */
    private static void checkPeriod(int period, String member) {
        if (period < 60 || period % 60 != 0) {
            throw validation("The parameter " + member + " must be a multiple of 60: the simulator keeps one "
                    + "datapoint a minute.");
        }
    }

    private static void checkStatistic(String stat, String member) {
        if (!MinuteStatistics.STATISTICS.contains(stat)) {
            throw validation("The parameter " + member + " must be one of " + MinuteStatistics.STATISTICS + ".");
        }
    }

    private static GatewayException validation(String message) {
        return GatewayException.client("ValidationError", message);
    }
}
