package dev.berth.sim.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.SimCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteJournalTest {
    /** A stand-in command: the journal stores any {@link SimCommand} as JSON with its class. */
    public record Note(String text, int number) implements SimCommand {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void entriesComeBackInOrderAfterReopening() {
        Path file = dir.resolve("world.db");
        try (SqliteJournal journal = SqliteJournal.open(file, mapper)) {
            journal.append(new JournalEntry(1000, new Note("first", 1)));
            journal.append(new JournalEntry(2000, new Note("second", 2)));
            journal.putMeta("seed", "42");
        }
        try (SqliteJournal journal = SqliteJournal.open(file, mapper)) {
            assertThat(journal.entries()).containsExactly(
                    new JournalEntry(1000, new Note("first", 1)),
                    new JournalEntry(2000, new Note("second", 2)));
            assertThat(journal.meta()).containsEntry("seed", "42");
        }
    }

    @Test
    void aSyncMakesEveryEntryAppendedBeforeItDurableInOrderWithoutClosing() throws Exception {
        Path file = dir.resolve("world.db");
        try (SqliteJournal journal = SqliteJournal.open(file, mapper)) {
            journal.append(new JournalEntry(1000, new Note("first", 1)));
            journal.append(new JournalEntry(2000, new Note("second", 2)));
            journal.sync();
            journal.sync();
            try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 var rows = other.createStatement().executeQuery("SELECT at FROM journal ORDER BY seq")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(1000);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(2000);
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void theClockIsKeptOnFlushAndOnClose() {
        Path file = dir.resolve("world.db");
        try (SqliteJournal journal = SqliteJournal.open(file, mapper)) {
            assertThat(journal.savedClock()).isNull();
            journal.recordClock(5_000);
            journal.flushClock();
            assertThat(journal.savedClock()).isEqualTo(5_000);
            journal.recordClock(9_000);
            journal.recordClock(7_000);
        }
        try (SqliteJournal journal = SqliteJournal.open(file, mapper)) {
            assertThat(journal.savedClock()).isEqualTo(9_000);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithAClearMessage() throws IOException {
        Path file = dir.resolve("world.db");
        Files.writeString(file, "this is not a database, it is a note someone left here ".repeat(200));
        assertThatThrownBy(() -> SqliteJournal.open(file, mapper))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("cannot open world.db");
    }

    @Test
    void anUnparseableEntryMakesTheJournalUnreadable() throws Exception {
        Path file = dir.resolve("world.db");
        try (SqliteJournal journal = SqliteJournal.open(file, mapper)) {
            journal.append(new JournalEntry(1000, new Note("fine", 1)));
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO journal(at, command) VALUES (2000, '{\"@command\":\"no.such.Command\"}')");
        }
        try (SqliteJournal journal = SqliteJournal.open(file, mapper)) {
            assertThatThrownBy(journal::entries)
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("entry 2 is unreadable");
        }
    }
}
