package dev.berth.ui.rollout;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.rollout.DeploymentHistory;
import dev.berth.core.rollout.DeploymentHistoryExport;
import dev.berth.core.rollout.DeploymentRecorder;
import dev.berth.core.rollout.DeploymentSpan;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Refresher;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Deployments tab of a service: every refresh records the service through a {@link DeploymentRecorder} (one per
 * service, kept while the app runs, so earlier deployments stay listed after AWS drops them), lists the deployments
 * newest first, and cuts the history to the selected one's story. A deployment still under way is shown live; a
 * finished one can be replayed: a playhead moves through it at a chosen speed.
 */
public final class DeploymentsViewModel {
    /** Room shown before a deployment starts and after the service settled, as a share of the deployment's time. */
    private static final double MARGIN_SHARE = 0.06;
    private static final Duration LEAST_MARGIN = Duration.ofSeconds(15);

    private final EcsGateway ecs;
    private final Gateway gateway;
    private final String region;
    private final Clock wallClock;
    private final BackgroundTasks background;
    private final Refresher refresher;
    private final Map<String, DeploymentRecorder> recorders = new HashMap<>();
    private final FilteredRows<DeploymentSpan, DeploymentRow> rows =
            new FilteredRows<>(DeploymentSpan::deploymentId, DeploymentRow::new);
    private final ReadOnlyObjectWrapper<DeploymentHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ObjectProperty<DeploymentSpan> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<DeploymentHistory> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");
    private final ObjectProperty<Instant> playhead = new SimpleObjectProperty<>(this, "playhead");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<ReplaySpeed> speed = new SimpleObjectProperty<>(this, "speed", ReplaySpeed.X10);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private String cluster;
    private String service;

    public DeploymentsViewModel(Gateway gateway, BackgroundTasks background, Clock wallClock) {
        this.gateway = gateway;
        this.ecs = gateway.ecs();
        this.region = gateway.region();
        this.wallClock = wallClock;
        this.background = background;
        this.refresher = new Refresher(background, wallClock);
        selected.addListener((observable, old, now) -> {
            boolean another = old == null || now == null || !old.deploymentId().equals(now.deploymentId());
            if (another) {
                playing.set(false);
                playhead.set(null);
            }
            cut();
        });
    }

    /**
     * Records {@code serviceName} of {@code clusterName} once more (null: nothing selected); a service not recorded
     * before starts with what AWS still lists.
     */
    public void refresh(String clusterName, String serviceName) {
        boolean another = !Objects.equals(clusterName, cluster) || !Objects.equals(serviceName, service);
        cluster = clusterName;
        service = serviceName;
        if (another) {
            refresher.cancelPending();
            history.set(null);
            rows.clear();
            cut();
        }
        if (clusterName == null || serviceName == null) {
            return;
        }
        DeploymentRecorder recorder = recorders.computeIfAbsent(clusterName + "/" + serviceName,
                key -> new DeploymentRecorder(clusterName, serviceName));
        refresher.read(() -> record(recorder), this::show,
                failure -> Messages.explain(failure, ErrorContext.in(region).cluster(clusterName)
                        .service(serviceName)));
    }

    /** A recorder is not thread-safe and refreshes may overlap: one poll at a time per recorder. */
    private DeploymentHistory record(DeploymentRecorder recorder) {
        synchronized (recorder) {
            Instant at = gateway.simulationClock().map(SimulationClock::now).orElseGet(wallClock::instant);
            return recorder.poll(ecs, at);
        }
    }

    private void show(DeploymentHistory recorded) {
        history.set(recorded);
        List<DeploymentSpan> newestFirst = new ArrayList<>(recorded.deployments());
        Collections.reverse(newestFirst);
        // The selected row's deployment follows its row, through the view's binding.
        rows.update(newestFirst);
        cut();
    }

    /** The selected deployment's story: from a little before it started until a little after the service settled. */
    private void cut() {
        DeploymentHistory whole = history.get();
        DeploymentSpan deployment = selected.get();
        if (whole == null || deployment == null || whole.deployment(deployment.deploymentId()).isEmpty()) {
            shown.set(null);
            live.set(false);
            return;
        }
        DeploymentHistory.Window window = whole.windowOf(deployment.deploymentId());
        boolean settled = window.to().isBefore(whole.to());
        Duration length = Duration.between(window.from(), window.to());
        Duration margin = Duration.ofMillis(Math.max(LEAST_MARGIN.toMillis(),
                Math.round(length.toMillis() * MARGIN_SHARE)));
        Instant start = window.from().minus(margin);
        Instant end = settled ? earliest(window.to().plus(margin), whole.to(), nextStart(whole, window)) : whole.to();
        live.set(!settled);
        if (!settled) {
            playing.set(false);
            playhead.set(null);
        }
        shown.set(whole.during(start.isBefore(whole.from()) ? whole.from() : start, end));
    }

    /** The next deployment's creation after the window, so its tasks stay out of this one's picture. */
    private static Instant nextStart(DeploymentHistory whole, DeploymentHistory.Window window) {
        return whole.deployments().stream().map(DeploymentSpan::createdAt)
                .filter(at -> at != null && at.isAfter(window.to())).min(Instant::compareTo).orElse(whole.to());
    }

    private static Instant earliest(Instant... moments) {
        Instant first = moments[0];
        for (Instant moment : moments) {
            first = moment.isBefore(first) ? moment : first;
        }
        return first;
    }

    /** Starts replaying the shown deployment from the playhead, or from its start when at the end or live. */
    public void play() {
        DeploymentHistory story = shown.get();
        if (story == null || live.get()) {
            return;
        }
        if (playhead.get() == null || !playhead.get().isBefore(story.to())) {
            playhead.set(story.from());
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    /** Moves the playhead on by {@code wallTime} at the replay speed; stops at the end. */
    public void advance(Duration wallTime) {
        DeploymentHistory story = shown.get();
        if (!playing.get() || story == null || playhead.get() == null) {
            return;
        }
        Instant next = playhead.get().plusMillis(Math.round(wallTime.toMillis() * speed.get().factor()));
        if (!next.isBefore(story.to())) {
            next = story.to();
            playing.set(false);
        }
        playhead.set(next);
    }

    /** Shows everything again (the replay's end). */
    public void stopReplay() {
        playing.set(false);
        playhead.set(null);
    }

    public void exportJson(Path file) {
        export(file, DeploymentHistoryExport::json);
    }

    /** The task phases as CSV. */
    public void exportPhasesCsv(Path file) {
        export(file, DeploymentHistoryExport::phasesCsv);
    }

    /** Healthy counts, band and breaker as CSV. */
    public void exportSeriesCsv(Path file) {
        export(file, DeploymentHistoryExport::seriesCsv);
    }

    public void exportEventsCsv(Path file) {
        export(file, DeploymentHistoryExport::eventsCsv);
    }

    private void export(Path file, Function<DeploymentHistory, String> format) {
        DeploymentHistory story = shown.get();
        if (story == null) {
            return;
        }
        background.run(() -> {
            try {
                Files.writeString(file, format.apply(story), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }, written -> notice.set("Saved " + written.getFileName() + "."),
                failure -> notice.set("Could not save " + file.getFileName() + ": " + Messages.explain(failure)));
    }

    /** Tells the user how a save outside the view model (the PNG) went. */
    public void noteSaved(Path file, IOException failure) {
        notice.set(failure == null ? "Saved " + file.getFileName() + "."
                : "Could not save " + file.getFileName() + ": " + failure.getMessage());
    }

    /** A file name for exports: the service, the deployment's id number, and {@code extension}. */
    public String suggestedFileName(String extension) {
        DeploymentSpan deployment = selected.get();
        String id = deployment == null ? "" : "-" + deployment.deploymentId().replace("ecs-svc/", "");
        return (service == null ? "deployment" : service) + id + extension;
    }

    public FilteredRows<DeploymentSpan, DeploymentRow> rows() {
        return rows;
    }

    /** Everything recorded of the service. */
    public ReadOnlyObjectProperty<DeploymentHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** The deployment whose story is shown; the view binds it to the table's selection. */
    public ObjectProperty<DeploymentSpan> selectedProperty() {
        return selected;
    }

    /** The selected deployment's part of the history, or null. */
    public ReadOnlyObjectProperty<DeploymentHistory> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The selected deployment has not settled yet: the timeline follows the clock and there is nothing to replay. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** The replay's moment; null shows everything recorded. */
    public ObjectProperty<Instant> playheadProperty() {
        return playhead;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public ObjectProperty<ReplaySpeed> speedProperty() {
        return speed;
    }

    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }

    /** How the last export went, or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
