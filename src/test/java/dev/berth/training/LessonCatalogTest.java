package dev.berth.training;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every lesson file parses and follows the format; broken files are refused with the file and step named. */
class LessonCatalogTest {
    private static final Path SOURCES = Path.of("src/main/resources", LessonCatalog.FOLDER);

    @Test
    void everyLessonFileParsesAndIsListedInOrder() throws IOException {
        LessonCatalog catalog = LessonCatalog.load();

        Set<String> files;
        try (Stream<Path> listing = Files.list(SOURCES)) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.equals(LessonCatalog.INDEX))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toSet());
        }
        assertThat(catalog.lessons()).extracting(Lesson::id).containsExactlyInAnyOrderElementsOf(files);
        assertThat(catalog.topics()).extracting(Topic::title).first().isEqualTo("Containers and Docker");
    }

    @Test
    void everyLessonHasAQuizWithAnExplanationForEachAnswer() {
        for (Lesson lesson : LessonCatalog.load().lessons()) {
            assertThat(lesson.quiz()).as(lesson.id()).isNotEmpty();
            lesson.quiz().forEach(question -> assertThat(question.answers())
                    .allSatisfy(answer -> assertThat(answer.explanation()).isNotBlank()));
        }
    }

    @Test
    void lessonsWaitingForASimulatorPartAreReadingLessonsAndTheRestAreLiveOrReading() {
        for (Lesson lesson : LessonCatalog.load().lessons()) {
            if (!lesson.requires().isEmpty()) {
                assertThat(lesson.isHandsOn()).as(lesson.id() + " waits for " + lesson.requires()).isFalse();
                assertThat(lesson.setup()).isEmpty();
            }
        }
        assertThat(LessonCatalog.load().lessons()).filteredOn(Lesson::isHandsOn).extracting(Lesson::id)
                .contains("ecs-first-service", "ecs-task-roles", "ecs-rolling-updates", "ecs-stuck-rollout",
                        "ecr-registry", "eks-overview", "app-runner", "ecs-load-balancing", "ecs-auto-scaling",
                        "ecs-eventbridge", "ecs-sqs-workers", "ecs-efs-volumes");
    }

    @Test
    void theFormatDocumentNamesEveryObjectiveKindActionAndSimulatorPart() throws IOException {
        String readme = Files.readString(SOURCES.resolve("README.md"));
        for (String kind : Objective.kinds()) {
            assertThat(readme).as("objective kind " + kind).contains("`" + kind + "`");
        }
        for (String action : WorldAction.kinds()) {
            assertThat(readme).as("action " + action).contains("`" + action + "`");
        }
        for (SimulatorPart part : SimulatorPart.values()) {
            assertThat(readme).as("simulator part " + part).contains("`" + part.name() + "`");
        }
    }

    @Test
    void theTopicTableNamesEveryLessonAndOnlyLessonsThatExist() throws IOException {
        String readme = Files.readString(SOURCES.resolve("README.md"));
        Matcher ids = Pattern.compile("`([a-z0-9-]+)`").matcher(readme.substring(readme.indexOf("## Topics")));
        Set<String> named = new HashSet<>();
        while (ids.find()) {
            named.add(ids.group(1));
        }
        Set<String> lessons = LessonCatalog.load().lessons().stream().map(Lesson::id).collect(Collectors.toSet());
        assertThat(named).containsAll(lessons);
        assertThat(lessons).containsAll(named);
    }

    @Test
    void anUnknownObjectiveKindIsRefusedNamingTheFileAndStep() {
        String lesson = handsOn("""
                {"kind": "clusterExist", "cluster": "DemoCluster"}""", """
                {"action": "createCluster", "clusterName": "DemoCluster"}""");

        assertThatThrownBy(() -> read(lesson))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("assets/lessons/broken.json, step 1 (make-cluster), objective 1")
                .hasMessageContaining("unknown objective kind 'clusterExist'")
                .hasMessageContaining("clusterExists");
    }

    @Test
    void anUnknownActionIsRefusedNamingTheFileAndStep() {
        String lesson = handsOn("""
                {"kind": "clusterExists", "cluster": "DemoCluster"}""", """
                {"action": "makeCluster", "clusterName": "DemoCluster"}""");

        assertThatThrownBy(() -> read(lesson))
                .hasMessageContaining("broken.json, step 1 (make-cluster), showMe action 1")
                .hasMessageContaining("unknown action 'makeCluster'");
    }

    @Test
    void aMistypedMemberIsRefused() {
        String lesson = handsOn("""
                {"kind": "clusterExists", "clustr": "DemoCluster"}""", """
                {"action": "createCluster", "clusterName": "DemoCluster"}""");

        assertThatThrownBy(() -> read(lesson)).hasMessageContaining("objective 1: unknown member 'clustr'");
    }

    @Test
    void aMissingRequiredMemberIsRefused() {
        String lesson = handsOn("""
                {"kind": "serviceRunning", "cluster": "DemoCluster", "service": "web"}""", """
                {"action": "createCluster", "clusterName": "DemoCluster"}""");

        assertThatThrownBy(() -> read(lesson)).hasMessageContaining("objective 1: 'runningCount' is required");
    }

    @Test
    void anObjectiveAboutSomethingNoActionCreatesIsRefused() {
        String lesson = handsOn("""
                {"kind": "serviceRunning", "cluster": "DemoCluster", "service": "web", "runningCount": 1}""", """
                {"action": "createCluster", "clusterName": "DemoCluster"}""");

        assertThatThrownBy(() -> read(lesson))
                .hasMessageContaining("step 1 (make-cluster), objective 1: names service DemoCluster/web");
    }

    @Test
    void aRevisionIsCheckableOnlyOnceEnoughRegistrationsMadeIt() {
        String lesson = handsOn("""
                {"kind": "serviceDeploymentCompleted", "cluster": "DemoCluster", "service": "web",
                 "taskDefinition": "web:2"}""", """
                {"action": "createCluster", "clusterName": "DemoCluster"},
                {"action": "registerTaskDefinition", "taskDefinition": {"family": "web",
                  "containerDefinitions": [{"name": "web", "image": "nginx", "memory": 128}]}},
                {"action": "createService", "cluster": "DemoCluster", "serviceName": "web", "taskDefinition": "web",
                 "desiredCount": 1, "launchType": "FARGATE", "subnets": ["subnet-1"]}""");

        assertThatThrownBy(() -> read(lesson)).hasMessageContaining("names task definition web:2");
    }

    @Test
    void aLessonWaitingForASimulatorPartCannotHaveObjectives() {
        String lesson = handsOn("""
                {"kind": "clusterExists", "cluster": "DemoCluster"}""", """
                {"action": "createCluster", "clusterName": "DemoCluster"}""")
                .replace("\"requires\": []", "\"requires\": [\"EFS\"]");

        assertThatThrownBy(() -> read(lesson)).hasMessageContaining("requires [EFS]");
    }

    @Test
    void anUnknownSimulatorPartIsRefused() {
        String lesson = handsOn("""
                {"kind": "clusterExists", "cluster": "DemoCluster"}""", """
                {"action": "createCluster", "clusterName": "DemoCluster"}""")
                .replace("\"requires\": []", "\"requires\": [\"S3\"]");

        assertThatThrownBy(() -> read(lesson)).hasMessageContaining("unknown simulator part 'S3'");
    }

    @Test
    void aQuestionNeedsExactlyOneCorrectAnswer() {
        String lesson = handsOn("""
                {"kind": "clusterExists", "cluster": "DemoCluster"}""", """
                {"action": "createCluster", "clusterName": "DemoCluster"}""")
                .replace("\"correct\": false", "\"correct\": true");

        assertThatThrownBy(() -> read(lesson)).hasMessageContaining("question 1: a question needs exactly one");
    }

    @Test
    void aFileNamedOtherThanItsLessonIsRefused() {
        String lesson = handsOn("""
                {"kind": "clusterExists", "cluster": "DemoCluster"}""", """
                {"action": "createCluster", "clusterName": "DemoCluster"}""");

        assertThatThrownBy(() -> LessonCatalog.read(files(Map.of("catalog.json",
                "{\"format\": 1, \"lessons\": [\"elsewhere\"]}", "elsewhere.json", lesson))))
                .hasMessageContaining("elsewhere.json: the file must be named after the lesson's id, broken.json");
    }

    @Test
    void aLessonListedButMissingIsRefused() {
        assertThatThrownBy(() -> LessonCatalog.read(files(Map.of("catalog.json",
                "{\"format\": 1, \"lessons\": [\"nowhere\"]}"))))
                .hasMessageContaining("lists 'nowhere' but assets/lessons/nowhere.json does not exist");
    }

    private static LessonCatalog read(String lesson) {
        return LessonCatalog.read(files(Map.of("catalog.json", "{\"format\": 1, \"lessons\": [\"broken\"]}",
                "broken.json", lesson)));
    }

    private static Function<String, Optional<String>> files(Map<String, String> contents) {
        Map<String, String> copy = new HashMap<>(contents);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /** A one-step hands-on lesson with the given objective and "Show me" actions. */
    private static String handsOn(String objective, String showMe) {
        return """
                {
                  "format": 1, "id": "broken", "title": "Broken", "topic": "Testing", "minutes": 5,
                  "summary": "A lesson with a mistake in it.", "requires": [], "setup": [],
                  "steps": [{"id": "make-cluster", "title": "Make a cluster", "explanation": "Make it.",
                             "objectives": [%s], "hints": ["Use Create."], "showMe": [%s]}],
                  "quiz": [{"question": "Why?", "answers": [
                      {"text": "Because", "correct": true, "explanation": "Yes."},
                      {"text": "Not", "correct": false, "explanation": "No."}]}]
                }""".formatted(objective, showMe);
    }
}
