package dev.berth.ui.training;

import dev.berth.training.Lesson;
import dev.berth.training.Topic;

/** One line of the lesson list: a topic heading, or a lesson under it. */
record CatalogItem(Topic topic, Lesson lesson) {

    static CatalogItem of(Topic topic) {
        return new CatalogItem(topic, null);
    }

    static CatalogItem of(Lesson lesson) {
        return new CatalogItem(null, lesson);
    }
}
