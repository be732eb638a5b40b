package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.TaskDefinition;
import dev.berth.sim.SimRandom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Chooses a container instance for an EC2 task: instances without the CPU, memory or host ports the task needs are
 * filtered out, then the strategy picks among the rest. Reservations are taken when a task is placed and given
 * back when it stops.
 */
final class Placement {
    /** Bridge-mode dynamic host ports come from the ephemeral range. */
    private static final int FIRST_DYNAMIC_PORT = 49153;
    private static final int LAST_DYNAMIC_PORT = 65535;
    /** An instance accepts at most this many reserved host ports, dynamic ones aside. */
    private static final int MAX_RESERVED_PORTS = 100;

    /** What a placed task holds on its instance. */
    record Reservation(int cpu, int memory, List<Integer> tcpPorts, List<Integer> udpPorts,
                       List<Integer> dynamicPorts) {
    }

    /** What a task definition asks of an instance; {@code availabilityZones} null places in any zone. */
    record Requirements(int cpu, int memory, List<Integer> tcpPorts, List<Integer> udpPorts, int dynamicPorts,
                        List<String> availabilityZones) {
        static Requirements of(TaskDefinition definition, List<String> availabilityZones) {
            List<ContainerDefinition> containers = definition.containerDefinitions();
            int cpu = definition.cpu() != null ? Integer.parseInt(definition.cpu())
                    : containers.stream().mapToInt(c -> c.cpu() == null ? 0 : c.cpu()).sum();
            int memory = definition.memory() != null ? Integer.parseInt(definition.memory())
                    : containers.stream().mapToInt(Requirements::containerMemory).sum();
            List<Integer> tcp = new ArrayList<>();
            List<Integer> udp = new ArrayList<>();
            int dynamic = 0;
            if (!"awsvpc".equals(definition.networkMode())) {
                for (ContainerDefinition container : containers) {
                    for (PortMapping mapping : container.portMappings()) {
                        int hostPort = "host".equals(definition.networkMode()) ? mapping.containerPort()
                                : mapping.hostPort() == null ? 0 : mapping.hostPort();
                        if (hostPort == 0) {
                            dynamic++;
                        } else {
                            ("udp".equals(mapping.protocol()) ? udp : tcp).add(hostPort);
                        }
                    }
                }
            }
            return new Requirements(cpu, memory, tcp, udp, dynamic, availabilityZones);
        }

        /** The soft limit places a container when given; otherwise the hard limit does. */
        private static int containerMemory(ContainerDefinition container) {
            if (container.memoryReservation() != null) {
                return container.memoryReservation();
            }
            return container.memory() == null ? 0 : container.memory();
        }
    }

    /** Either the chosen instance, or why none fit and which came closest. */
    record Outcome(ContainerInstanceState instance, String failureReason, ContainerInstanceState closest) {
        boolean placed() {
            return instance != null;
        }
    }

    private Placement() {
    }

    /**
     * The service scheduler's default: spread across Availability Zones, then across instances, by how many of the
     * service's tasks each already has.
     */
    static Outcome spread(List<ContainerInstanceState> instances, Requirements requirements,
                          ToIntFunction<String> tasksInZone, ToIntFunction<ContainerInstanceState> tasksOnInstance) {
        Comparator<ContainerInstanceState> order = Comparator
                .comparingInt((ContainerInstanceState i) -> tasksInZone.applyAsInt(i.availabilityZone))
                .thenComparingInt(tasksOnInstance);
        return choose(instances, requirements, fitting -> fitting.stream().min(order).orElseThrow());
    }

    /** RunTask's default: any instance that fits. */
    static Outcome random(List<ContainerInstanceState> instances, Requirements requirements, SimRandom random) {
        return choose(instances, requirements, random::pick);
    }

    private static Outcome choose(List<ContainerInstanceState> instances, Requirements requirements,
                                  Function<List<ContainerInstanceState>, ContainerInstanceState> strategy) {
        List<ContainerInstanceState> fitting = new ArrayList<>();
        ContainerInstanceState closest = null;
        String closestReason = null;
        int closestFailures = Integer.MAX_VALUE;
        for (ContainerInstanceState instance : instances) {
            if (!instance.acceptsTasks()) {
                continue;
            }
            List<String> failures = failures(instance, requirements);
            if (failures.isEmpty()) {
                fitting.add(instance);
            } else if (failures.size() < closestFailures) {
                closest = instance;
                closestReason = failures.get(0);
                closestFailures = failures.size();
            }
        }
        if (fitting.isEmpty()) {
            return new Outcome(null, closestReason, closest);
        }
        return new Outcome(strategy.apply(fitting), null, null);
    }

    /** The RunTask failure reasons of one instance, in the order AWS reports them. */
    private static List<String> failures(ContainerInstanceState instance, Requirements requirements) {
        List<String> failures = new ArrayList<>();
        if (requirements.availabilityZones() != null
                && !requirements.availabilityZones().contains(instance.availabilityZone)) {
            failures.add("ATTRIBUTE");
        }
        if (instance.memoryRemaining() < requirements.memory()) {
            failures.add("RESOURCE:MEMORY");
        }
        if (instance.cpuRemaining() < requirements.cpu()) {
            failures.add("RESOURCE:CPU");
        }
        boolean tcpTaken = requirements.tcpPorts().stream().anyMatch(instance.reservedTcpPorts::contains)
                || instance.reservedTcpPorts.size() + requirements.tcpPorts().size() > MAX_RESERVED_PORTS
                || freeDynamicPorts(instance) < requirements.dynamicPorts();
        if (tcpTaken) {
            failures.add("RESOURCE:PORTS_TCP");
        }
        if (requirements.udpPorts().stream().anyMatch(instance.reservedUdpPorts::contains)) {
            failures.add("RESOURCE:PORTS_UDP");
        }
        return failures;
    }

    static Reservation reserve(ContainerInstanceState instance, Requirements requirements) {
        List<Integer> dynamic = new ArrayList<>();
        for (int port = FIRST_DYNAMIC_PORT; dynamic.size() < requirements.dynamicPorts(); port++) {
            if (!instance.dynamicPortsInUse.contains(port) && !instance.reservedTcpPorts.contains(port)) {
                dynamic.add(port);
            }
        }
        instance.cpuReserved += requirements.cpu();
        instance.memoryReserved += requirements.memory();
        instance.reservedTcpPorts.addAll(requirements.tcpPorts());
        instance.reservedUdpPorts.addAll(requirements.udpPorts());
        instance.dynamicPortsInUse.addAll(dynamic);
        return new Reservation(requirements.cpu(), requirements.memory(), requirements.tcpPorts(),
                requirements.udpPorts(), dynamic);
    }

    static void release(ContainerInstanceState instance, Reservation reservation) {
        instance.cpuReserved -= reservation.cpu();
        instance.memoryReserved -= reservation.memory();
        reservation.tcpPorts().forEach(instance.reservedTcpPorts::remove);
        reservation.udpPorts().forEach(instance.reservedUdpPorts::remove);
        reservation.dynamicPorts().forEach(instance.dynamicPortsInUse::remove);
    }

    /** The event text for a failure reason, after "The closest matching (container-instance ID) ". */
    static String describeFailure(String reason) {
        return switch (reason) {
            case "RESOURCE:MEMORY" -> "has insufficient memory available.";
            case "RESOURCE:CPU" -> "has insufficient CPU units available.";
            case "ATTRIBUTE" -> "is missing an attribute required by your task.";
            default -> "is already using a port required by your task.";
        };
    }

    private static int freeDynamicPorts(ContainerInstanceState instance) {
        return LAST_DYNAMIC_PORT - FIRST_DYNAMIC_PORT + 1 - instance.dynamicPortsInUse.size();
    }
}
