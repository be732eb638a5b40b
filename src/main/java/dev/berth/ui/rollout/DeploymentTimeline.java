package dev.berth.ui.rollout;

import dev.berth.core.rollout.DeploymentHistory;
import dev.berth.core.rollout.EventMarker;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A rolling update drawn over time (issue 4): a swimlane per task coloured by task definition revision, the healthy
 * tasks of each revision inside the band the deployment configuration allows, the circuit breaker's count against its
 * threshold, and the service events as markers on the time axis. Shows {@link #historyProperty() a history} as of
 * {@link #playheadProperty() the playhead} (null: everything, as it is live) between {@link #visibleFromProperty()}
 * and {@link #visibleToProperty()}, which zoom and pan move. Colours come from {@code deployment-timeline.css}.
 */
public final class DeploymentTimeline extends Control {
    public static final String STYLE_CLASS = "deployment-timeline";
    private static final String STYLESHEET = Objects.requireNonNull(
            DeploymentTimeline.class.getResource("deployment-timeline.css"), "deployment-timeline.css is missing")
            .toExternalForm();
    /** Zooming in stops at a minute across, enough to tell seconds apart. */
    static final Duration NARROWEST = Duration.ofMinutes(1);
    private static final StyleablePropertyFactory<DeploymentTimeline> STYLES =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ObjectProperty<DeploymentHistory> history = new SimpleObjectProperty<>(this, "history");
    private final ObjectProperty<Instant> playhead = new SimpleObjectProperty<>(this, "playhead");
    private final ObjectProperty<Instant> visibleFrom = new SimpleObjectProperty<>(this, "visibleFrom");
    private final ObjectProperty<Instant> visibleTo = new SimpleObjectProperty<>(this, "visibleTo");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final StringProperty newRevision = new SimpleStringProperty(this, "newRevision");
    private final ObservableSet<String> selectedTaskIds = FXCollections.observableSet();
    private final ObservableList<EventMarker> selectedEvents = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TimelinePicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");

    private final StyleableObjectProperty<Color> newRevisionColor = colour("newRevisionColor",
            "-timeline-new-revision-color", t -> t.newRevisionColor, Color.web("#0969da"));
    private final StyleableObjectProperty<Color> oldRevisionColor = colour("oldRevisionColor",
            "-timeline-old-revision-color", t -> t.oldRevisionColor, Color.web("#8250df"));
    private final StyleableObjectProperty<Color> otherRevisionColor = colour("otherRevisionColor",
            "-timeline-other-revision-color", t -> t.otherRevisionColor, Color.web("#1a7f37"));
    private final StyleableObjectProperty<Color> failedColor = colour("failedColor",
            "-timeline-failed-color", t -> t.failedColor, Color.web("#cf222e"));
    private final StyleableObjectProperty<Color> bandColor = colour("bandColor",
            "-timeline-band-color", t -> t.bandColor, Color.web("#1a7f37"));
    private final StyleableObjectProperty<Color> textColor = colour("textColor",
            "-timeline-text-color", t -> t.textColor, Color.web("#1f2328"));
    private final StyleableObjectProperty<Color> mutedColor = colour("mutedColor",
            "-timeline-muted-color", t -> t.mutedColor, Color.web("#656d76"));
    private final StyleableObjectProperty<Color> gridColor = colour("gridColor",
            "-timeline-grid-color", t -> t.gridColor, Color.web("#d0d7de"));
    private final StyleableObjectProperty<Color> backgroundColor = colour("backgroundColor",
            "-timeline-background-color", t -> t.backgroundColor, Color.WHITE);
    private final StyleableObjectProperty<Color> selectionColor = colour("selectionColor",
            "-timeline-selection-color", t -> t.selectionColor, Color.web("#bf8700"));
    private final StyleableObjectProperty<Color> goodColor = colour("goodColor",
            "-timeline-good-color", t -> t.goodColor, Color.web("#1a7f37"));

    public DeploymentTimeline() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        history.addListener((observable, old, now) -> fitView(old, now));
    }

    private StyleableObjectProperty<Color> colour(String property, String cssProperty,
                                                  Function<DeploymentTimeline, StyleableProperty<Color>> self,
                                                  Color initial) {
        return (StyleableObjectProperty<Color>) STYLES.createStyleableColorProperty(this, property, cssProperty, self,
                initial);
    }

    /**
     * A history of another stretch of time shows whole; a longer one of the same stretch keeps the view, and while
     * following, slides it to keep the newest moment in sight (a view showing everything keeps showing everything).
     */
    private void fitView(DeploymentHistory old, DeploymentHistory now) {
        if (now == null) {
            return;
        }
        if (old == null || !old.from().equals(now.from()) || visibleFrom.get() == null) {
            showAll();
            return;
        }
        long from = visibleFrom.get().toEpochMilli();
        long span = visibleTo.get().toEpochMilli() - from;
        boolean showedAll = visibleFrom.get().equals(old.from()) && visibleTo.get().equals(end(old));
        if (showedAll && follow.get()) {
            showAll();
        } else if (follow.get()) {
            setVisible(end(now).toEpochMilli() - span, span);
        } else {
            setVisible(from, span);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DeploymentTimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** Shows the whole history. */
    public void showAll() {
        DeploymentHistory shown = history.get();
        if (shown != null) {
            visibleFrom.set(shown.from());
            visibleTo.set(end(shown));
        }
    }

    /**
     * Narrows ({@code factor} below 1) or widens the visible time around {@code anchor}, which stays where it is on
     * screen; never narrower than a minute, never wider than the history.
     */
    public void zoom(double factor, Instant anchor) {
        DeploymentHistory shown = history.get();
        if (shown == null || visibleFrom.get() == null) {
            return;
        }
        long from = visibleFrom.get().toEpochMilli();
        long span = visibleTo.get().toEpochMilli() - from;
        long whole = end(shown).toEpochMilli() - shown.from().toEpochMilli();
        long next = Math.max(NARROWEST.toMillis(), Math.min(whole, Math.round(span * factor)));
        double at = span == 0 ? 0 : (anchor.toEpochMilli() - from) / (double) span;
        long start = Math.round(anchor.toEpochMilli() - at * next);
        setVisible(start, next);
        follow.set(follow.get() && factor >= 1);
    }

    /** Moves the visible time by {@code amount} (later when positive), within the history. */
    public void pan(Duration amount) {
        if (history.get() == null || visibleFrom.get() == null) {
            return;
        }
        long from = visibleFrom.get().toEpochMilli();
        long span = visibleTo.get().toEpochMilli() - from;
        setVisible(from + amount.toMillis(), span);
        follow.set(follow.get() && !amount.isNegative());
    }

    /** {@code span} ms from {@code start}, slid back inside the history. */
    void setVisible(long start, long span) {
        DeploymentHistory shown = history.get();
        long first = shown.from().toEpochMilli();
        long last = end(shown).toEpochMilli();
        long clamped = Math.max(first, Math.min(start, last - span));
        visibleFrom.set(Instant.ofEpochMilli(clamped));
        visibleTo.set(Instant.ofEpochMilli(Math.min(last, clamped + span)));
    }

    /** The end of the time axis: the history's end, at least a minute after its start. */
    static Instant end(DeploymentHistory history) {
        Instant least = history.from().plus(NARROWEST);
        return history.to().isBefore(least) ? least : history.to();
    }

    /** Selects the events (those at one moment, say) and the tasks they name; an empty list clears both. */
    public void selectEvents(List<EventMarker> events) {
        selectedEvents.setAll(events);
        Set<String> named = new HashSet<>();
        events.forEach(e -> named.addAll(e.taskIds()));
        selectedTaskIds.retainAll(named);
        selectedTaskIds.addAll(named);
    }

    public ObjectProperty<DeploymentHistory> historyProperty() {
        return history;
    }

    public DeploymentHistory getHistory() {
        return history.get();
    }

    public void setHistory(DeploymentHistory value) {
        history.set(value);
    }

    /** The moment shown (replay); null shows everything recorded (live). */
    public ObjectProperty<Instant> playheadProperty() {
        return playhead;
    }

    public ObjectProperty<Instant> visibleFromProperty() {
        return visibleFrom;
    }

    public ObjectProperty<Instant> visibleToProperty() {
        return visibleTo;
    }

    /** While true, a longer history keeps the newest moment in view (live); zooming in or panning back stops it. */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** The revision ({@code family:revision}) drawn in the new colour; null: the newest revision among the lanes. */
    public StringProperty newRevisionProperty() {
        return newRevision;
    }

    /** Tasks drawn highlighted: those a clicked event names, or a clicked lane. */
    public ObservableSet<String> getSelectedTaskIds() {
        return selectedTaskIds;
    }

    /** The events drawn highlighted: those last clicked. */
    public ObservableList<EventMarker> getSelectedEvents() {
        return selectedEvents;
    }

    /** What the timeline draws at present, as data (for tests and tools); set by the skin on every layout. */
    public ReadOnlyObjectProperty<TimelinePicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    void setPicture(TimelinePicture drawn) {
        picture.set(drawn);
    }

    /** The colour of the new revision's tasks, as the theme sets it. */
    public Color getNewRevisionColor() {
        return newRevisionColor.get();
    }

    /** The colour of the old revision's tasks, as the theme sets it. */
    public Color getOldRevisionColor() {
        return oldRevisionColor.get();
    }

    /** The colours as CSS set them now. */
    TimelinePalette palette() {
        return new TimelinePalette(newRevisionColor.get(), oldRevisionColor.get(), otherRevisionColor.get(),
                failedColor.get(), bandColor.get(), textColor.get(), mutedColor.get(), gridColor.get(),
                backgroundColor.get(), selectionColor.get(), goodColor.get());
    }

    /** The styleable colour properties, so the skin can redraw when the theme changes them. */
    List<StyleableObjectProperty<Color>> colourProperties() {
        return List.of(newRevisionColor, oldRevisionColor, otherRevisionColor, failedColor, bandColor, textColor,
                mutedColor, gridColor, backgroundColor, selectionColor, goodColor);
    }
}
