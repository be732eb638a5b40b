package dev.berth.ui.services;

import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.InstanceState;
import dev.berth.core.model.Listener;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.NetworkBinding;
import dev.berth.core.model.Service;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.model.TargetHealthDescription;
import dev.berth.core.model.Task;
import dev.berth.ui.common.Detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the Load balancing tab shows of a service: its load balancers, listeners and target groups, and every target
 * with the task that registered it. An awsvpc task is its target by IP address; a bridge task by its instance's id
 * and the host port its container port is bound to; {@code targetGroups} are the ELB v2 groups, whose health checks
 * the tab edits. Read off the FX thread.
 */
record ServiceLoadBalancing(List<Detail> details, List<ServiceTarget> targets, List<TargetGroup> targetGroups) {
    static final ServiceLoadBalancing NONE = new ServiceLoadBalancing(List.of(), List.of(), List.of());
    static final ServiceLoadBalancing WITHOUT = new ServiceLoadBalancing(List.of(Detail.of("Load balancing",
            "This service is behind no load balancer.")), List.of(), List.of());

    /** Reads the service's load balancers; the service has at least one. */
    static ServiceLoadBalancing read(EcsInventory inventory, ElbGateway elb, Service service) {
        String cluster = service.clusterArn();
        List<Task> tasks = Stream.of("RUNNING", "STOPPED").flatMap(s -> inventory.tasks(cluster, s).stream())
                .filter(t -> ("service:" + service.serviceName()).equals(t.group())).toList();
        Map<String, String> instanceIds = tasks.stream().anyMatch(t -> t.containerInstanceArn() != null)
                ? inventory.containerInstances(cluster).stream().collect(Collectors.toMap(
                ContainerInstance::containerInstanceArn, ContainerInstance::ec2InstanceId)) : Map.of();
        List<Detail> details = new ArrayList<>();
        List<ServiceTarget> targets = new ArrayList<>();
        List<TargetGroup> groups = new ArrayList<>();
        for (LoadBalancer loadBalancer : service.loadBalancers()) {
            String container = loadBalancer.containerName() + ":" + loadBalancer.containerPort();
            if (loadBalancer.loadBalancerName() != null) {
                details.add(Detail.of("Classic Load Balancer", loadBalancer.loadBalancerName() + " → " + container));
                for (InstanceState instance : elb.describeClassicInstanceHealth(loadBalancer.loadBalancerName(),
                        List.of())) {
                    targets.add(new ServiceTarget(taskOnInstance(tasks, instanceIds, instance.instanceId()),
                            loadBalancer.loadBalancerName(), instance.instanceId(), null, instance.state(),
                            instance.reasonCode(), instance.description()));
                }
                continue;
            }
            TargetGroup group = elb.describeTargetGroups(null, List.of(loadBalancer.targetGroupArn()), null).get(0);
            groups.add(group);
            details.addAll(describe(elb, group, container));
            Function<TargetHealthDescription, String> taskOf = target -> tasks.stream()
                    .filter(t -> isTarget(t, target, instanceIds, loadBalancer)).map(Task::taskId).findFirst()
                    .orElse(null);
            for (TargetHealthDescription target : elb.describeTargetHealth(group.targetGroupArn(), List.of())) {
                targets.add(new ServiceTarget(taskOf.apply(target), group.targetGroupName(), target.target().id(),
                        target.target().port(), target.targetHealth().state(), target.targetHealth().reason(),
                        target.targetHealth().description()));
            }
        }
        return new ServiceLoadBalancing(details, targets, groups);
    }

    private static List<Detail> describe(ElbGateway elb, TargetGroup group, String container) {
        List<Detail> details = new ArrayList<>();
        for (ElbLoadBalancer balancer : elb.describeLoadBalancers(group.loadBalancerArns(), List.of())) {
            details.add(Detail.of("Load balancer", balancer.loadBalancerName() + " (" + balancer.type() + ", "
                    + balancer.scheme() + ", " + balancer.state().code() + ")"));
            details.add(Detail.of("DNS name", balancer.dnsName()));
            String listeners = elb.describeListeners(balancer.loadBalancerArn(), null).stream()
                    .filter(l -> l.defaultActions().stream()
                            .anyMatch(a -> group.targetGroupArn().equals(a.targetGroupArn())))
                    .map(ServiceLoadBalancing::listenerText).collect(Collectors.joining(", "));
            details.add(Detail.of("Listeners", listeners));
        }
        String delay = elb.describeTargetGroupAttributes(group.targetGroupArn()).stream()
                .filter(a -> ElbGateway.DEREGISTRATION_DELAY.equals(a.key())).map(TargetGroupAttribute::value)
                .findFirst().orElse("300");
        details.add(Detail.of("Target group", group.targetGroupName() + " (" + group.protocol() + ":"
                + group.port() + ", target type " + group.targetType() + ") → " + container));
        details.add(Detail.of("Health check", group.healthCheckProtocol()
                + (group.healthCheckPath() == null ? "" : " " + group.healthCheckPath()) + " every "
                + group.healthCheckIntervalSeconds() + " s, timeout " + group.healthCheckTimeoutSeconds()
                + " s, healthy after " + group.healthyThresholdCount() + ", unhealthy after "
                + group.unhealthyThresholdCount()));
        details.add(Detail.of("Deregistration delay", delay + " s"));
        return details;
    }

    private static String listenerText(Listener listener) {
        return listener.protocol() + ":" + listener.port();
    }

    private static boolean isTarget(Task task, TargetHealthDescription target, Map<String, String> instanceIds,
                                    LoadBalancer loadBalancer) {
        String id = target.target().id();
        if (id.equals(task.privateIpv4Address())) {
            return true;
        }
        String instance = task.containerInstanceArn() == null ? null : instanceIds.get(task.containerInstanceArn());
        return id.equals(instance) && task.containers().stream()
                .filter(c -> c.name().equals(loadBalancer.containerName()))
                .flatMap(c -> c.networkBindings().stream())
                .map(NetworkBinding::hostPort).anyMatch(p -> p.equals(target.target().port()));
    }

    private static String taskOnInstance(List<Task> tasks, Map<String, String> instanceIds, String instanceId) {
        return Optional.of(tasks.stream().filter(t -> instanceId.equals(instanceIds.get(t.containerInstanceArn())))
                .map(Task::taskId).collect(Collectors.joining(", "))).filter(s -> !s.isEmpty()).orElse(null);
    }
}
