package dev.berth.app;

import dev.berth.core.gateway.AwsConnections;
import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.gateway.Connection;
import dev.berth.core.gateway.Connections;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.LocalEndpoint;
import dev.berth.core.settings.BerthHome;
import dev.berth.core.settings.LastConnectionFile;
import dev.berth.core.settings.SettingsFile;
import dev.berth.sim.store.WorldStore;
import dev.berth.training.PracticeWorld;
import dev.berth.training.PracticeWorlds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The app's backends, one open at a time behind a {@link SwitchingGateway}: the connection the user chose (a
 * simulator world or an AWS profile) and each lesson's practice world {@code worlds/lesson-<id>/}. Switching closes
 * the current backend (a world's clock saved, its journal and lock closed; an AWS connection's clients closed) and
 * opens the next. A world's clock runs at the speed the user chose, and stays paused if they had paused it. A lesson
 * world is seeded from the lesson's id, so a fresh one always starts the same way; leaving a lesson returns to the
 * user's connection.
 */
final class WorldSwitch implements PracticeWorlds, Connections, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WorldSwitch.class.getName());

    private final BerthHome home;
    private final WorldStore store;
    private final Supplier<Instant> wallClock;
    private final Supplier<AwsConnections> awsLoader;
    private final SwitchingGateway gateway;
    private final LastConnectionFile lastConnection;
    private Connection chosen;
    private Connection current;
    private WorldStore.OpenedWorld world;
    private RealTimeClock clock;
    private final Object awsLock = new Object();
    private AwsConnections aws;
    private AwsConnections.AwsConnection awsGateway;
    private ClockState clockState = new ClockState(ClockSpeed.X1, true);
    private boolean clocksRun;

    /** Starts on {@code opened}, the world named {@code homeWorld}; its clock runs once {@link #start} is called. */
    WorldSwitch(BerthHome home, WorldStore store, String homeWorld, WorldStore.OpenedWorld opened,
                Supplier<Instant> wallClock) {
        this(home, store, homeWorld, opened, wallClock, new AwsLoader(home.cache())::load);
    }

    /** As above, AWS reached through what {@code awsLoader} gives when AWS is first used. */
    WorldSwitch(BerthHome home, WorldStore store, String homeWorld, WorldStore.OpenedWorld opened,
                Supplier<Instant> wallClock, Supplier<AwsConnections> awsLoader) {
        this.home = home;
        this.store = store;
        this.wallClock = wallClock;
        this.awsLoader = awsLoader;
        this.world = opened;
        this.chosen = Connection.simulator(homeWorld);
        this.current = chosen;
        this.clock = new RealTimeClock(opened.simulator(), opened.journal()::flushClock, ClockSpeed.X1.factor());
        this.gateway = new SwitchingGateway(new SimulatorBackend(opened.simulator(), clock));
        this.lastConnection = LastConnectionFile.in(home);
    }

    SwitchingGateway gateway() {
        return gateway;
    }

    /** Starts driving the current world's clock from wall time, and every world's after a switch. */
    synchronized void start() {
        clocksRun = true;
        if (clock != null) {
            clock.start();
        }
    }

    @Override
    public List<Connection> available() {
        List<Connection> connections = new ArrayList<>();
        for (String name : worldNames()) {
            connections.add(Connection.simulator(name));
        }
        try {
            connections.addAll(aws().available());
        } catch (GatewayException e) {
            // The worlds stay available; the reason is in the log.
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
        return connections;
    }

    @Override
    public List<String> regions() {
        try {
            return aws().regions();
        } catch (GatewayException e) {
            return List.of();
        }
    }

    @Override
    public synchronized Connection current() {
        return current;
    }

    @Override
    public synchronized void connect(Connection connection) {
        Connection before = current;
        closeCurrent();
        try {
            open(connection);
            chosen = connection;
        } catch (RuntimeException e) {
            open(before);
            throw e;
        }
        remember(connection);
    }

    /** The next start offers {@code connection} again; not being able to write that is no reason to fail. */
    private void remember(Connection connection) {
        try {
            lastConnection.save(connection);
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
    }

    @Override
    public synchronized PracticeWorld enter(String lessonId, boolean fresh) {
        String name = PracticeWorlds.worldName(lessonId);
        Path folder = home.world(name);
        closeCurrent();
        try {
            if (fresh) {
                delete(folder);
            }
            boolean existed = Files.exists(folder);
            openWorld(name, new WorldStore.NewWorld(Integer.toUnsignedLong(lessonId.hashCode()), false));
            return new PracticeWorld(name, gateway, !existed || world.notice().isPresent());
        } catch (RuntimeException e) {
            open(chosen);
            throw e;
        }
    }

    @Override
    public synchronized void leave() {
        if (!current.equals(chosen)) {
            closeCurrent();
            open(chosen);
        }
    }

    @Override
    public boolean separateWorlds() {
        return true;
    }

    @Override
    public synchronized void close() {
        gateway.localEndpoint().ifPresent(LocalEndpoint::stop);
        closeCurrent();
    }

    /** The user's worlds on disk (lesson worlds are the lessons' own), and the current one. */
    private List<String> worldNames() {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(home.worlds())) {
            try (Stream<Path> folders = Files.list(home.worlds())) {
                folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                        .filter(name -> !name.startsWith("lesson-")).sorted().forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("The worlds in " + home.worlds() + " could not be listed", e);
            }
        }
        if (!chosen.isAws() && !names.contains(chosen.name())) {
            names.add(0, chosen.name());
        }
        return names;
    }

    private record ClockState(ClockSpeed speed, boolean running) {
    }

    private void closeCurrent() {
        if (world != null) {
            clockState = new ClockState(clock.speed(), clock.isRunning());
            clock.close();
            world.close();
            world = null;
            clock = null;
        }
        if (awsGateway != null) {
            awsGateway.close();
            awsGateway = null;
        }
    }

    private void open(Connection connection) {
        if (connection.isAws()) {
            AwsConnections.AwsConnection opened = aws().open(connection,
                    SettingsFile.in(home).load().writesAllowed(connection.name()));
            try {
                // One call proves the credentials and names the account for the status bar.
                opened.awsAccount().orElseThrow().accountId();
            } catch (GatewayException e) {
                opened.close();
                throw e;
            }
            awsGateway = opened;
            current = connection;
            gateway.switchTo(opened);
        } else {
            // The user's own world: should it have gone, a new demo world takes its place.
            openWorld(connection.name(), new WorldStore.NewWorld(wallClock.get().toEpochMilli(), true));
        }
    }

    private void openWorld(String name, WorldStore.NewWorld ifMissing) {
        world = store.open(home.world(name), name, wallClock.get(), ifMissing);
        current = Connection.simulator(name);
        clock = new RealTimeClock(world.simulator(), world.journal()::flushClock, clockState.speed().factor());
        if (clocksRun) {
            clock.start();
            if (!clockState.running()) {
                clock.pause();
            }
        }
        gateway.switchTo(new SimulatorBackend(world.simulator(), clock));
    }

    /**
     * AWS support, loaded the first time it is needed (the SDK is not loaded by a start on a world). Under a lock of
     * its own: listing the connections must not wait for a connect that waits on the network.
     */
    private AwsConnections aws() {
        synchronized (awsLock) {
            if (aws == null) {
                aws = awsLoader.get();
            }
            return aws;
        }
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
