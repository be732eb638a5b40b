package dev.berth.core.model;

/** What an EventBridge ECS target runs: RunTask's task definition, count, launch type and network. */
public record EcsParameters(
        String taskDefinitionArn,
        Integer taskCount,
        String launchType,
        NetworkConfiguration networkConfiguration,
        String platformVersion,
        String group) {
}
