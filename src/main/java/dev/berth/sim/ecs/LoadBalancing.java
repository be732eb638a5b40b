package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.FeedKind;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.NetworkBinding;
import dev.berth.core.model.SimulatedApplication;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.core.model.TaskDefinition;
import dev.berth.sim.FeedRecorder;
import dev.berth.sim.elb.ElbWorld;
import dev.berth.sim.elb.TargetHealthObserver;
import dev.berth.sim.elb.TargetProbe;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service's tasks behind its load balancers: each task registers as a target while ACTIVATING (awsvpc tasks by IP
 * address, bridge and host tasks by instance id and host port), counts as healthy once its targets are, is replaced
 * when one fails its health checks, and deregisters before it stops, draining for the target group's deregistration
 * delay. The load balancer's health checks reach the task through {@link #probe}.
 */
final class LoadBalancing implements TargetProbe, TargetHealthObserver {
    private final ElbWorld elb;
    private final TaskObserver observer;
    private final FeedRecorder feed;
    /** The task behind each registered target, by group key, target id and port. */
    private final Map<String, TaskState> tasksByTarget = new HashMap<>();

    LoadBalancing(ElbWorld elb, TaskObserver observer, FeedRecorder feed) {
        this.elb = elb;
        this.observer = observer;
        this.feed = feed;
        elb.answerWith(this, this);
    }

    /**
     * CreateService's and UpdateService's checks of {@code loadBalancers}, with AWS's messages [obs] where one was
     * seen.
     */
    void check(List<LoadBalancer> loadBalancers, TaskDefinition definition) {
        boolean awsvpc = "awsvpc".equals(definition.networkMode());
        for (LoadBalancer loadBalancer : loadBalancers) {
            if (loadBalancer.containerName() == null || loadBalancer.containerName().isBlank()) {
                throw EcsErrors.invalidParameter("Container Name can not be blank.");
            }
            if ((loadBalancer.targetGroupArn() == null) == (loadBalancer.loadBalancerName() == null)) {
                throw EcsErrors.invalidParameter("A load balancer needs either a targetGroupArn or a "
                        + "loadBalancerName, not both.");
            }
            if (loadBalancer.targetGroupArn() != null) {
                checkTargetGroup(loadBalancer.targetGroupArn(), definition.networkMode());
            } else if (!elb.hasClassicLoadBalancer(loadBalancer.loadBalancerName())) {
                throw EcsErrors.invalidParameter("The load balancer " + loadBalancer.loadBalancerName()
                        + " does not exist.");
            } else if (awsvpc) {
                throw EcsErrors.invalidParameter("Classic Load Balancers are not supported for tasks using the "
                        + "awsvpc network mode. Use an Application Load Balancer or a Network Load Balancer.");
            }
            ContainerDefinition container = definition.containerDefinitions().stream()
                    .filter(c -> c.name().equals(loadBalancer.containerName())).findFirst()
                    .orElseThrow(() -> EcsErrors.invalidParameter("The container " + loadBalancer.containerName()
                            + " does not exist in the task definition."));
            boolean mapped = container.portMappings().stream()
                    .anyMatch(m -> loadBalancer.containerPort() != null
                            && m.containerPort() == loadBalancer.containerPort());
            if (!mapped) {
                throw EcsErrors.invalidParameter("The container " + container.name() + " did not have a container "
                        + "port " + loadBalancer.containerPort() + " defined.");
            }
        }
    }

    private void checkTargetGroup(String arn, String networkMode) {
        TargetGroup group = elb.targetGroup(arn).orElseThrow(() -> EcsErrors.invalidParameter("Unable to assume "
                + "role and validate the specified targetGroupArn. Please verify that the ECS service role being "
                + "passed has the proper permissions."));
        if (group.loadBalancerArns().isEmpty()) {
            throw EcsErrors.invalidParameter("The target group with targetGroupArn " + arn
                    + " does not have an associated load balancer.");
        }
        boolean awsvpc = "awsvpc".equals(networkMode);
        if (awsvpc != "ip".equals(group.targetType())) {
            throw EcsErrors.invalidParameter("The provided target group " + arn + " has target type "
                    + group.targetType() + ", which is incompatible with the "
                    + (networkMode == null ? "bridge" : networkMode)
                    + " network mode specified in the task definition.");
        }
    }

    /** ACTIVATING: the task becomes a target of each load balancer of its deployment. */
    void register(TaskState task) {
        ServiceState service = task.service;
        Map<ContainerState, List<NetworkBinding>> bindings = NetworkBindings.of(task);
        for (LoadBalancer loadBalancer : task.deployment.spec.loadBalancers()) {
            String key = groupKey(loadBalancer);
            String id = task.networkInterface != null ? task.networkInterface.privateIpv4Address()
                    : task.containerInstance.ec2InstanceId;
            int port = task.networkInterface != null ? loadBalancer.containerPort()
                    : hostPort(bindings, loadBalancer);
            TaskTarget target = new TaskTarget(key, id, port);
            task.targets.add(target);
            tasksByTarget.put(targetKey(key, id, port), task);
            elb.register(key, id, port, task.availabilityZone);
            service.events.add("(service " + service.name + ") registered 1 " + what(loadBalancer) + " in "
                    + where(loadBalancer));
        }
        task.version++;
    }

    /**
     * The tasks are being stopped: their targets are deregistered and drain. Events as AWS reports them [obs]:
     * "deregistered N targets" per target group, then "has begun draining connections on N tasks" per deployment.
     */
    void deregister(ServiceState service, List<TaskState> tasks) {
        Map<LoadBalancer, Integer> perLoadBalancer = new LinkedHashMap<>();
        Map<String, Integer> perDeployment = new LinkedHashMap<>();
        for (TaskState task : tasks) {
            boolean any = false;
            for (TaskTarget target : task.targets) {
                if (target.deregistered) {
                    continue;
                }
                target.deregistered = true;
                any = true;
                long drained = elb.deregister(target.groupKey, target.id, target.port);
                task.drainedAtMillis = Math.max(task.drainedAtMillis, drained);
                task.deployment.spec.loadBalancers().stream().filter(l -> groupKey(l).equals(target.groupKey))
                        .findFirst().ifPresent(l -> perLoadBalancer.merge(l, 1, Integer::sum));
            }
            if (any) {
                perDeployment.merge(task.deployment.id, 1, Integer::sum);
            }
        }
        perLoadBalancer.forEach((loadBalancer, count) -> service.events.add("(service " + service.name
                + ") deregistered " + count + " " + what(loadBalancer) + " in " + where(loadBalancer)));
        perDeployment.forEach((deployment, count) -> service.events.add("(service " + service.name + ", taskSet "
                + deployment + ") has begun draining connections on " + count + " tasks."));
    }

    /** Whether the task still has a registration that has not been deregistered. */
    static boolean registered(TaskState task) {
        return task.targets.stream().anyMatch(t -> !t.deregistered);
    }

    /**
     * The load balancer's health check reaches the task's application, unless a fault makes it fail; an application
     * that declares the paths it serves ({@link SimulatedApplication#HTTP_PATHS}) answers 404 on any other path.
     */
    @Override
    public Answer probe(String targetGroupKey, String targetId, int port, String path) {
        TaskState task = tasksByTarget.get(targetKey(targetGroupKey, targetId, port));
        if (task == null) {
            return Answer.NO_ANSWER;
        }
        return switch (task.lastStatus) {
            case "ACTIVATING", "RUNNING", "DEACTIVATING" -> task.failsHealthChecks ? Answer.ERROR
                    : serves(task, targetGroupKey, path) ? Answer.OK : Answer.NOT_FOUND;
            default -> Answer.NO_ANSWER;
        };
    }

    /** Whether the container behind the target group answers the path: any path, unless it declares its paths. */
    private static boolean serves(TaskState task, String targetGroupKey, String path) {
        if (path == null) {
            return true;
        }
        String container = task.deployment.spec.loadBalancers().stream().filter(l -> groupKey(l).equals(targetGroupKey))
                .map(LoadBalancer::containerName).findFirst().orElse(null);
        String paths = task.definition.containerDefinitions().stream().filter(c -> c.name().equals(container))
                .map(c -> c.environmentValue(SimulatedApplication.HTTP_PATHS)).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return paths == null || Arrays.stream(paths.split(",")).map(String::trim).anyMatch(path::equals);
    }

    @Override
    public void healthChanged(String targetGroupKey, String targetId, int port, TargetHealth health) {
        String key = targetKey(targetGroupKey, targetId, port);
        TaskState task = tasksByTarget.get(key);
        if (task == null) {
            return;
        }
        recordHealth(task, targetGroupKey, targetId, port, health);
        if ("Target.NotRegistered".equals(health.reason())) {
            tasksByTarget.remove(key);
            return;
        }
        Optional<TaskTarget> registration = task.targets.stream()
                .filter(t -> t.groupKey.equals(targetGroupKey) && t.id.equals(targetId) && t.port == port)
                .findFirst();
        if (registration.isEmpty()) {
            return;
        }
        registration.get().state = health.state();
        task.version++;
        if ("healthy".equals(health.state())) {
            if (targetGroupKey.equals(task.failedTargetGroup)) {
                task.failedTargetGroup = null;
            }
            if (task.countsAsHealthy()) {
                observer.taskHealthy(task);
            }
        } else if ("unhealthy".equals(health.state()) && task.wantsToRun()) {
            task.failedTargetGroup = targetGroupKey;
            ServiceState service = task.service;
            String who = task.networkInterface != null ? "(task " + task.id + ")"
                    : "(instance " + targetId + ")";
            service.events.add("(service " + service.name + ") " + who + " (port " + port + ") is unhealthy in "
                    + whereKey(targetGroupKey) + " due to (reason " + health.description() + ").");
        }
    }

    /** For the cluster's feed: "Target 10.0.1.7:80 (task ...) of service web in (target-group ...) is healthy". */
    private void recordHealth(TaskState task, String targetGroupKey, String targetId, int port, TargetHealth health) {
        String state = "Target.NotRegistered".equals(health.reason()) ? "deregistered" : health.state();
        String why = health.reason() == null || "Target.NotRegistered".equals(health.reason()) ? ""
                : " (reason " + health.reason() + (health.description() == null ? "" : ": " + health.description())
                + ")";
        feed.record(task.cluster.name, FeedKind.TARGET_HEALTH, nameOf(targetGroupKey), "Target " + targetId + ":"
                + port + " (task " + task.id + ") of service " + task.service.name + " in " + whereKey(targetGroupKey)
                + " is " + state + why + ".");
    }

    /** The event and stoppedReason wording of a task replaced for failing its load balancer's health checks. */
    static String failedChecksIn(TaskState task) {
        return "failed ELB health checks in " + whereKey(task.failedTargetGroup);
    }

    private static int hostPort(Map<ContainerState, List<NetworkBinding>> bindings, LoadBalancer loadBalancer) {
        return bindings.entrySet().stream()
                .filter(e -> e.getKey().definition.name().equals(loadBalancer.containerName()))
                .flatMap(e -> e.getValue().stream())
                .filter(b -> b.containerPort() == loadBalancer.containerPort())
                .mapToInt(NetworkBinding::hostPort).findFirst().orElseThrow();
    }

    private static String groupKey(LoadBalancer loadBalancer) {
        return loadBalancer.targetGroupArn() != null ? loadBalancer.targetGroupArn()
                : ElbWorld.classicKey(loadBalancer.loadBalancerName());
    }

    /** A Classic Load Balancer has instances where a target group has targets. */
    private static String what(LoadBalancer loadBalancer) {
        return loadBalancer.targetGroupArn() != null ? "targets" : "instances";
    }

    private static String where(LoadBalancer loadBalancer) {
        return whereKey(groupKey(loadBalancer));
    }

    private static String whereKey(String groupKey) {
        String classic = ElbWorld.classicKey("");
        return groupKey.startsWith(classic) ? "(elb " + groupKey.substring(classic.length()) + ")"
                : "(target-group " + groupKey + ")";
    }

    /** A target group's name (from its ARN, ".../targetgroup/NAME/ID"), or a Classic Load Balancer's. */
    private static String nameOf(String groupKey) {
        String classic = ElbWorld.classicKey("");
        if (groupKey.startsWith(classic)) {
            return groupKey.substring(classic.length());
        }
        String[] parts = groupKey.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : groupKey;
    }

    private static String targetKey(String groupKey, String id, int port) {
        return groupKey + " " + id + ":" + port;
    }
}
