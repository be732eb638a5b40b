package dev.berth.sim.ecs;

import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.Service;
import dev.berth.core.model.Tag;
import dev.berth.core.model.TaskDefinition;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** A service: what it should run, its deployments (PRIMARY first), its events and its launch throttle. */
final class ServiceState {
    final String name;
    final String arn;
    final ClusterState cluster;
    final Instant createdAt;
    final List<Tag> tags;
    final ServiceEventLog events;
    final ServiceThrottle throttle;
    /** PRIMARY first, then older deployments that still have tasks, newest first. */
    final List<DeploymentState> deployments = new ArrayList<>();
    String status = "ACTIVE";
    int desiredCount;
    DeploymentConfiguration deploymentConfiguration;
    int healthCheckGracePeriodSeconds;
    /** Unhealthy tasks whose replacement has not started yet, oldest first; starts report them as replaced. */
    final Deque<TaskState> awaitingReplacement = new ArrayDeque<>();
    /** The last deployment that reached COMPLETED: what a circuit breaker rollback returns to. */
    DeploymentState lastCompleted;
    /** Made once: the scheduler offers it on every pass (every 15 s) while the service is steady. */
    final String steadyStateEvent;

    ServiceState(String name, String arn, ClusterState cluster, Instant createdAt, List<Tag> tags,
                 ServiceEventLog events, ServiceThrottle throttle) {
        this.name = name;
        this.arn = arn;
        this.cluster = cluster;
        this.createdAt = createdAt;
        this.tags = List.copyOf(tags);
        this.events = events;
        this.throttle = throttle;
        this.steadyStateEvent = "(service " + name + ") has reached a steady state.";
    }

    DeploymentState primary() {
        return deployments.get(0);
    }

    DeploymentSpec spec() {
        return primary().spec;
    }

    /** The PRIMARY deployment's load balancers: the service's own, as DescribeServices shows them. */
    List<LoadBalancer> loadBalancers() {
        return spec().loadBalancers();
    }

    boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** Every task of every deployment that has not yet stopped. */
    Stream<TaskState> liveTasks() {
        return deployments.stream().flatMap(d -> d.tasks.stream());
    }

    Service toService() {
        DeploymentSpec spec = spec();
        TaskDefinition definition = spec.taskDefinition();
        int running = (int) liveTasks().filter(TaskState::isRunning).count();
        int pending = (int) liveTasks().filter(TaskState::isStarting).count();
        return new Service(arn, name, cluster.arn, status, desiredCount, running, pending, spec.launchType(),
                spec.capacityProviderStrategy(), spec.platformVersion(), definition.taskDefinitionArn(),
                deploymentConfiguration, deployments.stream().map(d -> d.toDeployment(desiredCount)).toList(),
                events.newestFirst(), spec.networkConfiguration(), healthCheckGracePeriodSeconds, "REPLICA",
                createdAt, tags, spec.loadBalancers());
    }
}
