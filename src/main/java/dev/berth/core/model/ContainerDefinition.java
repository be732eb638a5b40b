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
        HealthCheck healthCheck,
        List<MountPoint> mountPoints,
        LogConfiguration logConfiguration,
        List<Secret> secrets) {
    public ContainerDefinition {
        portMappings = portMappings == null ? List.of() : List.copyOf(portMappings);
        environment = environment == null ? List.of() : List.copyOf(environment);
        command = command == null ? List.of() : List.copyOf(command);
        mountPoints = mountPoints == null ? List.of() : List.copyOf(mountPoints);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }

    /** A container without volumes, log driver or secrets. */
    public ContainerDefinition(String name, String image, Integer cpu, Integer memory, Integer memoryReservation,
                               Boolean essential, List<PortMapping> portMappings, List<KeyValuePair> environment,
                               List<String> command, HealthCheck healthCheck) {
        this(name, image, cpu, memory, memoryReservation, essential, portMappings, environment, command, healthCheck,
                List.of(), null, List.of());
    }

    /** The same container, mounting these volumes. */
    public ContainerDefinition withMountPoints(List<MountPoint> mounts) {
        return new ContainerDefinition(name, image, cpu, memory, memoryReservation, essential, portMappings,
                environment, command, healthCheck, mounts, logConfiguration, secrets);
    }

    /** The value of one of its environment variables, or null. */
    public String environmentValue(String variable) {
        return environment.stream().filter(e -> variable.equals(e.name())).map(KeyValuePair::value).findFirst()
                .orElse(null);
    }

    public boolean isEssential() {
        return essential == null || essential;
    }
}
