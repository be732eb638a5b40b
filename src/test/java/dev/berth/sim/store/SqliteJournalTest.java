package dev.berth.sim.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.SimCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    /**
     * A child JVM appends entries and prints each acknowledgement; we kill it with SIGKILL mid-stream. Every entry
     * it acknowledged must be in the file afterwards.
     */
    @Test
    void everyAcknowledgedEntrySurvivesKillNine() throws Exception {
        Path file = dir.resolve("world.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalWriter.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && acknowledged < 60) {
                if (line.startsWith("ack ")) {
                    acknowledged = Integer.parseInt(line.substring(4));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).isEqualTo(60);
        try (SqliteJournal journal = SqliteJournal.open(file, mapper)) {
            List<JournalEntry> entries = journal.entries();
            assertThat(entries.size()).isGreaterThanOrEqualTo(acknowledged);
            for (int i = 0; i < entries.size(); i++) {
                assertThat(entries.get(i).command()).isEqualTo(new Note("entry", i + 1));
            }
        }
    }

    /** The child process of {@link #everyAcknowledgedEntrySurvivesKillNine}: appends until killed. */
    public static final class JournalWriter {
        public static void main(String[] args) {
            try (SqliteJournal journal = SqliteJournal.open(Path.of(args[0]), new ObjectMapper())) {
                for (int i = 1; i <= 100_000; i++) {
                    journal.append(new JournalEntry(i * 1000L, new Note("entry", i)));
                    System.out.println("ack " + i);
                    System.out.flush();
                }
            }
        }
    }
}
