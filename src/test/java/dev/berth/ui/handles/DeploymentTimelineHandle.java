package dev.berth.ui.handles;

import dev.berth.core.rollout.EventMarker;
import dev.berth.core.rollout.TaskPhase;
import dev.berth.ui.rollout.DeploymentRow;
import dev.berth.ui.rollout.DeploymentTimeline;
import dev.berth.ui.rollout.TimelinePicture;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Deployments tab of the services area: the deployments table, and the timeline read as data through the
 * control's picture (what it draws: lanes with their phases and colours, the band, healthy counts, breakers and
 * event markers), so a test compares what is shown with what the simulator did.
 */
public final class DeploymentTimelineHandle {
    private final FxRobot robot;
    private final TableHandle<DeploymentRow> deployments;
    private DeploymentTimeline timeline;

    public DeploymentTimelineHandle(FxRobot robot) {
        this.robot = robot;
        this.deployments = new TableHandle<>(robot, "service-deployments", null);
    }

    /** Clicks the Deployments tab of the selected service. */
    public DeploymentTimelineHandle open() {
        robot.clickOn("Deployments");
        return this;
    }

    public TableHandle<DeploymentRow> deployments() {
        return deployments;
    }

    public void selectDeployment(Predicate<DeploymentRow> which) {
        deployments.click(which);
    }

    public DeploymentTimeline timeline() {
        if (timeline == null) {
            timeline = robot.lookup("#deployment-timeline").queryAs(DeploymentTimeline.class);
        }
        return timeline;
    }

    public TimelinePicture picture() {
        TimelinePicture picture = timeline().pictureProperty().get();
        if (picture == null) {
            throw new AssertionError("The timeline draws nothing.");
        }
        return picture;
    }

    /** The moment drawn up to: the playhead, or the end of what was recorded. */
    public Instant cut() {
        return picture().cut();
    }

    public List<TimelinePicture.Lane> lanes() {
        return picture().lanes();
    }

    public TimelinePicture.Lane lane(String taskId) {
        return lanes().stream().filter(l -> l.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new AssertionError("No lane for task " + taskId + " among "
                        + lanes().stream().map(TimelinePicture.Lane::taskId).toList()));
    }

    /** The phase the lane draws at {@code at}: STOPPED from its stop, else the bar covering {@code at}. */
    public TaskPhase phaseAt(String taskId, Instant at) {
        TimelinePicture.Lane lane = lane(taskId);
        if (lane.stoppedAt() != null && !lane.stoppedAt().isAfter(at)) {
            return TaskPhase.STOPPED;
        }
        TaskPhase phase = null;
        for (TimelinePicture.Bar bar : lane.bars()) {
            if (!bar.start().isAfter(at) && !bar.end().isBefore(at)) {
                phase = bar.phase();
            }
        }
        return phase;
    }

    public Color newRevisionColour() {
        return timeline().getNewRevisionColor();
    }

    public Color oldRevisionColour() {
        return timeline().getOldRevisionColor();
    }

    /** The legend's colour for {@code taskDefinition}. */
    public Color legendColour(String taskDefinition) {
        return picture().legend().stream().filter(s -> s.taskDefinition().equals(taskDefinition)).findFirst()
                .map(TimelinePicture.Swatch::colour).orElseThrow(() -> new AssertionError("No " + taskDefinition
                        + " in the legend"));
    }

    /** The band drawn at {@code at}. */
    public TimelinePicture.Band bandAt(Instant at) {
        TimelinePicture.Band found = null;
        for (TimelinePicture.Band band : picture().band()) {
            if (!band.step().from().isAfter(at)) {
                found = band;
            }
        }
        if (found == null) {
            throw new AssertionError("No band drawn at " + at);
        }
        return found;
    }

    /** Healthy tasks of {@code taskDefinition} the chart shows at {@code at}. */
    public int healthyAt(String taskDefinition, Instant at) {
        return picture().healthy().stream().filter(s -> s.taskDefinition().equals(taskDefinition))
                .mapToInt(s -> s.countAt(at)).sum();
    }

    public List<TimelinePicture.Breaker> breakers() {
        return picture().breakers();
    }

    public List<TimelinePicture.Marker> markers() {
        return picture().markers();
    }

    public TimelinePicture.Marker marker(Predicate<EventMarker> which) {
        return markers().stream().filter(m -> which.test(m.event())).findFirst()
                .orElseThrow(() -> new AssertionError("No such event marker among " + markers().size()));
    }

    /** Clicks the marker of the first event {@code which} accepts. */
    public void clickMarker(Predicate<EventMarker> which) {
        TimelinePicture.Marker marker = marker(which);
        robot.clickOn(onScreen(marker.x(), picture().markerY()));
    }

    public Set<String> selectedTaskIds() {
        return Set.copyOf(timeline().getSelectedTaskIds());
    }

    /** Rests the pointer on the middle of the lane's first bar and returns the tooltip's text. */
    public String hoverLane(String taskId) {
        TimelinePicture.Lane lane = lane(taskId);
        TimelinePicture.Bar first = lane.bars().get(0);
        robot.moveTo(onScreen((first.x0() + first.x1()) / 2, picture().laneMiddle(lane)));
        return robot.listWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst()
                .orElseThrow(() -> new AssertionError("No tooltip over task " + taskId));
    }

    /** LIVE while the deployment is under way, FINISHED once the service settled. */
    public String state() {
        return robot.lookup("#deployments-state").queryAs(Label.class).getText();
    }

    /** Moves the replay's scrubber to {@code at}. */
    public void scrubTo(Instant at) {
        Slider scrubber = robot.lookup("#deployments-scrubber").queryAs(Slider.class);
        Instant from = timeline().getHistory().from();
        robot.interact(() -> scrubber.setValue(Duration.between(from, at).toMillis()));
    }

    private Point2D onScreen(double x, double y) {
        Node canvas = robot.lookup("#deployment-timeline-canvas").query();
        return canvas.localToScreen(x, y);
    }
}
