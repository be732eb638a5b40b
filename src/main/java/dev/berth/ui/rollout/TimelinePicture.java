package dev.berth.ui.rollout;

import dev.berth.core.rollout.BoundsStep;
import dev.berth.core.rollout.BreakerSeries;
import dev.berth.core.rollout.CountStep;
import dev.berth.core.rollout.EventMarker;
import dev.berth.core.rollout.TaskPhase;
import javafx.scene.paint.Color;

import java.time.Instant;
import java.util.List;

/**
 * What the timeline draws, as data: every shape in screen coordinates together with the history values it stands
 * for, so a test can check the picture against the simulator and the painter only paints. Lane {@code y} is the top
 * of the lane below {@code lanesTop}, before vertical scrolling. {@code cut}: the moment drawn up to (the playhead,
 * or the end of the history when live).
 */
public record TimelinePicture(double width, double height, Instant from, Instant to, Instant cut, double cutX,
                              List<Lane> lanes, List<Band> band, List<Series> healthy, List<CountStep> wanting,
                              int countScale, List<Breaker> breakers, List<Marker> markers, List<Tick> ticks,
                              List<Swatch> legend) {
    public TimelinePicture {
        lanes = List.copyOf(lanes);
        band = List.copyOf(band);
        healthy = List.copyOf(healthy);
        wanting = List.copyOf(wanting);
        breakers = List.copyOf(breakers);
        markers = List.copyOf(markers);
        ticks = List.copyOf(ticks);
        legend = List.copyOf(legend);
    }

    /** The height at which the event markers sit. */
    public double markerY() {
        return TimelineLayout.MARKERS_TOP + TimelineLayout.MARKERS_HEIGHT / 2;
    }

    /** The middle of {@code lane}, with the lanes scrolled to the top. */
    public double laneMiddle(Lane lane) {
        return TimelineLayout.LANES_TOP + lane.y() + TimelineLayout.LANE_HEIGHT / 2;
    }

    /** One task's lane: its revision's colour, its phases as bars, and whether it failed and why. */
    public record Lane(String taskId, String taskDefinition, Color colour, double y, List<Bar> bars, boolean failed,
                       String stopCode, String stoppedReason, Instant stoppedAt, boolean selected) {
        public Lane {
            bars = List.copyOf(bars);
        }

        /** The phase drawn at {@code x}, or null where the lane is empty. */
        public TaskPhase phaseAtX(double x) {
            return bars.stream().filter(b -> b.x0() <= x && x < b.x1()).map(Bar::phase).findFirst().orElse(null);
        }
    }

    /** A phase from {@code start} to {@code end} (cut at the playhead), drawn from {@code x0} to {@code x1}. */
    public record Bar(TaskPhase phase, Instant start, Instant end, double x0, double x1) {
    }

    /** The band of one bounds step: at least {@code minimumHealthy} healthy, at most {@code maximumTotal} tasks. */
    public record Band(BoundsStep step, Instant end, double x0, double x1, double yMinimum, double yMaximum) {
    }

    /** Healthy tasks of one revision over time, up to the cut, in the revision's colour. */
    public record Series(String taskDefinition, Color colour, List<CountStep> steps) {
        public Series {
            steps = List.copyOf(steps);
        }

        public int countAt(Instant at) {
            int count = 0;
            for (CountStep step : steps) {
                if (!step.at().isAfter(at)) {
                    count = step.count();
                }
            }
            return count;
        }
    }

    /** A deployment's circuit breaker up to the cut; {@code trippedAt} null while it has not tripped. */
    public record Breaker(String deploymentId, List<BreakerSeries.Step> steps, int threshold, Instant trippedAt,
                          double tripX) {
        public Breaker {
            steps = List.copyOf(steps);
        }
    }

    /** A service event on the axis; {@code tone} says how it reads. */
    public record Marker(EventMarker event, double x, Tone tone, boolean selected) {
    }

    public enum Tone { FAILURE, SUCCESS, TASKS, OTHER }

    public record Tick(double x, String label) {
    }

    /** A legend entry: a revision and its colour. */
    public record Swatch(String taskDefinition, Color colour) {
    }
}
