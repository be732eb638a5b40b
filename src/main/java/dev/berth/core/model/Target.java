package dev.berth.core.model;

/**
 * A target of an EventBridge rule: an ECS cluster ({@code arn} the cluster's, with {@code ecsParameters}) or an SNS
 * topic. At most one of {@code input} (JSON text), {@code inputPath} and {@code inputTransformer} says what the
 * target receives; for an ECS target that is the task's overrides, e.g. {@code {"containerOverrides":[...]}}.
 */
public record Target(
        String id,
        String arn,
        String roleArn,
        String input,
        String inputPath,
        InputTransformer inputTransformer,
        EcsParameters ecsParameters) {
}
