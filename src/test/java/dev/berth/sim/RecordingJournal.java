package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a simulator journals, as the JSON a durable journal would write, and the last clock it recorded. */
final class RecordingJournal implements CommandJournal {
    final List<String> entries = new ArrayList<>();
    long clock;
    private final ObjectMapper json;

    RecordingJournal(ObjectMapper json) {
        this.json = json;
    }

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
