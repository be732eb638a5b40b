package dev.berth.ui.shell;

import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.LocalEndpoint;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.settings.Settings;
import dev.berth.core.settings.SettingsFile;
import dev.berth.core.settings.ThemeChoice;
import dev.berth.core.settings.WindowBounds;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.TimeText;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The main window's state without its controls: current area, theme, the simulation clock (text, running,
 * speed, step), the connection (backend name; for real AWS the account, region, its colour and whether writes are
 * on), the API calls of the last refresh, and what is remembered between runs. Saving settings never interrupts
 * the user: a failure is shown in the status bar.
 */
public final class ShellViewModel {
    private final BackgroundTasks background;
    private final SettingsFile settingsFile;
    private Settings settings;
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(this, "area");
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<ClockSpeed> speed = new SimpleObjectProperty<>(this, "speed", ClockSpeed.X1);
    private final ReadOnlyBooleanWrapper hasClock = new ReadOnlyBooleanWrapper(this, "hasClock");
    private final ReadOnlyBooleanWrapper clockRunning = new ReadOnlyBooleanWrapper(this, "clockRunning");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyStringWrapper backendName = new ReadOnlyStringWrapper(this, "backendName");
    private final ReadOnlyStringWrapper accountText = new ReadOnlyStringWrapper(this, "accountText");
    private final ReadOnlyStringWrapper accountColour = new ReadOnlyStringWrapper(this, "accountColour");
    private final ReadOnlyStringWrapper callsText = new ReadOnlyStringWrapper(this, "callsText", "");
    private final ReadOnlyStringWrapper callsDetail = new ReadOnlyStringWrapper(this, "callsDetail", "");
    private final ReadOnlyBooleanWrapper canServe = new ReadOnlyBooleanWrapper(this, "canServe");
    private final ReadOnlyStringWrapper servingAt = new ReadOnlyStringWrapper(this, "servingAt");
    private final WriteLock writeLock = new WriteLock();
    private final Gateway gateway;
    private Optional<SimulationClock> clock;
    private ApiCalls.Snapshot lastCalls = ApiCalls.Snapshot.NONE;
    private ApiCalls.Snapshot refreshCalls = ApiCalls.Snapshot.NONE;

    public ShellViewModel(Gateway gateway, BackgroundTasks background, SettingsFile settingsFile) {
        this.background = background;
        this.settingsFile = settingsFile;
        this.gateway = gateway;
        this.settings = settingsFile.load();
        area.set(Area.fromKey(settings.lastArea()));
        theme.set(settings.theme());
        connectionChanged();
        area.addListener((observable, old, now) -> save(settings.withLastArea(now.key())));
        theme.addListener((observable, old, now) -> save(settings.withTheme(now)));
        speed.addListener((observable, old, now) -> clock.ifPresent(simulation -> simulation.setSpeed(now)));
    }

    /**
     * Reads what the connection is after the app switched backends: the clock (only a simulator has one), the name,
     * and for real AWS whether writes are on and, in the background, the account id.
     */
    public void connectionChanged() {
        clock = gateway.simulationClock();
        hasClock.set(clock.isPresent());
        clock.ifPresent(simulation -> speed.set(simulation.speed()));
        backendName.set(gateway.backendName());
        Optional<LocalEndpoint> endpoint = gateway.localEndpoint();
        canServe.set(endpoint.isPresent());
        servingAt.set(endpoint.flatMap(LocalEndpoint::running).map(URI::toString).orElse(null));
        lastCalls = gateway.apiCalls().map(ApiCalls::snapshot).orElse(ApiCalls.Snapshot.NONE);
        refreshCalls = ApiCalls.Snapshot.NONE;
        showCalls();
        Optional<AwsAccount> account = gateway.awsAccount();
        writeLock.set(account.isPresent(), account.map(aws -> !aws.writesAllowed()).orElse(false));
        accountText.set(null);
        accountColour.set(account.map(aws -> colourOf(aws.profile())).orElse(null));
        account.ifPresent(aws -> background.run(aws::accountId,
                id -> accountText.set("Account " + id + " · " + aws.region()),
                failure -> accountText.set("Account unknown · " + aws.region())));
        readClock();
    }

    /**
     * Starts or stops serving the shown world as a local AWS endpoint on port 4566, in the background (binding a
     * port can take a moment); a port already taken is said in the status bar.
     */
    public void toggleEndpoint() {
        gateway.localEndpoint().ifPresent(endpoint -> background.run(() -> {
            if (endpoint.running().isPresent()) {
                endpoint.stop();
                return Optional.<URI>empty();
            }
            return Optional.of(endpoint.start(LocalEndpoint.DEFAULT_PORT));
        }, uri -> {
            servingAt.set(uri.map(URI::toString).orElse(null));
            notice.set(null);
        }, failure -> notice.set(Messages.explain(failure))));
    }

    /** Whether the shown backend can be served as a local endpoint (a simulator world). */
    public ReadOnlyBooleanProperty canServeProperty() {
        return canServe.getReadOnlyProperty();
    }

    /** The endpoint's URL while the world is served, else null. */
    public ReadOnlyStringProperty servingAtProperty() {
        return servingAt.getReadOnlyProperty();
    }

    /** The badge colour of a profile: red when its name says production, else one of a few, always the same one. */
    static String colourOf(String profile) {
        String lower = profile.toLowerCase(Locale.ROOT);
        if (lower.contains("prod") || lower.contains("live")) {
            return BerthStyles.ACCOUNT_PRODUCTION;
        }
        return BerthStyles.ACCOUNT_COLOURS[Math.floorMod(profile.hashCode(), BerthStyles.ACCOUNT_COLOURS.length)];
    }

    /** Turns writes on or off for the current AWS connection, remembered for its profile. */
    public void allowWrites(boolean allowed) {
        gateway.awsAccount().ifPresent(account -> {
            account.allowWrites(allowed);
            writeLock.set(true, !allowed);
            save(settings.withWritesAllowed(account.profile(), allowed));
        });
    }

    /**
     * Updates the clock text and running state from the simulation clock, and the backend's name (a lesson moves
     * the app into its own practice world), read in the background: the simulator answers only between its own
     * steps, which at the highest speed keep it busy.
     */
    public void readClock() {
        clock.ifPresent(simulation -> background.run(
                () -> new ClockReading(simulation.now(), simulation.isRunning(), gateway.backendName()),
                reading -> {
                    clockText.set(TimeText.dateTime(reading.now()));
                    clockRunning.set(reading.running());
                    backendName.set(reading.backendName());
                },
                failure -> notice.set(Messages.explain(failure))));
    }

    private record ClockReading(Instant now, boolean running, String backendName) {
    }

    /** Marks the start of a refresh: the calls counted since the previous mark are what that refresh cost. */
    public void markRefresh() {
        gateway.apiCalls().ifPresent(calls -> {
            ApiCalls.Snapshot now = calls.snapshot();
            refreshCalls = now.since(lastCalls);
            lastCalls = now;
            showCalls();
        });
    }

    /** The calls of the last refresh cycle, e.g. whether AWS throttled any of them. */
    public ApiCalls.Snapshot lastRefreshCalls() {
        return refreshCalls;
    }

    private void showCalls() {
        if (gateway.apiCalls().isEmpty()) {
            callsText.set("");
            callsDetail.set("");
            return;
        }
        callsText.set(refreshCalls.total() + (refreshCalls.total() == 1 ? " call" : " calls"));
        StringBuilder detail = new StringBuilder("API calls of the last refresh\n");
        refreshCalls.calls().forEach((operation, count) -> detail.append(operation).append(": ").append(count)
                .append('\n'));
        detail.append("Total ").append(refreshCalls.total()).append(", HTTP attempts ").append(refreshCalls.attempts())
                .append(" (retries ").append(refreshCalls.attempts() - refreshCalls.total()).append("), throttled ")
                .append(refreshCalls.throttled());
        callsDetail.set(detail.toString());
    }

    public void togglePlay() {
        clock.ifPresent(simulation -> {
            if (simulation.isRunning()) {
                simulation.pause();
            } else {
                simulation.play();
            }
            readClock();
        });
    }

    /** Advances simulated time in the background (the simulator may have much to do), then runs {@code then}. */
    public void step(Duration amount, Runnable then) {
        clock.ifPresent(simulation -> background.run(() -> {
            simulation.step(amount);
            return amount;
        }, stepped -> {
            readClock();
            then.run();
        }, failure -> notice.set(Messages.explain(failure))));
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public void rememberWindow(WindowBounds bounds) {
        save(settings.withWindow(bounds));
    }

    private void save(Settings changed) {
        settings = changed;
        try {
            settingsFile.save(settings);
        } catch (UncheckedIOException e) {
            notice.set("Settings could not be saved (" + e.getCause().getMessage() + "); they apply until you quit.");
        }
    }

    public Settings settings() {
        return settings;
    }

    public WriteLock writeLock() {
        return writeLock;
    }

    public boolean hasClock() {
        return clock.isPresent();
    }

    public ReadOnlyBooleanProperty hasClockProperty() {
        return hasClock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backendNameProperty() {
        return backendName.getReadOnlyProperty();
    }

    /** "Account 123456789012 · eu-west-1" for real AWS, null for the simulator. */
    public ReadOnlyStringProperty accountTextProperty() {
        return accountText.getReadOnlyProperty();
    }

    /** The account badge's style class for real AWS, null for the simulator. */
    public ReadOnlyStringProperty accountColourProperty() {
        return accountColour.getReadOnlyProperty();
    }

    /** "68 calls" after a refresh on real AWS; empty where calls are not counted. */
    public ReadOnlyStringProperty callsTextProperty() {
        return callsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty callsDetailProperty() {
        return callsDetail.getReadOnlyProperty();
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public ObjectProperty<ClockSpeed> speedProperty() {
        return speed;
    }

    public ReadOnlyBooleanProperty clockRunningProperty() {
        return clockRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** A problem of the window itself (settings, clock) for the status bar, or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
