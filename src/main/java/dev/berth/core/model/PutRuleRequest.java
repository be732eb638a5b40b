package dev.berth.core.model;

/** PutRule on the default event bus: creates the rule, or replaces every member of an existing one. */
public record PutRuleRequest(
        String name,
        String scheduleExpression,
        String eventPattern,
        String state,
        String description,
        String roleArn) {
}
