package dev.berth.ui.rollout;

import dev.berth.core.rollout.BreakerSeries;
import dev.berth.core.rollout.CountStep;
import dev.berth.core.rollout.TaskPhase;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import static dev.berth.ui.rollout.TimelineLayout.AXIS_TOP;
import static dev.berth.ui.rollout.TimelineLayout.BREAKER_HEIGHT;
import static dev.berth.ui.rollout.TimelineLayout.BREAKER_TOP;
import static dev.berth.ui.rollout.TimelineLayout.CHART_HEIGHT;
import static dev.berth.ui.rollout.TimelineLayout.CHART_TOP;
import static dev.berth.ui.rollout.TimelineLayout.GUTTER;
import static dev.berth.ui.rollout.TimelineLayout.LANES_TOP;
import static dev.berth.ui.rollout.TimelineLayout.LANE_HEIGHT;
import static dev.berth.ui.rollout.TimelineLayout.LEGEND_HEIGHT;
import static dev.berth.ui.rollout.TimelineLayout.MARKERS_HEIGHT;
import static dev.berth.ui.rollout.TimelineLayout.MARKERS_TOP;
import static dev.berth.ui.rollout.TimelineLayout.RIGHT_MARGIN;

/** Paints a {@link TimelinePicture} on a canvas; everything about where things go was decided by the layout. */
final class TimelinePainter {
    private static final double BAR_HEIGHT = 11;
    private static final double MARKER_SIZE = 5;
    private static final Font LABEL = Font.font(11);
    private static final Font HEADING = Font.font(null, FontWeight.BOLD, 11);
    private static final Font LANE_ID = Font.font("monospace", 11);
    /** Measures labels; painting happens on the FX thread only, so one is enough. */
    private static final Text MEASURE = new Text();

    private final GraphicsContext g;
    private final TimelinePicture picture;
    private final TimelinePalette colours;
    private final double right;

    private TimelinePainter(GraphicsContext g, TimelinePicture picture, TimelinePalette colours) {
        this.g = g;
        this.picture = picture;
        this.colours = colours;
        this.right = picture.width() - RIGHT_MARGIN;
    }

    /** Paints the whole picture, the lanes scrolled up by {@code laneScroll} pixels. */
    static void paint(GraphicsContext g, TimelinePicture picture, TimelinePalette colours, double laneScroll) {
        new TimelinePainter(g, picture, colours).paint(laneScroll);
    }

    private void paint(double laneScroll) {
        g.setFill(colours.background());
        g.fillRect(0, 0, picture.width(), picture.height());
        g.setTextBaseline(VPos.CENTER);
        g.setLineCap(StrokeLineCap.BUTT);
        grid();
        legend();
        chart();
        breaker();
        lanes(laneScroll);
        markers();
        axis();
        cutLine();
    }

    private void grid() {
        g.setStroke(colours.grid());
        g.setLineWidth(1);
        for (TimelinePicture.Tick tick : picture.ticks()) {
            double x = Math.round(tick.x()) + 0.5;
            g.strokeLine(x, CHART_TOP, x, picture.height());
        }
    }

    private void legend() {
        double x = GUTTER;
        double y = LEGEND_HEIGHT / 2;
        g.setFont(LABEL);
        for (TimelinePicture.Swatch swatch : picture.legend()) {
            g.setFill(swatch.colour());
            g.fillRect(x, y - 5, 14, 10);
            x = text(swatch.taskDefinition(), x + 18, y, colours.text()) + 14;
        }
        Color sample = colours.muted();
        x += 6;
        x = phaseKey(x, y, TaskPhase.PENDING, sample, "pending");
        x = phaseKey(x, y, TaskPhase.RUNNING, sample, "not yet healthy");
        x = phaseKey(x, y, TaskPhase.HEALTHY, sample, "healthy");
        x = phaseKey(x, y, TaskPhase.STOPPING, sample, "stopping");
        cross(x + 5, y, colours.failed());
        x = text("failed", x + 14, y, colours.muted()) + 14;
        g.setFill(withAlpha(colours.band(), 0.16));
        g.fillRect(x, y - 5, 14, 10);
        g.setStroke(colours.band());
        g.setLineWidth(1.5);
        g.strokeLine(x, y + 5, x + 14, y + 5);
        text("allowed band", x + 18, y, colours.muted());
    }

    private double phaseKey(double x, double y, TaskPhase phase, Color colour, String label) {
        bar(phase, x, x + 18, y, colour);
        return text(label, x + 22, y, colours.muted()) + 12;
    }

    private void chart() {
        double bottom = CHART_TOP + CHART_HEIGHT;
        heading("Healthy tasks", CHART_TOP + 6);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.RIGHT);
        int scale = picture.countScale();
        int labelStep = Math.max(1, scale / 4);
        for (int count = 0; count <= scale; count += labelStep) {
            double y = TimelineLayout.countY(count, scale);
            g.setFill(colours.muted());
            g.fillText(String.valueOf(count), GUTTER - 8, y);
            g.setStroke(withAlpha(colours.grid(), 0.6));
            g.strokeLine(GUTTER, Math.round(y) + 0.5, right, Math.round(y) + 0.5);
        }
        g.setTextAlign(TextAlignment.LEFT);
        for (TimelinePicture.Band band : picture.band()) {
            double x0 = clampX(band.x0());
            double x1 = clampX(band.x1());
            g.setFill(withAlpha(colours.band(), 0.13));
            g.fillRect(x0, band.yMaximum(), x1 - x0, band.yMinimum() - band.yMaximum());
        }
        stackedHealthy();
        for (TimelinePicture.Band band : picture.band()) {
            double x0 = clampX(band.x0());
            double x1 = clampX(band.x1());
            g.setLineWidth(1.5);
            g.setStroke(colours.band());
            g.setLineDashes(6, 4);
            g.strokeLine(x0, band.yMaximum(), x1, band.yMaximum());
            g.setLineDashes();
            g.strokeLine(x0, band.yMinimum(), x1, band.yMinimum());
        }
        wanting();
        if (!picture.band().isEmpty()) {
            TimelinePicture.Band last = picture.band().get(picture.band().size() - 1);
            g.setFont(LABEL);
            text("max " + last.step().maximumTotal(), right + 6, last.yMaximum(), colours.band());
            text("min " + last.step().minimumHealthy(), right + 6, last.yMinimum(), colours.band());
        }
        g.setStroke(colours.grid());
        g.setLineWidth(1);
        g.strokeLine(GUTTER, bottom + 0.5, right, bottom + 0.5);
    }

    /** Each revision's healthy count stacked on the ones before, so the top edge is the service's healthy total. */
    private void stackedHealthy() {
        TreeSet<Instant> changes = new TreeSet<>();
        picture.healthy().forEach(s -> s.steps().forEach(step -> changes.add(step.at())));
        List<Instant> times = List.copyOf(changes);
        for (int i = 0; i < times.size(); i++) {
            Instant at = times.get(i);
            Instant next = i + 1 < times.size() ? times.get(i + 1) : picture.cut();
            double x0 = clampX(xOf(at));
            double x1 = clampX(xOf(next));
            if (x1 <= x0) {
                continue;
            }
            int below = 0;
            for (TimelinePicture.Series series : picture.healthy()) {
                int count = series.countAt(at);
                if (count > 0) {
                    double top = TimelineLayout.countY(below + count, picture.countScale());
                    double base = TimelineLayout.countY(below, picture.countScale());
                    g.setFill(withAlpha(series.colour(), 0.78));
                    g.fillRect(x0, top, x1 - x0, base - top);
                    g.setFill(series.colour());
                    g.fillRect(x0, top, x1 - x0, 1.5);
                }
                below += count;
            }
        }
    }

    /** Tasks wanting to run, the count the maximum caps, as a thin step line. */
    private void wanting() {
        List<CountStep> steps = picture.wanting();
        if (steps.isEmpty()) {
            return;
        }
        g.setStroke(colours.text());
        g.setLineWidth(1.2);
        g.setLineDashes(2, 3);
        g.beginPath();
        for (int i = 0; i < steps.size(); i++) {
            double x0 = clampX(xOf(steps.get(i).at()));
            double x1 = clampX(i + 1 < steps.size() ? xOf(steps.get(i + 1).at()) : picture.cutX());
            double y = TimelineLayout.countY(steps.get(i).count(), picture.countScale());
            if (i == 0) {
                g.moveTo(x0, y);
            } else {
                g.lineTo(x0, y);
            }
            g.lineTo(x1, y);
        }
        g.stroke();
        g.setLineDashes();
        g.setFont(LABEL);
        CountStep last = steps.get(steps.size() - 1);
        double y = TimelineLayout.countY(last.count(), picture.countScale());
        String label = last.count() + " wanting to run";
        double labelX = Math.min(picture.cutX(), right) - width(label) - 6;
        if (labelX > GUTTER) {
            text(label, labelX, y - 8, colours.muted());
        }
    }

    private void breaker() {
        heading("Circuit breaker", BREAKER_TOP + BREAKER_HEIGHT / 2);
        double bottom = BREAKER_TOP + BREAKER_HEIGHT;
        g.setStroke(colours.grid());
        g.setLineWidth(1);
        g.strokeLine(GUTTER, bottom + 0.5, right, bottom + 0.5);
        g.setFont(LABEL);
        if (picture.breakers().isEmpty()) {
            text("no failed tasks counted", GUTTER + 8, BREAKER_TOP + BREAKER_HEIGHT / 2, colours.muted());
            return;
        }
        for (TimelinePicture.Breaker breaker : picture.breakers()) {
            List<BreakerSeries.Step> steps = breaker.steps();
            double threshold = Math.max(1, breaker.threshold());
            g.setStroke(colours.failed());
            g.setLineDashes(4, 3);
            g.strokeLine(GUTTER, BREAKER_TOP + 0.5, right, BREAKER_TOP + 0.5);
            g.setLineDashes();
            for (int i = 0; i < steps.size(); i++) {
                double x0 = clampX(xOf(steps.get(i).at()));
                double x1 = clampX(i + 1 < steps.size() ? xOf(steps.get(i + 1).at()) : picture.cutX());
                double h = BREAKER_HEIGHT * Math.min(1, steps.get(i).failedTasks() / threshold);
                g.setFill(withAlpha(colours.failed(), 0.35));
                g.fillRect(x0, bottom - h, x1 - x0, h);
                g.setFill(colours.failed());
                g.fillRect(x0, bottom - h, x1 - x0, h > 0 ? 1.5 : 0);
            }
            if (!steps.isEmpty()) {
                BreakerSeries.Step last = steps.get(steps.size() - 1);
                text(last.failedTasks() + " of " + breaker.threshold(), right + 6,
                        BREAKER_TOP + BREAKER_HEIGHT / 2, colours.failed());
            }
        }
    }

    private void lanes(double scroll) {
        double top = LANES_TOP;
        g.setFont(LANE_ID);
        for (TimelinePicture.Lane lane : picture.lanes()) {
            double y = top + lane.y() - scroll;
            if (y + LANE_HEIGHT < top || y > picture.height()) {
                continue;
            }
            double visibleTop = Math.max(y, top);
            double visibleHeight = Math.min(y + LANE_HEIGHT, picture.height()) - visibleTop;
            if (lane.selected()) {
                g.setFill(withAlpha(colours.selection(), 0.22));
                g.fillRect(0, visibleTop, picture.width(), visibleHeight);
            }
            if (y < top) {
                continue;
            }
            double middle = y + LANE_HEIGHT / 2;
            g.setFill(lane.colour());
            g.fillRect(GUTTER - 14, middle - 4, 6, 8);
            // The colour square names the revision; the number repeats it for those who cannot tell colours apart.
            String revision = lane.taskDefinition().substring(lane.taskDefinition().lastIndexOf(':') + 1);
            String label = lane.taskId().substring(0, Math.min(8, lane.taskId().length())) + "  rev " + revision;
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(lane.failed() ? colours.failed() : lane.selected() ? colours.text() : colours.muted());
            g.fillText(label, GUTTER - 20, middle);
            g.setTextAlign(TextAlignment.LEFT);
            for (TimelinePicture.Bar bar : lane.bars()) {
                double x0 = clampX(bar.x0());
                double x1 = clampX(bar.x1());
                if (x1 > x0) {
                    bar(bar.phase(), x0, x1, middle, lane.colour());
                }
            }
            if (lane.stoppedAt() != null) {
                double x = xOf(lane.stoppedAt());
                if (x >= GUTTER && x <= right) {
                    if (lane.failed()) {
                        cross(x, middle, colours.failed());
                    } else {
                        g.setStroke(colours.muted());
                        g.setLineWidth(1.5);
                        g.strokeLine(x, middle - 4, x, middle + 4);
                    }
                }
            }
        }
    }

    /** One phase of a task: fainter while it starts and stops, solid once healthy. */
    private void bar(TaskPhase phase, double x0, double x1, double middle, Color colour) {
        double top = middle - BAR_HEIGHT / 2;
        double w = Math.max(1, x1 - x0);
        switch (phase) {
            case PROVISIONING -> {
                g.setFill(withAlpha(colour, 0.28));
                g.fillRect(x0, middle - 2, w, 4);
            }
            case PENDING -> {
                g.setFill(withAlpha(colour, 0.42));
                g.fillRect(x0, top + 2, w, BAR_HEIGHT - 4);
            }
            case RUNNING -> {
                g.setFill(withAlpha(colour, 0.45));
                g.fillRect(x0, top, w, BAR_HEIGHT);
                g.setStroke(colour);
                g.setLineWidth(1);
                g.strokeRect(x0 + 0.5, top + 0.5, Math.max(0, w - 1), BAR_HEIGHT - 1);
            }
            case HEALTHY -> {
                g.setFill(colour);
                g.fillRect(x0, top, w, BAR_HEIGHT);
            }
            case STOPPING -> {
                g.setFill(withAlpha(colour, 0.22));
                g.fillRect(x0, top + 1, w, BAR_HEIGHT - 2);
                g.setStroke(withAlpha(colour, 0.6));
                g.setLineWidth(1);
                g.setLineDashes(2, 2);
                g.strokeRect(x0 + 0.5, top + 1.5, Math.max(0, w - 1), BAR_HEIGHT - 3);
                g.setLineDashes();
            }
            case STOPPED -> {
                g.setStroke(colours.grid());
                g.strokeLine(x0, middle, x0 + w, middle);
            }
        }
    }

    private void markers() {
        g.setFill(colours.background());
        g.fillRect(0, MARKERS_TOP - 4, picture.width(), LANES_TOP - MARKERS_TOP + 4);
        heading("Events", MARKERS_TOP + MARKERS_HEIGHT / 2);
        double y = MARKERS_TOP + MARKERS_HEIGHT / 2;
        for (TimelinePicture.Marker marker : picture.markers()) {
            double x = marker.x();
            if (x < GUTTER || x > right) {
                continue;
            }
            Color colour = switch (marker.tone()) {
                case FAILURE -> colours.failed();
                case SUCCESS -> colours.good();
                case TASKS -> colours.muted();
                case OTHER -> colours.text();
            };
            double size = marker.selected() ? MARKER_SIZE + 2 : MARKER_SIZE;
            if (marker.selected()) {
                g.setStroke(colours.selection());
                g.setLineWidth(1.5);
                g.strokeLine(x, CHART_TOP, x, picture.height());
            }
            g.setFill(colour);
            g.fillPolygon(new double[] {x, x + size, x, x - size}, new double[] {y - size, y, y + size, y}, 4);
        }
    }

    private void axis() {
        g.setStroke(colours.muted());
        g.setLineWidth(1);
        g.strokeLine(GUTTER, AXIS_TOP + 0.5, right, AXIS_TOP + 0.5);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(colours.muted());
        for (TimelinePicture.Tick tick : picture.ticks()) {
            g.strokeLine(tick.x(), AXIS_TOP, tick.x(), AXIS_TOP + 4);
            g.fillText(tick.label(), tick.x(), AXIS_TOP + 12);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setStroke(colours.grid());
        g.strokeLine(0, LANES_TOP - 2.5, picture.width(), LANES_TOP - 2.5);
    }

    /** The playhead (or now, live), and the circuit breaker's trip. */
    private void cutLine() {
        for (TimelinePicture.Breaker breaker : picture.breakers()) {
            double x = breaker.tripX();
            if (breaker.trippedAt() != null && x >= GUTTER && x <= right) {
                g.setStroke(colours.failed());
                g.setLineWidth(2);
                g.strokeLine(x, CHART_TOP, x, picture.height());
                pill("circuit breaker tripped", x, CHART_TOP + 12, colours.failed());
            }
        }
        double x = picture.cutX();
        if (x >= GUTTER && x <= right) {
            g.setStroke(colours.text());
            g.setLineWidth(1.5);
            g.strokeLine(x, CHART_TOP, x, picture.height());
        }
    }

    private void pill(String label, double x, double y, Color colour) {
        g.setFont(HEADING);
        double width = width(label) + 12;
        double left = Math.min(x + 4, right - width);
        g.setFill(colour);
        g.fillRoundRect(left, y - 8, width, 16, 8, 8);
        g.setFill(colours.background());
        g.fillText(label, left + 6, y);
    }

    private void heading(String label, double y) {
        g.setFont(HEADING);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(colours.text());
        g.fillText(label, 10, y);
    }

    private void cross(double x, double y, Color colour) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokeLine(x - 4, y - 4, x + 4, y + 4);
        g.strokeLine(x - 4, y + 4, x + 4, y - 4);
    }

    /** Draws {@code label} from {@code x}; returns where it ends. */
    private double text(String label, double x, double y, Color colour) {
        g.setFill(colour);
        g.fillText(label, x, y);
        return x + width(label);
    }

    private double width(String label) {
        MEASURE.setFont(g.getFont());
        MEASURE.setText(label);
        return MEASURE.getLayoutBounds().getWidth();
    }

    private double xOf(Instant at) {
        double span = picture.to().toEpochMilli() - picture.from().toEpochMilli();
        return GUTTER + (at.toEpochMilli() - picture.from().toEpochMilli()) / span
                * Math.max(1, picture.width() - GUTTER - RIGHT_MARGIN);
    }

    private double clampX(double x) {
        return Math.max(GUTTER, Math.min(right, x));
    }

    private static Color withAlpha(Color colour, double alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
