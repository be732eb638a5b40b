package dev.berth.sim.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.gateway.GatewayException;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Opens a simulator world saved under {@code worlds/NAME/}: replays its journal, or creates the demo world when
 * there is none. A journal that cannot be read is moved aside (never deleted) and a fresh world takes its place,
 * with a notice saying so.
 */
public final class WorldStore {
    static final String FILE_NAME = "world.db";
    /** Replayed time passes in steps this long, so that progress can be told; see {@link Replay}. */
    private static final Duration REPLAY_SLICE = Duration.ofDays(1);
    private static final String[] SQLITE_SIDE_FILES = {"", "-wal", "-shm"};
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * An opened world: the running simulator, its journal and, if the old one was unusable, why. Holds the world's
     * lock until closed, so a second process cannot append to the same journal.
     */
    public record OpenedWorld(Simulator simulator, SqliteJournal journal, Optional<String> notice, WorldLock lock)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                journal.close();
            } finally {
                lock.close();
            }
        }
    }

    /**
     * @param wallNow          the wall-clock time, used only to date a new world and a moved-aside file; the
     *                         simulator itself never reads the wall clock
     * @param newWorld         how to create the world if there is none (or it was unreadable)
     */
    public OpenedWorld open(Path worldDir, String name, Instant wallNow, NewWorld newWorld) {
        return open(worldDir, name, wallNow, newWorld, new Replay());
    }

    /** As {@link #open(Path, String, Instant, NewWorld)}, telling {@code progress} how far replaying its history is. */
    public OpenedWorld open(Path worldDir, String name, Instant wallNow, NewWorld newWorld, Replay progress) {
        try {
            Files.createDirectories(worldDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + worldDir, e);
        }
        WorldLock lock = WorldLock.acquire(worldDir, name);
        try {
            return open(worldDir, name, wallNow, newWorld, lock, progress);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private OpenedWorld open(Path worldDir, String name, Instant wallNow, NewWorld newWorld, WorldLock lock,
                             Replay progress) {
        Path file = worldDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            SqliteJournal journal = null;
            try {
                journal = SqliteJournal.open(file, mapper);
                return new OpenedWorld(replay(journal, progress), journal, Optional.empty(), lock);
            } catch (JournalException | GatewayException | IllegalArgumentException e) {
                closeQuietly(journal);
                Path aside = moveAside(worldDir, wallNow);
                String notice = "The saved world '" + name + "' could not be read (" + e.getMessage() + "). "
                        + "It was moved to " + aside + " and a new " + (newWorld.demo() ? "demo " : "")
                        + "world was created.";
                return create(file, name, wallNow, newWorld, Optional.of(notice), lock);
            }
        }
        return create(file, name, wallNow, newWorld, Optional.empty(), lock);
    }

    /**
     * Runs the world's history again: its commands at their times, then on to the clock it was closed at. Time
     * passes a simulated day at a time, which changes nothing in the history (events run in the same order however
     * time is sliced) and lets a window say how far a long history has come; like any advance, each step records
     * the clock.
     */
    private Simulator replay(SqliteJournal journal, Replay progress) {
        WorldSettings settings = WorldMeta.read(journal.meta());
        Simulator simulator = Simulator.create(settings, journal);
        List<JournalEntry> entries = journal.entries();
        long until = simulator.now().toEpochMilli();
        if (!entries.isEmpty()) {
            until = Math.max(until, entries.get(entries.size() - 1).atEpochMillis());
        }
        Long clock = journal.savedClock();
        if (clock != null) {
            until = Math.max(until, clock);
        }
        progress.begin(simulator.now().toEpochMilli(), until);
        for (JournalEntry entry : entries) {
            advanceInSlices(simulator, entry.atEpochMillis(), progress);
            simulator.replay(entry);
        }
        advanceInSlices(simulator, until, progress);
        return simulator;
    }

    private static void advanceInSlices(Simulator simulator, long untilMillis, Replay progress) {
        long now = simulator.now().toEpochMilli();
        while (now < untilMillis) {
            now = Math.min(untilMillis, now + REPLAY_SLICE.toMillis());
            simulator.advanceTo(Instant.ofEpochMilli(now));
            progress.reached(now);
        }
    }

    private OpenedWorld create(Path file, String name, Instant wallNow, NewWorld newWorld, Optional<String> notice,
                               WorldLock lock) {
        SqliteJournal journal = SqliteJournal.open(file, mapper);
        Instant start = wallNow.truncatedTo(ChronoUnit.SECONDS).minus(newWorld.demo() ? DemoWorld.HISTORY
                : Duration.ZERO);
        WorldSettings settings = new WorldSettings(name, newWorld.seed(), start, "us-east-1", "123456789012");
        WorldMeta.write(settings).forEach(journal::putMeta);
        Simulator simulator = Simulator.create(settings, journal);
        if (newWorld.demo()) {
            DemoWorld.populate(simulator);
        }
        return new OpenedWorld(simulator, journal, notice, lock);
    }

    private static Path moveAside(Path worldDir, Instant wallNow) {
        String suffix = ".unreadable-" + ASIDE_STAMP.format(wallNow);
        Path aside = worldDir.resolve(FILE_NAME + suffix);
        try {
            for (String side : SQLITE_SIDE_FILES) {
                Path from = worldDir.resolve(FILE_NAME + side);
                if (Files.exists(from)) {
                    Files.move(from, worldDir.resolve(FILE_NAME + suffix + side), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the unreadable world aside", e);
        }
        return aside;
    }

    private static void closeQuietly(SqliteJournal journal) {
        if (journal == null) {
            return;
        }
        try {
            journal.close();
        } catch (JournalException ignored) {
            // the file is being moved aside because it is broken; a failed close changes nothing
        }
    }

    /**
     * How far replaying an opening world's history has come, in simulated time; written by the thread opening the
     * world, read by any other.
     */
    public static final class Replay {
        /** Where a replay stands, read in one go: the simulated time it started from, has reached and goes to. */
        public record Position(Instant from, Instant reached, Instant until) {
            /** From 0 (nothing replayed yet, or nothing to replay) to 1 (the whole history replayed). */
            public double fraction() {
                long span = until.toEpochMilli() - from.toEpochMilli();
                return span <= 0 ? 0 : Math.min(1, (double) (reached.toEpochMilli() - from.toEpochMilli()) / span);
            }
        }

        /** Null until the replay begins. */
        private volatile Position position;
        private final LongConsumer onReached;

        public Replay() {
            this(millis -> {
            });
        }

        /** {@code onReached} sees every step, on the opening thread (for tests). */
        Replay(LongConsumer onReached) {
            this.onReached = onReached;
        }

        void begin(long from, long until) {
            Instant start = Instant.ofEpochMilli(from);
            position = new Position(start, start, Instant.ofEpochMilli(until));
        }

        void reached(long millis) {
            Position before = position;
            position = new Position(before.from(), Instant.ofEpochMilli(millis), before.until());
            onReached.accept(millis);
        }

        /** Empty until the journal has been read and the replay begins. */
        public Optional<Position> position() {
            return Optional.ofNullable(position);
        }
    }

    /** A world to create when there is none: its seed, and whether to build the demo world in it. */
    public record NewWorld(long seed, boolean demo) {
    }

    /** How {@link WorldSettings} are kept in the journal's meta table. */
    static final class WorldMeta {
        private WorldMeta() {
        }

        static Map<String, String> write(WorldSettings s) {
            return Map.of("name", s.name(), "seed", Long.toString(s.seed()),
                    "start", Long.toString(s.start().toEpochMilli()), "region", s.region(),
                    "accountId", s.accountId());
        }

        static WorldSettings read(Map<String, String> meta) {
            for (String key : new String[]{"name", "seed", "start", "region", "accountId"}) {
                if (!meta.containsKey(key)) {
                    throw new IllegalArgumentException("the world's settings lack '" + key + "'");
                }
            }
            return new WorldSettings(meta.get("name"), Long.parseLong(meta.get("seed")),
                    Instant.ofEpochMilli(Long.parseLong(meta.get("start"))), meta.get("region"),
                    meta.get("accountId"));
        }
    }
}
