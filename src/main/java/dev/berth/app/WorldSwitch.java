package dev.berth.app;

import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.settings.BerthHome;
import dev.berth.sim.store.WorldStore;
import dev.berth.training.PracticeWorld;
import dev.berth.training.PracticeWorlds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The app's simulator worlds, one open at a time behind a {@link SwitchingGateway}: the world it was started with,
 * and each lesson's practice world {@code worlds/lesson-<id>/}. Switching closes the current world (its clock saved,
 * its journal and lock closed) and opens the next, whose clock runs at the speed the user chose, and stays paused if
 * they had paused it. A lesson world is seeded from the lesson's id, so a fresh one always starts the same way.
 */
final class WorldSwitch implements PracticeWorlds, AutoCloseable {
    private final BerthHome home;
    private final WorldStore store;
    private final String homeWorld;
    private final Supplier<Instant> wallClock;
    private final SwitchingGateway gateway;
    private WorldStore.OpenedWorld world;
    private String worldName;
    private RealTimeClock clock;
    private boolean clocksRun;

    /** Starts on {@code opened}, the world named {@code homeWorld}; its clock runs once {@link #start} is called. */
    WorldSwitch(BerthHome home, WorldStore store, String homeWorld, WorldStore.OpenedWorld opened,
                Supplier<Instant> wallClock) {
        this.home = home;
        this.store = store;
        this.homeWorld = homeWorld;
        this.wallClock = wallClock;
        this.world = opened;
        this.worldName = homeWorld;
        this.clock = new RealTimeClock(opened.simulator(), opened.journal()::flushClock, ClockSpeed.X1.factor());
        this.gateway = new SwitchingGateway(new SimulatorBackend(opened.simulator(), clock));
    }

    SwitchingGateway gateway() {
        return gateway;
    }

    /** Starts driving the current world's clock from wall time, and every world's after a switch. */
    synchronized void start() {
        clocksRun = true;
        clock.start();
    }

    @Override
    public synchronized PracticeWorld enter(String lessonId, boolean fresh) {
        String name = PracticeWorlds.worldName(lessonId);
        Path folder = home.world(name);
        ClockState before = closeCurrent();
        try {
            if (fresh) {
                delete(folder);
            }
            boolean existed = Files.exists(folder);
            open(name, new WorldStore.NewWorld(Integer.toUnsignedLong(lessonId.hashCode()), false), before);
            return new PracticeWorld(name, gateway, !existed || world.notice().isPresent());
        } catch (RuntimeException e) {
            open(homeWorld, homeWorldIfMissing(), before);
            throw e;
        }
    }

    @Override
    public synchronized void leave() {
        if (!worldName.equals(homeWorld)) {
            open(homeWorld, homeWorldIfMissing(), closeCurrent());
        }
    }

    @Override
    public boolean separateWorlds() {
        return true;
    }

    @Override
    public synchronized void close() {
        closeCurrent();
    }

    /** The user's world should exist (the app opened it); should it have gone, a new demo world takes its place. */
    private WorldStore.NewWorld homeWorldIfMissing() {
        return new WorldStore.NewWorld(wallClock.get().toEpochMilli(), true);
    }

    private record ClockState(ClockSpeed speed, boolean running) {
    }

    private ClockState closeCurrent() {
        ClockState state = new ClockState(clock.speed(), clock.isRunning());
        clock.close();
        world.close();
        return state;
    }

    private void open(String name, WorldStore.NewWorld ifMissing, ClockState clockState) {
        world = store.open(home.world(name), name, wallClock.get(), ifMissing);
        worldName = name;
        clock = new RealTimeClock(world.simulator(), world.journal()::flushClock, clockState.speed().factor());
        if (clocksRun) {
            clock.start();
            if (!clockState.running()) {
                clock.pause();
            }
        }
        gateway.switchTo(new SimulatorBackend(world.simulator(), clock));
    }

    /** Removes a lesson's practice world; only lesson worlds are ever removed. */
    private void delete(Path folder) {
        if (!folder.getParent().equals(home.worlds()) || !folder.getFileName().toString().startsWith("lesson-")) {
            throw new IllegalArgumentException("only a lesson's practice world can be made fresh, not " + folder);
        }
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The practice world in " + folder + " could not be removed", e);
        }
    }
}
