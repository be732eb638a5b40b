package dev.berth.ui.taskdefs;

import dev.berth.core.model.TaskSize;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.ui.common.AwsNames;
import dev.berth.ui.common.FieldErrors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks RegisterTaskDefinition makes (AWS-BEHAVIOUR.md §2.3), run before sending so each mistake shows next
 * to its field and nothing is registered. Messages are keyed by AWS member path, e.g.
 * {@code containerDefinitions[0].image}.
 */
public final class TaskDefinitionRules {
    public static final String FAMILY = "family";
    public static final String NETWORK_MODE = "networkMode";
    public static final String COMPATIBILITIES = "requiresCompatibilities";
    public static final String CPU = "cpu";
    public static final String MEMORY = "memory";
    public static final String CONTAINERS = "containerDefinitions";

    private static final Set<String> NETWORK_MODES = Set.of("awsvpc", "bridge", "host", "none");
    private static final Set<String> LAUNCH_TYPES = Set.of("EC2", "FARGATE", "EXTERNAL");
    private static final int MAX_PORT = 65535;

    private TaskDefinitionRules() {
    }

    public static String containerField(int index, String member) {
        return CONTAINERS + "[" + index + "]." + member;
    }

    public static FieldErrors check(RegisterTaskDefinitionRequest request) {
        FieldErrors errors = FieldErrors.none();
        String familyProblem = AwsNames.problemWith(request.family(), "family name");
        if (familyProblem != null) {
            errors.add(FAMILY, familyProblem);
        }
        if (request.networkMode() != null && !NETWORK_MODES.contains(request.networkMode())) {
            errors.add(NETWORK_MODE, "Network mode is awsvpc, bridge, host or none.");
        }
        for (String compatibility : request.requiresCompatibilities()) {
            if (!LAUNCH_TYPES.contains(compatibility)) {
                errors.add(COMPATIBILITIES, "'" + compatibility + "' is not EC2, FARGATE or EXTERNAL.");
            }
        }
        Integer cpu = checkSize(request.cpu(), TaskSize.cpuUnits(request.cpu()), CPU,
                "CPU is in units (1024 = 1 vCPU), e.g. 256 or \"0.5 vCPU\".", errors);
        Integer memory = checkSize(request.memory(), TaskSize.memoryMiB(request.memory()), MEMORY,
                "Memory is in MiB, e.g. 512 or \"1 GB\".", errors);
        if (request.requiresCompatibilities().contains("FARGATE")) {
            checkFargate(request, cpu, memory, errors);
        }
        checkContainers(request, memory, errors);
        return errors;
    }

    private static Integer checkSize(String text, Integer parsed, String field, String message, FieldErrors errors) {
        if (text != null && !text.isBlank() && parsed == null) {
            errors.add(field, message);
        }
        return parsed;
    }

    private static void checkFargate(RegisterTaskDefinitionRequest request, Integer cpu, Integer memory,
                                     FieldErrors errors) {
        if (!"awsvpc".equals(request.networkMode())) {
            errors.add(NETWORK_MODE, "Fargate only supports network mode 'awsvpc'.");
        }
        if (cpu == null) {
            errors.add(CPU, "Fargate needs a task CPU: one of " + String.join(", ", TaskSize.FARGATE_CPU) + ".");
        } else if (!TaskSize.FARGATE_CPU.contains(String.valueOf(cpu))) {
            errors.add(CPU, "Fargate takes CPU " + String.join(", ", TaskSize.FARGATE_CPU) + ".");
        }
        if (memory == null) {
            errors.add(MEMORY, "Fargate needs a task memory size.");
        } else if (cpu != null && TaskSize.FARGATE_CPU.contains(String.valueOf(cpu))
                && !TaskSize.fargateAccepts(cpu, memory)) {
            errors.add(MEMORY, "With CPU " + cpu + ", Fargate takes memory " + TaskSize.fargateMemoryHint(cpu)
                    + " MiB.");
        }
    }

    private static void checkContainers(RegisterTaskDefinitionRequest request, Integer taskMemory,
                                        FieldErrors errors) {
        List<ContainerDefinition> containers = request.containerDefinitions();
        if (containers.isEmpty()) {
            errors.add(CONTAINERS, "Add at least one container.");
            return;
        }
        Set<String> names = new HashSet<>();
        boolean anyEssential = false;
        for (int i = 0; i < containers.size(); i++) {
            ContainerDefinition container = containers.get(i);
            String nameProblem = AwsNames.problemWith(container.name(), "container name");
            if (nameProblem != null) {
                errors.add(containerField(i, "name"), nameProblem);
            } else if (!names.add(container.name())) {
                errors.add(containerField(i, "name"), "Another container is already named '" + container.name()
                        + "'.");
            }
            if (container.image() == null || container.image().isBlank()) {
                errors.add(containerField(i, "image"), "Enter the image, e.g. nginx:1.27 or an ECR image URI.");
            }
            if (taskMemory == null && container.memory() == null && container.memoryReservation() == null
                    && !request.requiresCompatibilities().contains("FARGATE")) {
                errors.add(containerField(i, "memory"), "Without a task memory size, each container needs "
                        + "'memory' or 'memoryReservation'.");
            }
            checkPorts(request.networkMode(), container.portMappings(), i, errors);
            anyEssential |= container.isEssential();
        }
        if (!anyEssential) {
            errors.add(CONTAINERS, "At least one container must be essential.");
        }
    }

    private static void checkPorts(String networkMode, List<PortMapping> mappings, int index, FieldErrors errors) {
        for (PortMapping mapping : mappings) {
            Integer container = mapping.containerPort();
            if (container == null || container < 1 || container > MAX_PORT) {
                errors.add(containerField(index, "portMappings"), "A container port is from 1 to " + MAX_PORT + ".");
            } else if (("awsvpc".equals(networkMode) || "host".equals(networkMode)) && mapping.hostPort() != null
                    && mapping.hostPort() != 0 && !mapping.hostPort().equals(container)) {
                errors.add(containerField(index, "portMappings"), "When networkMode=" + networkMode
                        + ", the host port must be empty or equal the container port.");
            }
        }
    }
}
