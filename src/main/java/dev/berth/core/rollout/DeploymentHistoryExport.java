package dev.berth.core.rollout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@link DeploymentHistory} as files a person can keep or load elsewhere: one JSON document, or CSV tables (the
 * task phases, the count series, the events). Times are ISO-8601 UTC; an empty end means "still in it".
 */
public final class DeploymentHistoryExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DeploymentHistoryExport() {
    }

    public static String json(DeploymentHistory history) {
        ObjectNode root = JSON.createObjectNode();
        root.put("serviceName", history.serviceName());
        root.put("from", text(history.from()));
        root.put("to", text(history.to()));
        ArrayNode lanes = root.putArray("lanes");
        for (TaskLane lane : history.lanes()) {
            ObjectNode node = lanes.addObject().put("taskId", lane.taskId()).put("taskArn", lane.taskArn())
                    .put("taskDefinition", lane.taskDefinition()).put("deploymentId", lane.deploymentId())
                    .put("healthyAt", text(lane.healthyAt())).put("failed", lane.failed())
                    .put("stopCode", lane.stopCode()).put("stoppedReason", lane.stoppedReason());
            ArrayNode phases = node.putArray("phases");
            lane.phases().forEach(p -> phases.addObject().put("phase", p.phase().name()).put("start", text(p.start()))
                    .put("end", text(p.end())));
        }
        ArrayNode revisions = root.putArray("healthyByRevision");
        for (RevisionSeries revision : history.healthyByRevision()) {
            ArrayNode steps = revisions.addObject().put("taskDefinition", revision.taskDefinition())
                    .putArray("healthy");
            revision.healthy().forEach(s -> steps.addObject().put("at", text(s.at())).put("count", s.count()));
        }
        ArrayNode bounds = root.putArray("bounds");
        history.bounds().forEach(b -> bounds.addObject().put("from", text(b.from()))
                .put("desiredCount", b.desiredCount()).put("minimumHealthyPercent", b.minimumHealthyPercent())
                .put("maximumPercent", b.maximumPercent()).put("minimumHealthy", b.minimumHealthy())
                .put("maximumTotal", b.maximumTotal()));
        ArrayNode breakers = root.putArray("breakers");
        for (BreakerSeries breaker : history.breakers()) {
            ArrayNode steps = breakers.addObject().put("deploymentId", breaker.deploymentId())
                    .put("trippedAt", text(breaker.trippedAt())).putArray("steps");
            breaker.steps().forEach(s -> steps.addObject().put("at", text(s.at()))
                    .put("failedTasks", s.failedTasks()).put("threshold", s.threshold()));
        }
        ArrayNode deployments = root.putArray("deployments");
        history.deployments().forEach(d -> deployments.addObject().put("id", d.deploymentId())
                .put("taskDefinition", d.taskDefinition()).put("status", d.status())
                .put("rolloutState", d.rolloutState()).put("rolloutStateReason", d.rolloutStateReason())
                .put("desiredCount", d.desiredCount()).put("pendingCount", d.pendingCount())
                .put("runningCount", d.runningCount()).put("failedTasks", d.failedTasks())
                .put("createdAt", text(d.createdAt())).put("finishedAt", text(d.finishedAt())));
        ArrayNode events = root.putArray("events");
        for (EventMarker event : history.events()) {
            ArrayNode ids = events.addObject().put("at", text(event.at())).put("message", event.message())
                    .putArray("taskIds");
            event.taskIds().forEach(ids::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serializes", e);
        }
    }

    /** One row per phase of every task. */
    public static String phasesCsv(DeploymentHistory history) {
        Stream<List<Object>> rows = history.lanes().stream().flatMap(lane -> lane.phases().stream()
                .map(p -> List.<Object>of(lane.taskId(), lane.taskDefinition(), nullable(lane.deploymentId()),
                        p.phase(), text(p.start()), nullable(text(p.end())), lane.failed(),
                        nullable(lane.stopCode()), nullable(lane.stoppedReason()))));
        return csv(List.of("taskId", "taskDefinition", "deploymentId", "phase", "start", "end", "failed",
                "stopCode", "stoppedReason"), rows);
    }

    /**
     * The step series in one long table: {@code healthy} per revision, {@code minimumHealthy} and
     * {@code maximumTotal} of the band, {@code failedTasks} and {@code threshold} per deployment.
     */
    public static String seriesCsv(DeploymentHistory history) {
        Stream<List<Object>> healthy = history.healthyByRevision().stream().flatMap(r -> r.healthy().stream()
                .map(s -> List.<Object>of("healthy", r.taskDefinition(), text(s.at()), s.count())));
        Stream<List<Object>> band = history.bounds().stream().flatMap(b -> Stream.of(
                List.<Object>of("minimumHealthy", "", text(b.from()), b.minimumHealthy()),
                List.<Object>of("maximumTotal", "", text(b.from()), b.maximumTotal())));
        Stream<List<Object>> breaker = history.breakers().stream().flatMap(b -> b.steps().stream()
                .flatMap(s -> Stream.of(List.<Object>of("failedTasks", b.deploymentId(), text(s.at()), s.failedTasks()),
                        List.<Object>of("threshold", b.deploymentId(), text(s.at()), s.threshold()))));
        return csv(List.of("series", "subject", "at", "value"), Stream.concat(Stream.concat(healthy, band), breaker));
    }

    public static String eventsCsv(DeploymentHistory history) {
        return csv(List.of("at", "message", "taskIds"), history.events().stream()
                .map(e -> List.<Object>of(text(e.at()), e.message(), String.join(" ", e.taskIds()))));
    }

    private static String csv(List<String> header, Stream<List<Object>> rows) {
        return Stream.concat(Stream.of(List.<Object>copyOf(header)), rows)
                .map(row -> row.stream().map(v -> cell(String.valueOf(v))).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String cell(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
