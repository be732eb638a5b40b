package dev.berth.core.model;

import java.util.List;

/** RegisterTaskDefinition. {@code cpu}/{@code memory} accept "1 vCPU"/"2GB" as AWS does. */
public record RegisterTaskDefinitionRequest(
        String family,
        String networkMode,
        List<String> requiresCompatibilities,
        String cpu,
        String memory,
        String executionRoleArn,
        String taskRoleArn,
        List<ContainerDefinition> containerDefinitions,
        List<Tag> tags,
        List<Volume> volumes) {
    public RegisterTaskDefinitionRequest {
        requiresCompatibilities = requiresCompatibilities == null ? List.of() : List.copyOf(requiresCompatibilities);
        containerDefinitions = containerDefinitions == null ? List.of() : List.copyOf(containerDefinitions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
    }

    /** A request without volumes. */
    public RegisterTaskDefinitionRequest(String family, String networkMode, List<String> requiresCompatibilities,
                                         String cpu, String memory, String executionRoleArn, String taskRoleArn,
                                         List<ContainerDefinition> containerDefinitions, List<Tag> tags) {
        this(family, networkMode, requiresCompatibilities, cpu, memory, executionRoleArn, taskRoleArn,
                containerDefinitions, tags, List.of());
    }

    /** The same request with these volumes. */
    public RegisterTaskDefinitionRequest withVolumes(List<Volume> newVolumes) {
        return new RegisterTaskDefinitionRequest(family, networkMode, requiresCompatibilities, cpu, memory,
                executionRoleArn, taskRoleArn, containerDefinitions, tags, newVolumes);
    }
}
