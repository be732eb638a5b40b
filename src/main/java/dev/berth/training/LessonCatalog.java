package dev.berth.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every lesson, in the learner's order. {@code assets/lessons/catalog.json} lists the lesson ids in that order; each
 * lesson is {@code assets/lessons/<id>.json}. Loading reads and checks them all, so a broken lesson stops the build's
 * tests rather than a learner.
 */
public final class LessonCatalog {
    /** Where the lessons live on the classpath (and under src/main/resources). */
    public static final String FOLDER = "assets/lessons/";
    public static final String INDEX = "catalog.json";

    private final List<Lesson> lessons;
    private final List<Topic> topics;

    private LessonCatalog(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
        Map<String, List<Lesson>> byTopic = new LinkedHashMap<>();
        for (Lesson lesson : lessons) {
            byTopic.computeIfAbsent(lesson.topic(), topic -> new ArrayList<>()).add(lesson);
        }
        List<Topic> grouped = new ArrayList<>();
        byTopic.forEach((title, list) -> grouped.add(new Topic(title, list)));
        this.topics = List.copyOf(grouped);
    }

    /** The catalog the app ships, from the classpath. */
    public static LessonCatalog load() {
        return read(file -> {
            try (InputStream in = LessonCatalog.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                return in == null ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lesson file " + FOLDER + file, e);
            }
        });
    }

    /** Reads the catalog through {@code files}, which gives a file's text by its name in the lessons folder. */
    public static LessonCatalog read(Function<String, Optional<String>> files) {
        String index = files.apply(INDEX).orElseThrow(
                () -> new LessonFormatException(FOLDER + INDEX + ": missing; it lists the lessons in order"));
        LessonReader reader = new LessonReader();
        List<Lesson> lessons = new ArrayList<>();
        for (String id : lessonIds(index)) {
            String file = FOLDER + id + ".json";
            String text = files.apply(id + ".json").orElseThrow(
                    () -> new LessonFormatException(FOLDER + INDEX + ": lists '" + id + "' but " + file
                            + " does not exist"));
            lessons.add(reader.read(file, text));
        }
        checkTopicsTogether(lessons);
        return new LessonCatalog(lessons);
    }

    private static List<String> lessonIds(String index) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(index);
        } catch (JsonProcessingException e) {
            throw new LessonFormatException(FOLDER + INDEX + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.path("format").asInt(-1) != LessonReader.FORMAT || !root.path("lessons").isArray()) {
            throw new LessonFormatException(FOLDER + INDEX + ": needs \"format\": " + LessonReader.FORMAT
                    + " and \"lessons\": [ids in the learner's order]");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode id : root.get("lessons")) {
            if (!ids.add(id.asText())) {
                throw new LessonFormatException(FOLDER + INDEX + ": lists '" + id.asText() + "' twice");
            }
        }
        return List.copyOf(ids);
    }

    /** A topic's lessons must follow one another, so grouping by topic keeps the learner's order. */
    private static void checkTopicsTogether(List<Lesson> lessons) {
        Set<String> finished = new LinkedHashSet<>();
        String current = null;
        for (Lesson lesson : lessons) {
            if (!lesson.topic().equals(current)) {
                if (finished.contains(lesson.topic())) {
                    throw new LessonFormatException(FOLDER + INDEX + ": '" + lesson.id() + "' is about '"
                            + lesson.topic() + "', but that topic's other lessons come earlier; keep a topic's "
                            + "lessons together");
                }
                if (current != null) {
                    finished.add(current);
                }
                current = lesson.topic();
            }
        }
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public List<Topic> topics() {
        return topics;
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }
}
