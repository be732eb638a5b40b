package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * One delivery of an event to one target of a rule (simulator only: AWS counts invocations in CloudWatch metrics
 * but keeps no list). {@code taskArns} are the tasks an ECS target started, {@code messageId} what an SNS topic
 * published; {@code failure} says why a failed invocation failed.
 */
public record RuleInvocation(
        String ruleName,
        String targetId,
        Instant invokedAt,
        String eventId,
        String detailType,
        List<String> taskArns,
        String messageId,
        String failure) {
    public RuleInvocation {
        taskArns = taskArns == null ? List.of() : List.copyOf(taskArns);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
