package dev.berth.core.model;

/**
 * An EventBridge rule on the default event bus, as DescribeRule and ListRules show it: a {@code scheduleExpression}
 * ({@code rate(1 hour)}, {@code cron(0 * * * ? *)}) or an {@code eventPattern} (JSON), and state ENABLED or DISABLED.
 */
public record Rule(
        String name,
        String arn,
        String eventPattern,
        String scheduleExpression,
        String state,
        String description,
        String roleArn,
        String eventBusName) {

    public boolean isEnabled() {
        return !"DISABLED".equals(state);
    }
}
