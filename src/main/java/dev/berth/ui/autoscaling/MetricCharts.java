package dev.berth.ui.autoscaling;

import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.ui.common.MinuteLineChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The service's one-minute metrics of the last hour as four line charts side by side (CPU, memory, requests per
 * target, running tasks), each with the target line of the target tracking policy that tracks it; for a service that
 * works on an SQS queue a fifth, its backlog per task, with the target line of a policy on a customized metric.
 */
final class MetricCharts extends GridPane {
    /** Which predefined metric each chart's metric is tracked as. */
    private static final Map<String, String> TRACKED_AS = Map.of(AutoScalingViewModel.CPU, ScalingNames.CPU,
            AutoScalingViewModel.MEMORY, ScalingNames.MEMORY, AutoScalingViewModel.REQUESTS,
            ScalingNames.REQUESTS_PER_TARGET);

    private static final List<String> ORDER = List.of(AutoScalingViewModel.CPU, AutoScalingViewModel.MEMORY,
            AutoScalingViewModel.REQUESTS, AutoScalingViewModel.TASKS);
    private static final String BACKLOG = AutoScalingViewModel.BACKLOG;
    private static final long MINUTE_SECONDS = 60;

    private final Map<String, LineChart<Number, Number>> charts = Map.of(
            AutoScalingViewModel.CPU, MinuteLineChart.create("autoscaling-chart-cpu", "CPU utilization (%)", 100),
            AutoScalingViewModel.MEMORY, MinuteLineChart.create("autoscaling-chart-memory",
                    "Memory utilization (%)", 100),
            AutoScalingViewModel.REQUESTS, MinuteLineChart.create("autoscaling-chart-requests",
                    "Requests per target (/min)", 0),
            AutoScalingViewModel.TASKS, MinuteLineChart.create("autoscaling-chart-tasks", "Running tasks", 0),
            BACKLOG, MinuteLineChart.create("autoscaling-chart-backlog", "Backlog per task (messages)", 0));

    MetricCharts() {
        setId("autoscaling-charts");
        setHgap(8);
        setVgap(8);
        layOut(ORDER);
    }

    /** One equal column per metric shown. */
    private void layOut(List<String> metrics) {
        getChildren().clear();
        getColumnConstraints().clear();
        for (String metric : metrics) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / metrics.size());
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
            add(charts.get(metric), getColumnConstraints().size() - 1, 0);
        }
    }

    /** Shows {@code metrics} with the targets of {@code policies}; an empty list clears the charts. */
    void show(List<MetricDataResult> metrics, List<ScalingPolicy> policies) {
        charts.values().forEach(chart -> chart.getData().clear());
        boolean backlog = metrics.stream().anyMatch(r -> r.id().equals(BACKLOG) && !r.timestamps().isEmpty());
        if (backlog != getChildren().contains(charts.get(BACKLOG))) {
            layOut(backlog ? Stream.concat(ORDER.stream(), Stream.of(BACKLOG))
                    .toList() : ORDER);
        }
        long first = metrics.stream().flatMap(r -> r.timestamps().stream()).mapToLong(Instant::getEpochSecond).min()
                .orElse(0);
        long last = metrics.stream().flatMap(r -> r.timestamps().stream()).mapToLong(Instant::getEpochSecond).max()
                .orElse(MINUTE_SECONDS);
        charts.values().forEach(chart -> MinuteLineChart.span(chart, first, last));
        for (MetricDataResult result : metrics) {
            LineChart<Number, Number> chart = charts.get(result.id());
            if (chart == null || result.timestamps().isEmpty()) {
                continue;
            }
            chart.getData().add(MinuteLineChart.series(result));
            String trackedAs = TRACKED_AS.get(result.id());
            policies.stream().map(ScalingPolicy::targetTrackingScalingPolicyConfiguration)
                    .filter(c -> c != null && (c.predefinedMetricSpecification() != null
                            ? c.predefinedMetricSpecification().predefinedMetricType().equals(trackedAs)
                            : result.id().equals(BACKLOG)))
                    .forEach(c -> chart.getData().add(targetLine(c, result.timestamps())));
        }
    }

    private static XYChart.Series<Number, Number> targetLine(TargetTrackingScalingPolicyConfiguration configuration,
                                                             List<Instant> timestamps) {
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName("Target " + configuration.targetValue());
        line.getData().add(new XYChart.Data<>(timestamps.get(0).getEpochSecond(), configuration.targetValue()));
        line.getData().add(new XYChart.Data<>(timestamps.get(timestamps.size() - 1).getEpochSecond(),
                configuration.targetValue()));
        return line;
    }
}
