package dev.berth.ui.rollout;

import dev.berth.core.rollout.BoundsStep;
import dev.berth.core.rollout.BreakerSeries;
import dev.berth.core.rollout.CountStep;
import dev.berth.core.rollout.DeploymentHistory;
import dev.berth.core.rollout.EventMarker;
import dev.berth.core.rollout.PhaseSpan;
import dev.berth.core.rollout.RevisionSeries;
import dev.berth.core.rollout.TaskLane;
import dev.berth.core.rollout.TaskPhase;
import javafx.scene.paint.Color;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Works out where everything goes: the pure half of the timeline, from a history, the visible time, the playhead and
 * the size to a {@link TimelinePicture}. From the top: legend, the count chart (band and healthy tasks), the circuit
 * breaker strip, the event markers, the time axis, then one lane per task; a gutter on the left holds the labels.
 */
final class TimelineLayout {
    static final double GUTTER = 150;
    static final double RIGHT_MARGIN = 84;
    static final double LEGEND_HEIGHT = 26;
    static final double CHART_TOP = LEGEND_HEIGHT + 6;
    static final double CHART_HEIGHT = 100;
    static final double BREAKER_TOP = CHART_TOP + CHART_HEIGHT + 10;
    static final double BREAKER_HEIGHT = 30;
    static final double MARKERS_TOP = BREAKER_TOP + BREAKER_HEIGHT + 8;
    static final double MARKERS_HEIGHT = 18;
    static final double AXIS_TOP = MARKERS_TOP + MARKERS_HEIGHT;
    static final double AXIS_HEIGHT = 20;
    static final double LANES_TOP = AXIS_TOP + AXIS_HEIGHT + 4;
    static final double LANE_HEIGHT = 17;
    private static final double TICK_SPACING = 96;
    private static final long[] TICK_STEPS_SECONDS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
            10800, 21600, 43200, 86400};
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.systemDefault());

    private final DeploymentHistory history;
    private final Instant from;
    private final Instant to;
    private final Instant cut;
    private final double width;
    private final double plotWidth;

    private TimelineLayout(DeploymentHistory history, Instant from, Instant to, Instant playhead, double width) {
        this.history = history;
        this.from = from;
        this.to = to.isAfter(from) ? to : from.plusSeconds(1);
        this.cut = playhead == null || playhead.isAfter(history.to()) ? history.to() : playhead;
        this.width = width;
        this.plotWidth = Math.max(1, width - GUTTER - RIGHT_MARGIN);
    }

    /**
     * The picture of {@code history} between {@code from} and {@code to} as of {@code playhead} (null: its end), in
     * {@code width} × {@code height} pixels; {@code newRevision} (null: the newest among the lanes) takes the new
     * colour, the tasks in {@code selected} and the events in {@code selectedEvents} are highlighted.
     */
    static TimelinePicture lay(DeploymentHistory history, Instant from, Instant to, Instant playhead,
                               String newRevision, Set<String> selected, List<EventMarker> selectedEvents,
                               TimelinePalette palette, double width, double height) {
        return new TimelineLayout(history, from, to, playhead, width).picture(newRevision, selected,
                selectedEvents, palette, height);
    }

    /** The height that shows every lane. */
    static double heightFor(int lanes) {
        return LANES_TOP + lanes * LANE_HEIGHT + 8;
    }

    private TimelinePicture picture(String newRevision, Set<String> selected, List<EventMarker> selectedEvents,
                                    TimelinePalette palette, double height) {
        Map<String, Color> colours = revisionColours(newRevision, palette);
        List<TimelinePicture.Lane> lanes = new ArrayList<>();
        for (TaskLane lane : history.lanes()) {
            lanes.add(lane(lane, colours.get(lane.taskDefinition()), lanes.size() * LANE_HEIGHT,
                    selected.contains(lane.taskId())));
        }
        List<TimelinePicture.Series> healthy = new ArrayList<>();
        for (RevisionSeries series : history.healthyByRevision()) {
            healthy.add(new TimelinePicture.Series(series.taskDefinition(), colours.get(series.taskDefinition()),
                    upToCut(series.healthy())));
        }
        List<CountStep> wanting = upToCut(wantingToRun());
        int scale = countScale(healthy, wanting);
        List<TimelinePicture.Marker> markers = history.events().stream().filter(e -> !e.at().isAfter(cut))
                .map(e -> new TimelinePicture.Marker(e, x(e.at()), tone(e.message()), selectedEvents.contains(e)))
                .toList();
        List<TimelinePicture.Swatch> legend = new ArrayList<>();
        colours.forEach((revision, colour) -> legend.add(new TimelinePicture.Swatch(revision, colour)));
        return new TimelinePicture(width, height, from, to, cut, x(cut), lanes, band(scale), healthy, wanting, scale,
                breakers(), markers, ticks(), legend);
    }

    /** The new revision in the new colour, the one it replaces in the old colour, any earlier in the third. */
    private Map<String, Color> revisionColours(String newRevision, TimelinePalette palette) {
        List<String> revisions = new ArrayList<>();
        history.lanes().forEach(l -> {
            if (!revisions.contains(l.taskDefinition())) {
                revisions.add(l.taskDefinition());
            }
        });
        history.healthyByRevision().forEach(r -> {
            if (!revisions.contains(r.taskDefinition())) {
                revisions.add(r.taskDefinition());
            }
        });
        String newest = newRevision != null ? newRevision : revisions.isEmpty() ? null
                : revisions.get(revisions.size() - 1);
        // The latest other revision is the one being replaced (or rolled back to): it takes the old colour.
        String replaced = revisions.stream().filter(r -> !r.equals(newest)).reduce((first, later) -> later)
                .orElse(null);
        Map<String, Color> colours = new LinkedHashMap<>();
        for (String revision : revisions) {
            colours.put(revision, revision.equals(newest) ? palette.newRevision()
                    : revision.equals(replaced) ? palette.oldRevision() : palette.otherRevision());
        }
        return colours;
    }

    private TimelinePicture.Lane lane(TaskLane lane, Color colour, double y, boolean selected) {
        List<TimelinePicture.Bar> bars = new ArrayList<>();
        Instant stoppedAt = null;
        for (PhaseSpan span : lane.phases()) {
            if (span.start().isAfter(cut)) {
                break;
            }
            if (span.phase() == TaskPhase.STOPPED) {
                stoppedAt = span.start();
                continue;
            }
            Instant end = span.end() == null || span.end().isAfter(cut) ? cut : span.end();
            bars.add(new TimelinePicture.Bar(span.phase(), span.start(), end, x(span.start()), x(end)));
        }
        boolean failedYet = lane.failed() && stoppedAt != null;
        return new TimelinePicture.Lane(lane.taskId(), lane.taskDefinition(), colour, y, bars, failedYet,
                stoppedAt == null ? null : lane.stopCode(), stoppedAt == null ? null : lane.stoppedReason(),
                stoppedAt, selected);
    }

    /** Tasks wanting to run (RUNNING + PENDING, AWS's maximumPercent cap): from creation until told to stop. */
    private List<CountStep> wantingToRun() {
        TreeMap<Instant, Integer> deltas = new TreeMap<>();
        for (TaskLane lane : history.lanes()) {
            if (lane.phases().isEmpty()) {
                continue;
            }
            deltas.merge(lane.phases().get(0).start(), 1, Integer::sum);
            lane.phases().stream().filter(p -> p.phase() == TaskPhase.STOPPING || p.phase() == TaskPhase.STOPPED)
                    .findFirst().ifPresent(p -> deltas.merge(p.start(), -1, Integer::sum));
        }
        int count = deltas.headMap(history.from(), true).values().stream().mapToInt(Integer::intValue).sum();
        List<CountStep> steps = new ArrayList<>(List.of(new CountStep(history.from(), count)));
        for (Map.Entry<Instant, Integer> delta : deltas.tailMap(history.from(), false).entrySet()) {
            if (delta.getValue() != 0) {
                count += delta.getValue();
                steps.add(new CountStep(delta.getKey(), count));
            }
        }
        return steps;
    }

    private List<CountStep> upToCut(List<CountStep> steps) {
        return steps.stream().filter(s -> !s.at().isAfter(cut)).toList();
    }

    /** The chart's top count: the highest ceiling or count, with a little room above. */
    private int countScale(List<TimelinePicture.Series> healthy, List<CountStep> wanting) {
        int highest = 1;
        for (BoundsStep step : history.bounds()) {
            highest = Math.max(highest, Math.max(step.maximumTotal(), step.desiredCount()));
        }
        for (CountStep step : wanting) {
            highest = Math.max(highest, step.count());
        }
        for (TimelinePicture.Series series : healthy) {
            for (CountStep step : series.steps()) {
                int total = healthy.stream().mapToInt(s -> s.countAt(step.at())).sum();
                highest = Math.max(highest, total);
            }
        }
        return highest + Math.max(1, highest / 8);
    }

    private List<TimelinePicture.Band> band(int scale) {
        List<TimelinePicture.Band> band = new ArrayList<>();
        List<BoundsStep> steps = history.bounds();
        for (int i = 0; i < steps.size(); i++) {
            BoundsStep step = steps.get(i);
            Instant end = i + 1 < steps.size() ? steps.get(i + 1).from() : cut;
            if (step.from().isAfter(cut)) {
                break;
            }
            band.add(new TimelinePicture.Band(step, end, x(step.from()), x(end), countY(step.minimumHealthy(), scale),
                    countY(step.maximumTotal(), scale)));
        }
        return band;
    }

    /** Deployments whose breaker counted a failure, up to the cut. */
    private List<TimelinePicture.Breaker> breakers() {
        List<TimelinePicture.Breaker> breakers = new ArrayList<>();
        for (BreakerSeries series : history.breakers()) {
            List<BreakerSeries.Step> steps = series.steps().stream().filter(s -> !s.at().isAfter(cut)).toList();
            boolean counted = steps.stream().anyMatch(s -> s.failedTasks() > 0);
            Instant tripped = series.trippedAt() != null && !series.trippedAt().isAfter(cut) ? series.trippedAt()
                    : null;
            if (counted || tripped != null) {
                int threshold = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).threshold();
                breakers.add(new TimelinePicture.Breaker(series.deploymentId(), steps, threshold, tripped,
                        tripped == null ? Double.NaN : x(tripped)));
            }
        }
        return breakers;
    }

    private List<TimelinePicture.Tick> ticks() {
        long spanSeconds = Math.max(1, Duration.between(from, to).toSeconds());
        long step = TICK_STEPS_SECONDS[TICK_STEPS_SECONDS.length - 1];
        for (long candidate : TICK_STEPS_SECONDS) {
            if (plotWidth * candidate / spanSeconds >= TICK_SPACING) {
                step = candidate;
                break;
            }
        }
        DateTimeFormatter format = step < 60 ? SECONDS : MINUTES;
        List<TimelinePicture.Tick> ticks = new ArrayList<>();
        long first = Math.floorDiv(from.getEpochSecond() + step - 1, step) * step;
        for (long second = first; second <= to.getEpochSecond(); second += step) {
            Instant at = Instant.ofEpochSecond(second);
            ticks.add(new TimelinePicture.Tick(x(at), format.format(at)));
        }
        return ticks;
    }

    static TimelinePicture.Tone tone(String message) {
        if (message.contains("deployment failed") || message.contains("rolling back") || message.contains("unable to")
                || message.contains("failed container health") || message.contains("is unhealthy")) {
            return TimelinePicture.Tone.FAILURE;
        }
        if (message.contains("deployment completed") || message.contains("steady state")) {
            return TimelinePicture.Tone.SUCCESS;
        }
        if (message.contains("has started") || message.contains("has stopped") || message.contains("draining")) {
            return TimelinePicture.Tone.TASKS;
        }
        return TimelinePicture.Tone.OTHER;
    }

    double x(Instant at) {
        double fraction = (at.toEpochMilli() - from.toEpochMilli()) / (double) (to.toEpochMilli() - from.toEpochMilli());
        return GUTTER + fraction * plotWidth;
    }

    static double countY(int count, int scale) {
        return CHART_TOP + CHART_HEIGHT - CHART_HEIGHT * count / (double) scale;
    }

    /** The moment at {@code x} on a time axis from {@code from} to {@code to} drawn {@code width} wide. */
    static Instant timeAt(double x, Instant from, Instant to, double width) {
        double plot = Math.max(1, width - GUTTER - RIGHT_MARGIN);
        long span = to.toEpochMilli() - from.toEpochMilli();
        return Instant.ofEpochMilli(from.toEpochMilli() + Math.round((x - GUTTER) / plot * span));
    }
}
