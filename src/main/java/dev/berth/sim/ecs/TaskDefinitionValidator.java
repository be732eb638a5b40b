package dev.berth.sim.ecs;

import dev.berth.core.model.EcsNames;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.TaskSize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * RegisterTaskDefinition's checks (AWS-BEHAVIOUR.md §2.3) and AWS's normalisation of what it stores: "1 vCPU" and
 * "2GB" become "1024" and "2048", {@code essential} and port protocols are filled in, and the compatibilities the
 * definition satisfies are worked out.
 */
final class TaskDefinitionValidator {
    /** What a valid request is stored as. */
    record Normalised(String networkMode, String cpu, String memory, List<String> compatibilities,
                      List<ContainerDefinition> containerDefinitions) {
    }

    private static final Set<String> NETWORK_MODES = Set.of("bridge", "host", "awsvpc", "none");

    private TaskDefinitionValidator() {
    }

    static Normalised validate(RegisterTaskDefinitionRequest request) {
        if (!EcsNames.isValid(request.family())) {
            throw EcsErrors.client("Family must be 1 to 255 letters (uppercase and lowercase), numbers, hyphens, "
                    + "and underscores.");
        }
        if (request.containerDefinitions().isEmpty()) {
            throw EcsErrors.client("Container list cannot be empty.");
        }
        checkContainers(request.containerDefinitions());
        boolean fargate = request.requiresCompatibilities().contains("FARGATE");
        checkRoles(request);
        VolumeValidator.check(request.volumes(), request.containerDefinitions(), fargate);
        for (String compatibility : request.requiresCompatibilities()) {
            if (!Set.of("EC2", "FARGATE", "EXTERNAL").contains(compatibility)) {
                throw EcsErrors.client("Invalid requiresCompatibilities value: " + compatibility + ".");
            }
        }
        String networkMode = request.networkMode() == null ? (fargate ? null : "bridge") : request.networkMode();
        if (networkMode != null && !NETWORK_MODES.contains(networkMode)) {
            throw EcsErrors.client("Invalid networkMode: " + networkMode + ".");
        }
        String cpu = normalised(request.cpu(), TaskSize::cpuUnits, "Invalid 'cpu' setting for task.");
        String memory = normalised(request.memory(), TaskSize::memoryMiB, "Invalid 'memory' setting for task.");
        if (fargate) {
            checkFargate(request, networkMode, cpu, memory);
        } else if (memory == null) {
            checkContainerMemory(request.containerDefinitions());
        }
        checkPortMappings(networkMode, request.containerDefinitions());
        List<String> compatibilities = new ArrayList<>(List.of("EC2"));
        if ("awsvpc".equals(networkMode) && cpu != null && memory != null
                && TaskSize.fargateAccepts(Integer.parseInt(cpu), Integer.parseInt(memory))) {
            compatibilities.add("FARGATE");
        }
        return new Normalised(networkMode, cpu, memory, compatibilities,
                request.containerDefinitions().stream().map(c -> normalised(c, networkMode)).toList());
    }

    private static void checkContainers(List<ContainerDefinition> containers) {
        Set<String> names = new HashSet<>();
        for (ContainerDefinition container : containers) {
            if (container.name() == null || container.name().isEmpty()) {
                throw EcsErrors.client("Container.name should not be null or empty.");
            }
            if (!EcsNames.isValid(container.name())) {
                throw EcsErrors.client("Container name '" + container.name() + "' must be 1 to 255 letters "
                        + "(uppercase and lowercase), numbers, hyphens, and underscores.");
            }
            if (!names.add(container.name())) {
                throw EcsErrors.client("Duplicate container name '" + container.name() + "'. Container names must "
                        + "be unique within a task definition.");
            }
            if (container.image() == null || container.image().isEmpty()) {
                throw EcsErrors.client("Container.image should not be null or empty.");
            }
        }
        if (containers.stream().noneMatch(ContainerDefinition::isEssential)) {
            throw EcsErrors.client("At least one container in the task definition must be essential.");
        }
    }

    private static void checkFargate(RegisterTaskDefinitionRequest request, String networkMode, String cpu,
                                     String memory) {
        if (!"awsvpc".equals(networkMode)) {
            throw EcsErrors.client("Fargate only supports network mode 'awsvpc'.");
        }
        if (cpu == null || !TaskSize.FARGATE_CPU.contains(cpu)) {
            throw EcsErrors.client("Invalid 'cpu' setting for task.");
        }
        if (memory == null) {
            throw EcsErrors.client("Invalid 'memory' setting for task.");
        }
        if (!TaskSize.fargateAccepts(Integer.parseInt(cpu), Integer.parseInt(memory))) {
            throw EcsErrors.client("No Fargate configuration exists for given values.");
        }
        boolean executionRole = request.executionRoleArn() != null && !request.executionRoleArn().isEmpty();
        boolean ecrImage = request.containerDefinitions().stream()
                .anyMatch(c -> ImageRegistry.isPrivateEcrImage(c.image()));
        if (!executionRole && ecrImage) {
            throw EcsErrors.client("Fargate requires task definition to have execution role ARN to support ECR "
                    + "images.");
        }
        boolean awslogs = request.containerDefinitions().stream()
                .anyMatch(c -> c.logConfiguration() != null && c.logConfiguration().isAwslogs());
        if (!executionRole && awslogs) {
            throw EcsErrors.client("Fargate requires task definition to have execution role ARN to support log "
                    + "driver awslogs.");
        }
    }

    /**
     * AWS takes any well-formed role at registration, whether IAM has it or not; a role that cannot be assumed
     * fails the launch. Secrets are fetched with the execution role, so they need one on every launch type [obs].
     */
    private static void checkRoles(RegisterTaskDefinitionRequest request) {
        String execution = request.executionRoleArn();
        if (execution != null && !execution.isEmpty() && !RoleNames.isRoleArn(execution)) {
            throw EcsErrors.client("Role is not valid");
        }
        String task = request.taskRoleArn();
        if (task != null && !task.isEmpty() && !RoleNames.isRoleArn(task) && !RoleNames.isRoleName(task)) {
            throw EcsErrors.client("Role is not valid");
        }
        boolean secrets = request.containerDefinitions().stream().anyMatch(c -> !c.secrets().isEmpty());
        if (secrets && (execution == null || execution.isEmpty())) {
            throw EcsErrors.client("When you are specifying container secrets, you must also specify a value for "
                    + "'executionRoleArn'.");
        }
    }

    private static void checkContainerMemory(List<ContainerDefinition> containers) {
        for (ContainerDefinition container : containers) {
            if (container.memory() == null && container.memoryReservation() == null) {
                throw EcsErrors.client("Invalid setting for container '" + container.name() + "'. At least one of "
                        + "'memory' or 'memoryReservation' must be specified.");
            }
        }
    }

    private static void checkPortMappings(String networkMode, List<ContainerDefinition> containers) {
        boolean hostMustMatch = "awsvpc".equals(networkMode) || "host".equals(networkMode);
        for (ContainerDefinition container : containers) {
            for (PortMapping mapping : container.portMappings()) {
                if (mapping.containerPort() == null || mapping.containerPort() < 1 || mapping.containerPort() > 65535) {
                    throw EcsErrors.client("Invalid container port for container '" + container.name()
                            + "'. Container ports must be between 1 and 65535.");
                }
                if (mapping.protocol() != null && !Set.of("tcp", "udp").contains(mapping.protocol())) {
                    throw EcsErrors.client("Invalid protocol '" + mapping.protocol() + "' for container '"
                            + container.name() + "'. Valid protocols are tcp and udp.");
                }
                boolean hostPortGiven = mapping.hostPort() != null && mapping.hostPort() != 0;
                if (hostMustMatch && hostPortGiven && !mapping.hostPort().equals(mapping.containerPort())) {
                    throw EcsErrors.client("When networkMode=" + networkMode + ", the host ports and container "
                            + "ports in port mappings must match.");
                }
            }
        }
    }

    /** "1 vCPU" → "1024" and "2GB" → "2048" as AWS stores them; plain numbers stay as they are. */
    private static String normalised(String value, Function<String, Integer> parse, String invalid) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Integer amount = parse.apply(value);
        if (amount == null) {
            throw EcsErrors.client(invalid);
        }
        return amount.toString();
    }

    private static ContainerDefinition normalised(ContainerDefinition c, String networkMode) {
        boolean hostMustMatch = "awsvpc".equals(networkMode) || "host".equals(networkMode);
        List<PortMapping> mappings = c.portMappings().stream()
                .map(m -> new PortMapping(m.containerPort(),
                        hostMustMatch ? m.containerPort() : (m.hostPort() == null ? 0 : m.hostPort()),
                        m.protocol() == null ? "tcp" : m.protocol()))
                .toList();
        List<MountPoint> mounts = c.mountPoints().stream()
                .map(m -> new MountPoint(m.sourceVolume(), m.containerPath(), m.readOnly() != null && m.readOnly()))
                .toList();
        return new ContainerDefinition(c.name(), c.image(), c.cpu() == null ? 0 : c.cpu(), c.memory(),
                c.memoryReservation(), c.isEssential(), mappings, c.environment(), c.command(), c.healthCheck(),
                mounts, c.logConfiguration(), c.secrets());
    }
}
