package dev.berth.sim.ecs;

import java.util.Map;

/**
 * What a container instance of a given EC2 type registers: 1,024 CPU units per vCPU and the memory the ECS agent
 * reports after the operating system's share (e.g. 982 MiB of a t2.micro's 1 GiB).
 */
final class InstanceTypes {
    record InstanceType(String name, int vcpus, int registeredMemoryMiB) {
        int cpuUnits() {
            return vcpus * 1024;
        }
    }

    private static final Map<String, InstanceType> TYPES = Map.of(
            "t2.micro", new InstanceType("t2.micro", 1, 982),
            "t2.small", new InstanceType("t2.small", 1, 1993),
            "t2.medium", new InstanceType("t2.medium", 2, 3943),
            "t3.micro", new InstanceType("t3.micro", 2, 944),
            "t3.small", new InstanceType("t3.small", 2, 1939),
            "t3.medium", new InstanceType("t3.medium", 2, 3904),
            "t3.large", new InstanceType("t3.large", 2, 7855),
            "m5.large", new InstanceType("m5.large", 2, 7680),
            "m5.xlarge", new InstanceType("m5.xlarge", 4, 15576),
            "c5.large", new InstanceType("c5.large", 2, 3703));

    private InstanceTypes() {
    }

    /** Refuses types the simulator has no figures for, as EC2 refuses unknown types. */
    static InstanceType of(String name) {
        InstanceType type = TYPES.get(name);
        if (type == null) {
            throw EcsErrors.invalidParameter("The instance type '" + name + "' is not supported. Supported types: "
                    + String.join(", ", TYPES.keySet().stream().sorted().toList()) + ".");
        }
        return type;
    }
}
