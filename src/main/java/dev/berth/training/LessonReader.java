package dev.berth.training;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one lesson file and checks it against the format (assets/lessons/README.md). The file is read as a tree and
 * each part converted on its own, so every mistake is reported with the file, the step and the item it is in.
 */
final class LessonReader {
    static final int FORMAT = 1;
    private static final int MAX_MINUTES = 120;
    private static final Set<String> LESSON_MEMBERS = Set.of("format", "kind", "id", "title", "topic", "minutes",
            "summary", "requires", "setup", "steps", "quiz", "parMinutes", "debrief");
    private static final String CHALLENGE = "challenge";
    private static final Set<String> STEP_MEMBERS = Set.of("id", "title", "explanation", "objectives", "hints",
            "showMe");

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** {@code file} names the lesson in messages and must be {@code <id>.json}. */
    Lesson read(String file, String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new LessonFormatException(file + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new LessonFormatException(file + ": a lesson is a JSON object");
        }
        onlyMembers(root, LESSON_MEMBERS, file);
        if (root.path("format").asInt(-1) != FORMAT) {
            throw new LessonFormatException(file + ": 'format' must be " + FORMAT);
        }
        String id = text(root, "id", file);
        if (!file.endsWith("/" + id + ".json") && !file.equals(id + ".json")) {
            throw new LessonFormatException(file + ": the file must be named after the lesson's id, " + id + ".json");
        }
        int minutes = root.path("minutes").asInt(0);
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new LessonFormatException(file + ": 'minutes' is the estimated time, 1 to " + MAX_MINUTES);
        }
        List<SimulatorPart> requires = items(root, "requires", file, (node, where) -> part(node, where));
        List<WorldAction> setup = items(root, "setup", file, (node, where) -> convert(node, WorldAction.class, where));
        List<LessonStep> steps = items(root, "steps", file, this::step);
        List<QuizQuestion> quiz = items(root, "quiz", file, (node, where) -> convert(node, QuizQuestion.class, where));
        if (steps.isEmpty()) {
            throw new LessonFormatException(file + ": a lesson needs at least one step");
        }
        if (quiz.isEmpty()) {
            throw new LessonFormatException(file + ": a lesson needs a quiz of at least one question");
        }
        Lesson lesson = new Lesson(id, text(root, "title", file), text(root, "topic", file), minutes,
                text(root, "summary", file), requires, setup, steps, quiz, challenge(root, file));
        checkShape(lesson, file);
        new ReferenceCheck(file).check(lesson);
        return lesson;
    }

    /** A challenge's par and debrief; null for a lesson, which must not have them. */
    private static Challenge challenge(JsonNode root, String file) {
        String kind = root.path("kind").asText("lesson");
        if (!kind.equals("lesson") && !kind.equals(CHALLENGE)) {
            throw new LessonFormatException(file + ": 'kind' is lesson or challenge, not '" + kind + "'");
        }
        if (!kind.equals(CHALLENGE)) {
            if (root.has("parMinutes") || root.has("debrief")) {
                throw new LessonFormatException(file + ": only a challenge has 'parMinutes' and 'debrief'");
            }
            return null;
        }
        int par = root.path("parMinutes").asInt(0);
        if (par < 1 || par > MAX_MINUTES) {
            throw new LessonFormatException(file + ": 'parMinutes' is the par time in simulated minutes, 1 to "
                    + MAX_MINUTES);
        }
        return new Challenge(par, text(root, "debrief", file));
    }

    private LessonStep step(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new LessonFormatException(where + ": a step is a JSON object");
        }
        String named = where + (node.hasNonNull("id") ? " (" + node.get("id").asText() + ")" : "");
        onlyMembers(node, STEP_MEMBERS, named);
        List<Objective> objectives = items(node, "objectives", named, (item, at) -> convert(item, Objective.class, at));
        List<String> hints = items(node, "hints", named, (item, at) -> {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new LessonFormatException(at + ": a hint is a non-empty string");
            }
            return item.asText();
        });
        List<WorldAction> showMe = items(node, "showMe", named, (item, at) -> convert(item, WorldAction.class, at));
        try {
            return new LessonStep(node.path("id").textValue(), node.path("title").textValue(),
                    node.path("explanation").textValue(), objectives, hints, showMe);
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(named + ": " + e.getMessage(), e);
        }
    }

    /** Hands-on lessons: every step has objectives, hints and a "Show me". Reading lessons: none of those. */
    private static void checkShape(Lesson lesson, String file) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            String where = file + ", step " + (i + 1) + " (" + step.id() + ")";
            if (!ids.add(step.id())) {
                throw new LessonFormatException(where + ": another step has the id '" + step.id() + "'");
            }
            if (lesson.isHandsOn()) {
                if (step.objectives().isEmpty() || step.hints().isEmpty() || step.showMe().isEmpty()) {
                    throw new LessonFormatException(where + ": in a hands-on lesson every step needs objectives, "
                            + "hints and showMe");
                }
            } else if (!step.hints().isEmpty() || !step.showMe().isEmpty()) {
                throw new LessonFormatException(where + ": a reading step (no objectives) has no hints or showMe");
            }
        }
        if (!lesson.requires().isEmpty() && lesson.isHandsOn()) {
            throw new LessonFormatException(file + ": a lesson that requires " + lesson.requires()
                    + " waits for those simulator parts, so it can have no objectives yet");
        }
        if (lesson.isChallenge() && (!lesson.isHandsOn() || lesson.steps().size() != 1 || lesson.setup().isEmpty())) {
            throw new LessonFormatException(file + ": a challenge has a setup that breaks the world and exactly one "
                    + "step, its goal, with objectives, hints and showMe (the fix)");
        }
        if (!lesson.isHandsOn() && !lesson.setup().isEmpty()) {
            throw new LessonFormatException(file + ": a reading lesson has no practice world to set up");
        }
    }

    private static SimulatorPart part(JsonNode node, String where) {
        String name = node.asText();
        try {
            return SimulatorPart.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(where + ": unknown simulator part '" + name + "'; known parts: "
                    + Arrays.stream(SimulatorPart.values()).map(Enum::name).collect(Collectors.joining(", ")), e);
        }
    }

    private <T> T convert(JsonNode node, Class<T> type, String where) {
        checkMembersOfKind(node, type, where);
        try {
            return json.treeToValue(node, type);
        } catch (InvalidTypeIdException e) {
            throw new LessonFormatException(where + ": " + unknownKind(e, type), e);
        } catch (UnrecognizedPropertyException e) {
            throw new LessonFormatException(where + ": unknown member '" + path(e) + "'", e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new LessonFormatException(where + ": " + cause.getMessage(), e);
        } catch (JsonMappingException e) {
            throw new LessonFormatException(where + ": " + (e.getPath().isEmpty() ? "" : "'" + path(e) + "': ")
                    + e.getOriginalMessage(), e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new LessonFormatException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * A mistyped member of an objective or action would otherwise surface as "'x' is required" (Jackson fills a
     * record's missing members with null before it reports unknown ones), so members are checked against the
     * record's components first.
     */
    private static void checkMembersOfKind(JsonNode node, Class<?> type, String where) {
        JsonTypeInfo typeInfo = type.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subTypes = type.getAnnotation(JsonSubTypes.class);
        if (typeInfo == null || subTypes == null || !node.isObject()) {
            return;
        }
        String kind = node.path(typeInfo.property()).asText();
        for (JsonSubTypes.Type subType : subTypes.value()) {
            if (subType.name().equals(kind)) {
                Set<String> members = Arrays.stream(subType.value().getRecordComponents())
                        .map(RecordComponent::getName).collect(Collectors.toCollection(HashSet::new));
                members.add(typeInfo.property());
                onlyMembers(node, members, where);
            }
        }
    }

    private static String unknownKind(InvalidTypeIdException e, Class<?> type) {
        boolean objective = type == Objective.class;
        String member = objective ? "kind" : "action";
        List<String> known = objective ? Objective.kinds() : WorldAction.kinds();
        String what = objective ? "objective kind" : "action";
        if (e.getTypeId() == null) {
            return "'" + member + "' is missing; it is one of " + String.join(", ", known);
        }
        return "unknown " + what + " '" + e.getTypeId() + "'; known: " + String.join(", ", known);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static void onlyMembers(JsonNode node, Set<String> allowed, String where) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new LessonFormatException(where + ": unknown member '" + name + "'; allowed: "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    private static String text(JsonNode node, String member, String where) {
        JsonNode value = node.get(member);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new LessonFormatException(where + ": '" + member + "' is required (text)");
        }
        return value.asText();
    }

    /** Converts each item of the array {@code member} (absent = empty), naming its position on failure. */
    private static <T> List<T> items(JsonNode node, String member, String where, ItemReader<T> reader) {
        JsonNode array = node.get(member);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new LessonFormatException(where + ": '" + member + "' is a list");
        }
        Function<Integer, String> position = member.equals("steps")
                ? index -> where + ", step " + (index + 1)
                : index -> where + ", " + singular(member) + " " + (index + 1);
        List<T> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            result.add(reader.read(array.get(i), position.apply(i)));
        }
        return result;
    }

    private static String singular(String member) {
        return switch (member) {
            case "objectives" -> "objective";
            case "hints" -> "hint";
            case "showMe" -> "showMe action";
            case "setup" -> "setup action";
            case "quiz" -> "question";
            default -> member;
        };
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode node, String where);
    }
}
