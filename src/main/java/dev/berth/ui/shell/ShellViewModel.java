package dev.berth.ui.shell;

import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.settings.Settings;
import dev.berth.core.settings.SettingsFile;
import dev.berth.core.settings.ThemeChoice;
import dev.berth.core.settings.WindowBounds;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.TimeText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The main window's state without its controls: current area, theme, the simulation clock (text, running,
 * speed, step) and what is remembered between runs. Saving settings never interrupts the user: a failure is
 * shown in the status bar.
 */
public final class ShellViewModel {
    private final Optional<SimulationClock> clock;
    private final BackgroundTasks background;
    private final SettingsFile settingsFile;
    private Settings settings;
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(this, "area");
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<ClockSpeed> speed = new SimpleObjectProperty<>(this, "speed", ClockSpeed.X1);
    private final ReadOnlyBooleanWrapper clockRunning = new ReadOnlyBooleanWrapper(this, "clockRunning");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyStringWrapper backendName = new ReadOnlyStringWrapper(this, "backendName");
    private final Gateway gateway;

    public ShellViewModel(Gateway gateway, BackgroundTasks background, SettingsFile settingsFile) {
        this.clock = gateway.simulationClock();
        this.background = background;
        this.settingsFile = settingsFile;
        this.gateway = gateway;
        this.backendName.set(gateway.backendName());
        this.settings = settingsFile.load();
        area.set(Area.fromKey(settings.lastArea()));
        theme.set(settings.theme());
        clock.ifPresent(simulation -> speed.set(simulation.speed()));
        readClock();
        area.addListener((observable, old, now) -> save(settings.withLastArea(now.key())));
        theme.addListener((observable, old, now) -> save(settings.withTheme(now)));
        speed.addListener((observable, old, now) -> clock.ifPresent(simulation -> simulation.setSpeed(now)));
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

    public boolean hasClock() {
        return clock.isPresent();
    }

    public ReadOnlyStringProperty backendNameProperty() {
        return backendName.getReadOnlyProperty();
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
