package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/** A registered task definition revision. Status ACTIVE, INACTIVE or DELETE_IN_PROGRESS. */
public record TaskDefinition(
        String taskDefinitionArn,
        String family,
        int revision,
        String status,
        String networkMode,
        List<String> requiresCompatibilities,
        List<String> compatibilities,
        String cpu,
        String memory,
        String executionRoleArn,
        String taskRoleArn,
        List<ContainerDefinition> containerDefinitions,
        Instant registeredAt,
        String registeredBy,
        Instant deregisteredAt,
        List<Volume> volumes) {
    public TaskDefinition {
        requiresCompatibilities = List.copyOf(requiresCompatibilities);
        compatibilities = List.copyOf(compatibilities);
        containerDefinitions = List.copyOf(containerDefinitions);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
    }

    /** A revision without volumes. */
    public TaskDefinition(String taskDefinitionArn, String family, int revision, String status, String networkMode,
                          List<String> requiresCompatibilities, List<String> compatibilities, String cpu,
                          String memory, String executionRoleArn, String taskRoleArn,
                          List<ContainerDefinition> containerDefinitions, Instant registeredAt, String registeredBy,
                          Instant deregisteredAt) {
        this(taskDefinitionArn, family, revision, status, networkMode, requiresCompatibilities, compatibilities, cpu,
                memory, executionRoleArn, taskRoleArn, containerDefinitions, registeredAt, registeredBy,
                deregisteredAt, List.of());
    }

    /** {@code family:revision}, the short form people and events use. */
    public String familyRevision() {
        return family + ":" + revision;
    }
}
