package dev.berth.ui.rollout;

import dev.berth.core.rollout.DeploymentHistory;
import dev.berth.core.rollout.PhaseSpan;
import dev.berth.core.rollout.TaskLane;
import dev.berth.ui.common.TimeText;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.berth.ui.rollout.TimelineLayout.AXIS_TOP;
import static dev.berth.ui.rollout.TimelineLayout.GUTTER;
import static dev.berth.ui.rollout.TimelineLayout.LANES_TOP;
import static dev.berth.ui.rollout.TimelineLayout.LANE_HEIGHT;
import static dev.berth.ui.rollout.TimelineLayout.MARKERS_TOP;

/**
 * Draws the timeline on one canvas, whatever the number of tasks (only the lanes in view are painted), with a
 * scroll bar for the lanes and one for time. Wheel: zoom around the pointer (Shift+wheel scrolls the lanes); drag:
 * pan; click an event marker: select the tasks it names; click a lane: select that task; hover: the task's phases
 * and stop reason, or the event's message. Listeners are registered through the skin so {@link #dispose()} removes
 * them.
 */
final class DeploymentTimelineSkin extends SkinBase<DeploymentTimeline> {
    private static final double ZOOM_STEP = 1.25;
    private static final double DRAG_THRESHOLD = 3;
    private static final double MARKER_REACH = 6;
    /** Markers closer than this are one moment on screen; a click takes them all. */
    private static final double SAME_MOMENT = 1;

    private final Canvas canvas = new Canvas();
    private final ScrollBar lanesBar = new ScrollBar();
    private final ScrollBar timeBar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private boolean updatingTimeBar;
    private double pressX;
    private double pressY;
    private Instant pressFrom;
    private double pressScroll;
    private boolean dragged;
    private Object hovered;
    /** SkinBase registers no set listeners; this one is removed in {@link #dispose()}. */
    private final SetChangeListener<String> selectionChanged = change -> redraw();

    DeploymentTimelineSkin(DeploymentTimeline control) {
        super(control);
        lanesBar.setOrientation(Orientation.VERTICAL);
        timeBar.setOrientation(Orientation.HORIZONTAL);
        canvas.setId("deployment-timeline-canvas");
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        getChildren().addAll(canvas, lanesBar, timeBar);

        registerChangeListener(control.historyProperty(), o -> control.requestLayout());
        registerChangeListener(control.playheadProperty(), o -> redraw());
        registerChangeListener(control.visibleFromProperty(), o -> control.requestLayout());
        registerChangeListener(control.visibleToProperty(), o -> control.requestLayout());
        registerChangeListener(control.newRevisionProperty(), o -> redraw());
        registerListChangeListener(control.getSelectedEvents(), o -> redraw());
        control.getSelectedTaskIds().addListener(selectionChanged);
        control.colourProperties().forEach(colour -> registerChangeListener(colour, o -> redraw()));
        registerChangeListener(lanesBar.valueProperty(), o -> redraw());
        registerChangeListener(timeBar.valueProperty(), o -> timeBarMoved());

        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> hideTooltip());
    }

    @Override
    public void dispose() {
        getSkinnable().getSelectedTaskIds().removeListener(selectionChanged);
        hideTooltip();
        getChildren().clear();
        super.dispose();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 960;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        DeploymentHistory history = getSkinnable().getHistory();
        return TimelineLayout.heightFor(history == null ? 8 : Math.min(24, history.lanes().size())) + top + bottom
                + timeBar.prefHeight(-1);
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return TimelineLayout.heightFor(2) + top + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        DeploymentHistory history = getSkinnable().getHistory();
        int lanes = history == null ? 0 : history.lanes().size();
        double barWidth = lanesBar.prefWidth(-1);
        double barHeight = timeBar.prefHeight(-1);
        double canvasHeight = Math.max(0, height - barHeight);
        double overflow = TimelineLayout.heightFor(lanes) - canvasHeight;
        lanesBar.setVisible(overflow > 0);
        double canvasWidth = Math.max(0, width - (overflow > 0 ? barWidth : 0));
        lanesBar.setMin(0);
        lanesBar.setMax(Math.max(0, overflow));
        lanesBar.setVisibleAmount(Math.max(1, canvasHeight - LANES_TOP));
        lanesBar.setUnitIncrement(LANE_HEIGHT);
        lanesBar.setBlockIncrement(Math.max(LANE_HEIGHT, canvasHeight - LANES_TOP - LANE_HEIGHT));
        if (lanesBar.getValue() > lanesBar.getMax()) {
            lanesBar.setValue(lanesBar.getMax());
        }
        lanesBar.resizeRelocate(x + canvasWidth, y, barWidth, canvasHeight);
        timeBar.resizeRelocate(x, y + canvasHeight, canvasWidth, barHeight);
        canvas.relocate(x, y);
        canvas.setWidth(canvasWidth);
        canvas.setHeight(canvasHeight);
        updateTimeBar();
        redraw();
    }

    /** Lays out and paints the picture; called on every change that shows. */
    private void redraw() {
        DeploymentTimeline control = getSkinnable();
        DeploymentHistory history = control.getHistory();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (history == null || control.visibleFromProperty().get() == null || width <= 0 || height <= 0) {
            canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
            control.setPicture(null);
            return;
        }
        TimelinePalette palette = control.palette();
        TimelinePicture picture = TimelineLayout.lay(history, control.visibleFromProperty().get(),
                control.visibleToProperty().get(), control.playheadProperty().get(),
                control.newRevisionProperty().get(), control.getSelectedTaskIds(),
                control.getSelectedEvents(), palette, width, height);
        control.setPicture(picture);
        TimelinePainter.paint(canvas.getGraphicsContext2D(), picture, palette, lanesBar.getValue());
    }

    private void updateTimeBar() {
        DeploymentTimeline control = getSkinnable();
        DeploymentHistory history = control.getHistory();
        if (history == null || control.visibleFromProperty().get() == null) {
            return;
        }
        long start = history.from().toEpochMilli();
        long whole = DeploymentTimeline.end(history).toEpochMilli() - start;
        long from = control.visibleFromProperty().get().toEpochMilli() - start;
        long span = control.visibleToProperty().get().toEpochMilli() - control.visibleFromProperty().get()
                .toEpochMilli();
        updatingTimeBar = true;
        timeBar.setMin(0);
        timeBar.setMax(Math.max(0, whole - span));
        timeBar.setVisibleAmount(Math.max(1, span * Math.max(1, whole - span) / (double) Math.max(1, whole)));
        timeBar.setUnitIncrement(span / 20.0);
        timeBar.setBlockIncrement(span * 0.8);
        timeBar.setValue(from);
        timeBar.setDisable(whole <= span);
        updatingTimeBar = false;
    }

    private void timeBarMoved() {
        DeploymentTimeline control = getSkinnable();
        if (updatingTimeBar || control.getHistory() == null || control.visibleFromProperty().get() == null) {
            return;
        }
        long span = control.visibleToProperty().get().toEpochMilli() - control.visibleFromProperty().get()
                .toEpochMilli();
        long start = control.getHistory().from().toEpochMilli() + Math.round(timeBar.getValue());
        control.setVisible(start, span);
        control.followProperty().set(timeBar.getValue() >= timeBar.getMax());
    }

    private void scrolled(ScrollEvent event) {
        DeploymentTimeline control = getSkinnable();
        if (control.getHistory() == null) {
            return;
        }
        if (event.isShiftDown()) {
            double delta = event.getDeltaY() != 0 ? event.getDeltaY() : event.getDeltaX();
            lanesBar.setValue(Math.max(0, Math.min(lanesBar.getMax(), lanesBar.getValue() - delta)));
        } else if (event.getDeltaY() != 0) {
            control.zoom(event.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP, timeAt(event.getX()));
        }
        event.consume();
    }

    private void pressed(MouseEvent event) {
        getSkinnable().requestFocus();
        pressX = event.getX();
        pressY = event.getY();
        pressFrom = getSkinnable().visibleFromProperty().get();
        pressScroll = lanesBar.getValue();
        dragged = false;
        hideTooltip();
    }

    private void dragged(MouseEvent event) {
        DeploymentTimeline control = getSkinnable();
        if (control.getHistory() == null || pressFrom == null) {
            return;
        }
        double dx = event.getX() - pressX;
        double dy = event.getY() - pressY;
        dragged = dragged || Math.abs(dx) > DRAG_THRESHOLD || Math.abs(dy) > DRAG_THRESHOLD;
        if (!dragged) {
            return;
        }
        long span = control.visibleToProperty().get().toEpochMilli() - control.visibleFromProperty().get()
                .toEpochMilli();
        double millisPerPixel = span / Math.max(1, canvas.getWidth() - GUTTER - TimelineLayout.RIGHT_MARGIN);
        control.setVisible(pressFrom.toEpochMilli() - Math.round(dx * millisPerPixel), span);
        control.followProperty().set(false);
        lanesBar.setValue(Math.max(0, Math.min(lanesBar.getMax(), pressScroll - dy)));
    }

    private void released(MouseEvent event) {
        if (!dragged && event.isStillSincePress()) {
            clicked(event.getX(), event.getY());
        }
        pressFrom = null;
    }

    /** A marker selects the tasks its events name; a lane selects its task; anywhere else clears the selection. */
    private void clicked(double x, double y) {
        DeploymentTimeline control = getSkinnable();
        List<TimelinePicture.Marker> markers = markersAt(x, y);
        control.selectEvents(markers.stream().map(TimelinePicture.Marker::event).toList());
        if (markers.isEmpty()) {
            laneAt(x, y).ifPresent(lane -> control.getSelectedTaskIds().add(lane.taskId()));
        }
    }

    private void moved(MouseEvent event) {
        List<TimelinePicture.Marker> markers = markersAt(event.getX(), event.getY());
        Optional<TimelinePicture.Lane> lane = markers.isEmpty() ? laneAt(event.getX(), event.getY())
                : Optional.empty();
        Object under = markers.isEmpty() ? lane.orElse(null) : markers;
        if (under == null) {
            hideTooltip();
            return;
        }
        if (!under.equals(hovered)) {
            hovered = under;
            tooltip.setText(markers.isEmpty() ? laneText(lane.get().taskId()) : markers.stream()
                    .map(m -> TimeText.time(m.event().at()) + "  " + m.event().message())
                    .collect(Collectors.joining("\n")));
        }
        tooltip.show(canvas, event.getScreenX() + 14, event.getScreenY() + 14);
    }

    private void hideTooltip() {
        hovered = null;
        tooltip.hide();
    }

    /** A task's story for the tooltip: revision, deployment, phases with their times, and why it stopped. */
    private String laneText(String taskId) {
        TaskLane lane = getSkinnable().getHistory().lane(taskId).orElseThrow();
        StringBuilder text = new StringBuilder("Task ").append(lane.taskId()).append('\n')
                .append(lane.taskDefinition()).append(", started by ").append(lane.deploymentId());
        for (PhaseSpan span : lane.phases()) {
            text.append('\n').append(String.format("%-13s %s", span.phase(), TimeText.time(span.start())));
            if (span.end() != null) {
                text.append(" – ").append(TimeText.time(span.end()));
            }
        }
        if (lane.stopCode() != null) {
            text.append('\n').append(lane.failed() ? "Failed: " : "Stopped: ").append(lane.stopCode());
            if (lane.stoppedReason() != null) {
                text.append('\n').append(lane.stoppedReason());
            }
        }
        return text.toString();
    }

    /** The markers nearest the pointer: every event of that moment. */
    private List<TimelinePicture.Marker> markersAt(double x, double y) {
        TimelinePicture picture = getSkinnable().pictureProperty().get();
        if (picture == null || y < MARKERS_TOP - 2 || y > AXIS_TOP + 2) {
            return List.of();
        }
        TimelinePicture.Marker nearest = null;
        for (TimelinePicture.Marker marker : picture.markers()) {
            double distance = Math.abs(marker.x() - x);
            if (distance <= MARKER_REACH && (nearest == null || distance < Math.abs(nearest.x() - x))) {
                nearest = marker;
            }
        }
        if (nearest == null) {
            return List.of();
        }
        double at = nearest.x();
        return picture.markers().stream().filter(m -> Math.abs(m.x() - at) < SAME_MOMENT).toList();
    }

    private Optional<TimelinePicture.Lane> laneAt(double x, double y) {
        TimelinePicture picture = getSkinnable().pictureProperty().get();
        if (picture == null || y < LANES_TOP) {
            return Optional.empty();
        }
        int index = (int) Math.floor((y - LANES_TOP + lanesBar.getValue()) / LANE_HEIGHT);
        return index >= 0 && index < picture.lanes().size() ? Optional.of(picture.lanes().get(index))
                : Optional.empty();
    }

    private Instant timeAt(double x) {
        DeploymentTimeline control = getSkinnable();
        return TimelineLayout.timeAt(x, control.visibleFromProperty().get(), control.visibleToProperty().get(),
                canvas.getWidth());
    }
}
