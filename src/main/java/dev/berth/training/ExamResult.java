package dev.berth.training;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finished exam as the history keeps it: when (in epoch milliseconds, as the progress file stores it), and how many
 * first answers were right in each topic.
 */
public record ExamResult(long finishedAtEpochMillis, Map<String, TopicScore> topics) {

    public record TopicScore(int correct, int asked) {
    }

    public ExamResult {
        topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    }

    public static ExamResult of(Instant finishedAt, Map<String, TopicScore> topics) {
        return new ExamResult(finishedAt.toEpochMilli(), topics);
    }

    public Instant finishedAt() {
        return Instant.ofEpochMilli(finishedAtEpochMillis);
    }

    public int correct() {
        return topics.values().stream().mapToInt(TopicScore::correct).sum();
    }

    public int asked() {
        return topics.values().stream().mapToInt(TopicScore::asked).sum();
    }

    /** Whole percent, rounded down, as certification scores are never rounded up. */
    public int percent() {
        return asked() == 0 ? 0 : correct() * 100 / asked();
    }
}
