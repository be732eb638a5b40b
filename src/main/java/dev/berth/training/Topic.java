package dev.berth.training;

import java.util.List;

/** A topic of the catalog and its lessons, in the learner's order. */
public record Topic(String title, List<Lesson> lessons) {
    public Topic {
        lessons = List.copyOf(lessons);
    }
}
