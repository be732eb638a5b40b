package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** Keeps what the simulator journals, as the JSON a durable journal would write. */
final class RecordingJournal implements CommandJournal {
    final ObjectMapper json = new ObjectMapper();
    final List<String> entries = new ArrayList<>();
    long clock;

    @Override
    public void append(JournalEntry entry) {
        try {
            entries.add(json.writeValueAsString(entry));
        } catch (Exception e) {
            throw new AssertionError("could not serialize " + entry, e);
        }
    }

    @Override
    public void recordClock(long epochMillis) {
        clock = epochMillis;
    }
}
