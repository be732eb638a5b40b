package dev.berth.sim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.SimCommand;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A world's journal in one SQLite file: the world's settings, every acknowledged command in order, and how far its
 * clock has run. WAL with {@code synchronous=FULL} makes each commit durable when it returns, so a command the user
 * was told about survives {@code kill -9}; SQLite's own recovery handles a write cut short. Appends only queue the
 * entry (the simulator appends under its lock); {@link #sync} commits everything queued in one transaction, so
 * writers that arrive while the disk syncs share the next sync (group commit).
 */
public final class SqliteJournal implements CommandJournal, AutoCloseable {
    private static final String CLOCK_KEY = "clock";

    private final Connection connection;
    private final ObjectMapper mapper;
    private final PreparedStatement insertEntry;
    private final PreparedStatement upsertMeta;
    /** Guards the queue and the latest clock reading, never the disk: taking it under the simulator's lock is cheap. */
    private final Object queue = new Object();
    private final List<JournalEntry> queued = new ArrayList<>();
    private long appended;
    private long latestClock = Long.MIN_VALUE;
    /** How many entries are durable; written under this journal's lock, which guards the connection. */
    private volatile long committed;
    private long flushedClock = Long.MIN_VALUE;

    private SqliteJournal(Connection connection, ObjectMapper mapper) throws SQLException {
        this.connection = connection;
        this.mapper = mapper;
        this.insertEntry = connection.prepareStatement("INSERT INTO journal(at, command) VALUES (?, ?)");
        this.upsertMeta = connection.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    }

    /** Opens (or creates) the journal file. Fails with {@link JournalException} if the file is not a usable journal. */
    public static SqliteJournal open(Path file, ObjectMapper mapper) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
                statement.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                statement.execute("CREATE TABLE IF NOT EXISTS journal("
                        + "seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, command TEXT NOT NULL)");
                statement.execute("PRAGMA quick_check");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new SqliteJournal(connection, mapper);
        } catch (SQLException e) {
            throw new JournalException("cannot open " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void append(JournalEntry entry) {
        synchronized (queue) {
            queued.add(entry);
            appended++;
        }
    }

    /**
     * Commits every queued entry in one transaction, unless a sync that started later already did. A failed commit
     * puts its entries back at the head of the queue, so the order stays the order of acknowledgement.
     */
    @Override
    public void sync() {
        long target;
        synchronized (queue) {
            target = appended;
        }
        if (committed >= target) {
            return;
        }
        synchronized (this) {
            if (committed >= target) {
                return;
            }
            List<JournalEntry> batch;
            long last;
            synchronized (queue) {
                batch = new ArrayList<>(queued);
                queued.clear();
                last = appended;
            }
            try {
                commit(batch);
            } catch (JournalException e) {
                synchronized (queue) {
                    queued.addAll(0, batch);
                }
                throw e;
            }
            committed = last;
        }
    }

    private void commit(List<JournalEntry> batch) {
        try {
            connection.setAutoCommit(false);
            try {
                for (JournalEntry entry : batch) {
                    insertEntry.setLong(1, entry.atEpochMillis());
                    insertEntry.setString(2, mapper.writeValueAsString(entry.command()));
                    insertEntry.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | JsonProcessingException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new JournalException("cannot save the change: " + e.getMessage(), e);
        }
    }

    @Override
    public void recordClock(long epochMillis) {
        synchronized (queue) {
            latestClock = Math.max(latestClock, epochMillis);
        }
    }

    /** Writes the latest clock reading if it moved; called now and then, and on close, rather than on every tick. */
    public synchronized void flushClock() {
        long latest;
        synchronized (queue) {
            latest = latestClock;
        }
        if (latest != flushedClock && latest != Long.MIN_VALUE) {
            putMeta(CLOCK_KEY, Long.toString(latest));
            flushedClock = latest;
        }
    }

    /** The last flushed clock reading, or null for a world that never ran. */
    public Long savedClock() {
        String value = meta().get(CLOCK_KEY);
        return value == null ? null : Long.valueOf(value);
    }

    public synchronized void putMeta(String key, String value) {
        try {
            upsertMeta.setString(1, key);
            upsertMeta.setString(2, value);
            upsertMeta.executeUpdate();
        } catch (SQLException e) {
            throw new JournalException("cannot save world settings: " + e.getMessage(), e);
        }
    }

    public synchronized Map<String, String> meta() {
        Map<String, String> meta = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT key, value FROM meta")) {
            while (rows.next()) {
                meta.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new JournalException("cannot read world settings: " + e.getMessage(), e);
        }
        return meta;
    }

    /** Every entry in the order it was acknowledged. A row that does not parse makes the whole journal unusable. */
    public synchronized List<JournalEntry> entries() {
        List<JournalEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT seq, at, command FROM journal ORDER BY seq")) {
            while (rows.next()) {
                long seq = rows.getLong(1);
                try {
                    entries.add(new JournalEntry(rows.getLong(2), mapper.readValue(rows.getString(3), SimCommand.class)));
                } catch (JsonProcessingException e) {
                    throw new JournalException("entry " + seq + " is unreadable: " + e.getOriginalMessage(), e);
                }
            }
        } catch (SQLException e) {
            throw new JournalException("cannot read the journal: " + e.getMessage(), e);
        }
        return entries;
    }

    @Override
    public synchronized void close() {
        try {
            sync();
            flushClock();
            connection.close();
        } catch (SQLException | JournalException e) {
            throw new JournalException("cannot close the journal: " + e.getMessage(), e);
        }
    }
}
