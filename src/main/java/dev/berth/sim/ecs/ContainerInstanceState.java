package dev.berth.sim.ecs;

import dev.berth.core.model.Attribute;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An EC2 instance registered to a cluster, with what its tasks have reserved of it. */
final class ContainerInstanceState {
    /** SSH, the Docker daemon and the ECS agent's ports, reserved on every instance. */
    static final Set<Integer> ALWAYS_RESERVED_PORTS = Set.of(22, 2375, 2376, 51678, 51679, 51680);

    final String id;
    final String arn;
    final String ec2InstanceId;
    final InstanceTypes.InstanceType instanceType;
    final String availabilityZone;
    final String capacityProviderName;
    final Instant registeredAt;
    final List<TaskState> tasks = new ArrayList<>();
    final Set<Integer> reservedTcpPorts = new TreeSet<>(ALWAYS_RESERVED_PORTS);
    final Set<Integer> reservedUdpPorts = new TreeSet<>();
    final Set<Integer> dynamicPortsInUse = new TreeSet<>();
    String status = "ACTIVE";
    /** Only an instance whose agent is connected accepts new tasks. */
    boolean agentConnected = true;
    int cpuReserved;
    int memoryReserved;

    ContainerInstanceState(String id, String arn, String ec2InstanceId, InstanceTypes.InstanceType instanceType,
                           String availabilityZone, String capacityProviderName, Instant registeredAt) {
        this.id = id;
        this.arn = arn;
        this.ec2InstanceId = ec2InstanceId;
        this.instanceType = instanceType;
        this.availabilityZone = availabilityZone;
        this.capacityProviderName = capacityProviderName;
        this.registeredAt = registeredAt;
    }

    /** ACTIVE with its agent connected: the only kind of instance that accepts new tasks. */
    boolean acceptsTasks() {
        return "ACTIVE".equals(status) && agentConnected;
    }

    int cpuRemaining() {
        return instanceType.cpuUnits() - cpuReserved;
    }

    int memoryRemaining() {
        return instanceType.registeredMemoryMiB() - memoryReserved;
    }

    ContainerInstance toContainerInstance() {
        List<Resource> registered = List.of(
                Resource.integer("CPU", instanceType.cpuUnits()),
                Resource.integer("MEMORY", instanceType.registeredMemoryMiB()),
                Resource.stringSet("PORTS", ports(ALWAYS_RESERVED_PORTS)),
                Resource.stringSet("PORTS_UDP", List.of()));
        List<Resource> remaining = List.of(
                Resource.integer("CPU", cpuRemaining()),
                Resource.integer("MEMORY", memoryRemaining()),
                Resource.stringSet("PORTS", ports(reservedTcpPorts)),
                Resource.stringSet("PORTS_UDP", ports(reservedUdpPorts)));
        List<Attribute> attributes = List.of(
                new Attribute("ecs.availability-zone", availabilityZone),
                new Attribute("ecs.instance-type", instanceType.name()),
                new Attribute("ecs.os-type", "linux"),
                new Attribute("ecs.cpu-architecture", "x86_64"));
        int running = (int) tasks.stream().filter(TaskState::isRunning).count();
        int pending = (int) tasks.stream().filter(TaskState::isStarting).count();
        return new ContainerInstance(arn, ec2InstanceId, status, agentConnected, running, pending, registered, remaining,
                attributes, capacityProviderName, registeredAt);
    }

    private static List<String> ports(Set<Integer> ports) {
        return new TreeSet<>(ports).stream().map(String::valueOf).toList();
    }
}
