package dev.berth.sim.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.model.Container;
import dev.berth.core.model.S3Object;
import dev.berth.core.model.Task;
import dev.berth.sim.SimContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The events AWS services put on the default event bus, in their documented shapes: S3's "Object Created", ECS's
 * "ECS Task State Change" and EventBridge's own "Scheduled Event". Envelope and detail times are ISO-8601 text, as
 * in the real events.
 */
final class AwsEvents {
    static final ObjectMapper JSON = new ObjectMapper();

    private final SimContext context;

    AwsEvents(SimContext context) {
        this.context = context;
    }

    ObjectNode scheduled(String ruleArn) {
        ObjectNode event = envelope("aws.events", "Scheduled Event", ruleArn);
        event.putObject("detail");
        return event;
    }

    ObjectNode objectCreated(String bucket, S3Object object) {
        ObjectNode event = envelope("aws.s3", "Object Created", "arn:aws:s3:::" + bucket);
        ObjectNode detail = event.putObject("detail");
        detail.put("version", "0");
        detail.putObject("bucket").put("name", bucket);
        detail.putObject("object").put("key", object.key()).put("size", object.size()).put("etag", object.eTag())
                .put("sequencer", context.random().hex(18).toUpperCase(Locale.ROOT));
        detail.put("request-id", context.random().alphanumeric(16).toUpperCase(Locale.ROOT));
        detail.put("requester", context.settings().accountId());
        detail.put("source-ip-address", "127.0.0.1");
        detail.put("reason", "PutObject");
        return event;
    }

    ObjectNode taskStateChange(Task task) {
        ObjectNode event = envelope("aws.ecs", "ECS Task State Change", task.taskArn());
        ObjectNode detail = event.putObject("detail");
        detail.put("clusterArn", task.clusterArn());
        detail.put("taskArn", task.taskArn());
        detail.put("taskDefinitionArn", task.taskDefinitionArn());
        detail.put("lastStatus", task.lastStatus());
        detail.put("desiredStatus", task.desiredStatus());
        detail.put("launchType", task.launchType());
        detail.put("group", task.group());
        detail.put("startedBy", task.startedBy());
        detail.put("cpu", task.cpu());
        detail.put("memory", task.memory());
        detail.put("availabilityZone", task.availabilityZone());
        detail.put("containerInstanceArn", task.containerInstanceArn());
        detail.put("stopCode", task.stopCode());
        detail.put("stoppedReason", task.stoppedReason());
        detail.put("version", task.version());
        time(detail, "createdAt", task.createdAt());
        time(detail, "pullStartedAt", task.pullStartedAt());
        time(detail, "pullStoppedAt", task.pullStoppedAt());
        time(detail, "startedAt", task.startedAt());
        time(detail, "stoppingAt", task.stoppingAt());
        time(detail, "stoppedAt", task.stoppedAt());
        time(detail, "updatedAt", context.now());
        ArrayNode containers = detail.putArray("containers");
        for (Container container : task.containers()) {
            ObjectNode entry = containers.addObject();
            entry.put("containerArn", container.containerArn());
            entry.put("name", container.name());
            entry.put("image", container.image());
            entry.put("lastStatus", container.lastStatus());
            entry.put("taskArn", task.taskArn());
            if (container.exitCode() != null) {
                entry.put("exitCode", container.exitCode());
            }
            if (container.reason() != null) {
                entry.put("reason", container.reason());
            }
        }
        detail.retain(names(detail));
        return event;
    }

    /** Absent members are left out rather than sent as null, as AWS leaves them out. */
    private static List<String> names(ObjectNode detail) {
        List<String> present = new ArrayList<>();
        detail.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                present.add(field.getKey());
            }
        });
        return present;
    }

    private ObjectNode envelope(String source, String detailType, String resource) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", context.random().uuid());
        event.put("detail-type", detailType);
        event.put("source", source);
        event.put("account", context.settings().accountId());
        event.put("time", context.now().truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", context.settings().region());
        event.putArray("resources").add(resource);
        return event;
    }

    private static void time(ObjectNode detail, String name, Instant value) {
        if (value != null) {
            detail.put(name, value.toString());
        }
    }
}
