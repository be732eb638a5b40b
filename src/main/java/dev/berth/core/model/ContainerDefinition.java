package dev.berth.core.model;

import java.util.List;

/** One container of a task definition, with AWS's member names. {@code essential} null means true. */
public record ContainerDefinition(
        String name,
        String image,
        Integer cpu,
        Integer memory,
        Integer memoryReservation,
        Boolean essential,
        List<PortMapping> portMappings,
        List<KeyValuePair> environment,
        List<String> command,
        HealthCheck healthCheck) {
    public ContainerDefinition {
        portMappings = portMappings == null ? List.of() : List.copyOf(portMappings);
        environment = environment == null ? List.of() : List.copyOf(environment);
        command = command == null ? List.of() : List.copyOf(command);
    }

    public boolean isEssential() {
        return essential == null || essential;
    }
}
