package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a simulator journals as the JSON a durable journal would write, and the last clock it recorded. */
public final class JsonRecordingJournal implements CommandJournal {
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> entries = new ArrayList<>();
    private long clock;

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

    public List<String> entries() {
        return entries;
    }

    public long clock() {
        return clock;
    }
}
