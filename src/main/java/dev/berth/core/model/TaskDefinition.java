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
        Instant deregisteredAt) {
    public TaskDefinition {
        requiresCompatibilities = List.copyOf(requiresCompatibilities);
        compatibilities = List.copyOf(compatibilities);
        containerDefinitions = List.copyOf(containerDefinitions);
    }

    /** {@code family:revision}, the short form people and events use. */
    public String familyRevision() {
        return family + ":" + revision;
    }
}
