package dev.berth.sim.ecs;

import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.Tag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A cluster with its services, tasks and container instances, each in the order they were created. */
final class ClusterState {
    /** STOPPED tasks stay visible; beyond this many per cluster the oldest are forgotten. */
    static final int STOPPED_TASKS_KEPT = 1000;

    final String name;
    final String arn;
    final List<Tag> tags;
    /** Replaced by PutClusterCapacityProviders. */
    List<String> capacityProviders;
    List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy;
    /** By name; a deleted service stays here, INACTIVE, until a new one takes its name. */
    final Map<String, ServiceState> services = new LinkedHashMap<>();
    /** By task id: tasks still running and the most recent STOPPED ones. */
    final Map<String, TaskState> tasks = new LinkedHashMap<>();
    /**
     * The tasks among {@link #tasks} whose desired status is still RUNNING, in the same order: what ListTasks lists
     * unless asked for STOPPED, without walking the up to {@link #STOPPED_TASKS_KEPT} stopped ones kept beside them.
     */
    final Map<String, TaskState> desiredRunning = new LinkedHashMap<>();
    /**
     * The tasks among {@link #tasks} not yet STOPPED, stopping ones included: all DescribeClusters counts as running or
     * pending, without walking the stopped ones (walking them made it the costliest read the endpoint answers).
     */
    final Map<String, TaskState> notStopped = new LinkedHashMap<>();
    final Deque<TaskState> stoppedTasks = new ArrayDeque<>();
    final Map<String, ContainerInstanceState> containerInstances = new LinkedHashMap<>();
    /** Tasks of EC2 capacity providers waiting in PROVISIONING for an instance with room, oldest first. */
    final List<TaskState> awaitingCapacity = new ArrayList<>();
    String status = "ACTIVE";

    ClusterState(String name, String arn, List<String> capacityProviders,
                 List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy, List<Tag> tags) {
        this.name = name;
        this.arn = arn;
        this.capacityProviders = List.copyOf(capacityProviders);
        this.defaultCapacityProviderStrategy = List.copyOf(defaultCapacityProviderStrategy);
        this.tags = List.copyOf(tags);
    }

    boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** A STOPPED task is kept for DescribeTasks; the oldest beyond {@link #STOPPED_TASKS_KEPT} is forgotten. */
    void retainStopped(TaskState task) {
        notStopped.remove(task.id);
        stoppedTasks.addLast(task);
        while (stoppedTasks.size() > STOPPED_TASKS_KEPT) {
            String forgotten = stoppedTasks.removeFirst().id;
            tasks.remove(forgotten);
            desiredRunning.remove(forgotten);
        }
    }

    Cluster toCluster() {
        int running = 0;
        int pending = 0;
        for (TaskState task : notStopped.values()) {
            if (task.isRunning()) {
                running++;
            } else if (task.isStarting()) {
                pending++;
            }
        }
        int registered = (int) containerInstances.values().stream().filter(i -> !"INACTIVE".equals(i.status)).count();
        int activeServices = (int) services.values().stream().filter(ServiceState::isActive).count();
        return new Cluster(arn, name, status, registered, running, pending, activeServices, capacityProviders,
                defaultCapacityProviderStrategy, tags);
    }
}
