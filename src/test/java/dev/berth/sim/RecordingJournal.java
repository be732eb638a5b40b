package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a simulator journals, as the JSON a durable journal would write, and the clock it last recorded. */
final class RecordingJournal implements CommandJournal {
    private final ObjectMapper json;
    final List<String> entries = new ArrayList<>();
    long clock;

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
