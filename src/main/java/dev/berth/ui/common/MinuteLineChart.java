package dev.berth.ui.common;

import dev.berth.core.model.MetricDataResult;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A line chart of one-minute datapoints: epoch seconds on a time axis labelled HH:mm (UTC), no symbols. */
public final class MinuteLineChart {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    /** Ten minutes between the time axis's ticks. */
    private static final long TICK_SECONDS = 600;
    private static final long MINUTE_SECONDS = 60;

    private MinuteLineChart() {
    }

    /** {@code upperBound} 0 lets the value axis follow the data. */
    public static LineChart<Number, Number> create(String id, String title, double upperBound) {
        NumberAxis time = new NumberAxis(0, MINUTE_SECONDS, TICK_SECONDS);
        time.setAutoRanging(false);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochSecond) {
                return MINUTE.format(Instant.ofEpochSecond(epochSecond.longValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("The time axis is not edited.");
            }
        });
        NumberAxis value = upperBound > 0 ? new NumberAxis(0, upperBound, upperBound / 4) : new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(time, value);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(230);
        chart.setMinHeight(200);
        return chart;
    }

    /** The time axis from {@code first} to {@code last} (epoch seconds), at least a minute wide. */
    public static void span(LineChart<Number, Number> chart, long first, long last) {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        time.setLowerBound(first);
        time.setUpperBound(Math.max(last, first + MINUTE_SECONDS));
    }

    /** The metric's datapoints as a series named by its label. */
    public static XYChart.Series<Number, Number> series(MetricDataResult result) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(result.label());
        for (int i = 0; i < result.timestamps().size(); i++) {
            series.getData().add(new XYChart.Data<>(result.timestamps().get(i).getEpochSecond(),
                    result.values().get(i)));
        }
        return series;
    }
}
