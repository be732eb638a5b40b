package dev.berth.ui.testing;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.ClassicLoadBalancer;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.InstanceState;
import dev.berth.core.model.Listener;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.model.TargetHealthDescription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An in-memory Elastic Load Balancing for view tests: target groups and their targets' health are set by the test;
 * reads answer from them; the changes the views do not make are refused.
 */
public final class FakeElb implements ElbGateway {
    private final Map<String, TargetGroup> targetGroups = new LinkedHashMap<>();
    private final Map<String, List<TargetHealthDescription>> health = new LinkedHashMap<>();
    private final List<ElbLoadBalancer> loadBalancers = new ArrayList<>();

    public void addTargetGroup(TargetGroup group, List<TargetHealthDescription> targets) {
        targetGroups.put(group.targetGroupArn(), group);
        health.put(group.targetGroupArn(), List.copyOf(targets));
    }

    public void addLoadBalancer(ElbLoadBalancer loadBalancer) {
        loadBalancers.add(loadBalancer);
    }

    @Override
    public List<ElbLoadBalancer> describeLoadBalancers(List<String> loadBalancerArns, List<String> names) {
        return loadBalancers.stream().filter(lb -> loadBalancerArns == null || loadBalancerArns.isEmpty()
                || loadBalancerArns.contains(lb.loadBalancerArn())).toList();
    }

    @Override
    public List<TargetGroup> describeTargetGroups(String loadBalancerArn, List<String> targetGroupArns,
                                                  List<String> names) {
        return targetGroups.values().stream()
                .filter(g -> targetGroupArns == null || targetGroupArns.isEmpty()
                        || targetGroupArns.contains(g.targetGroupArn()))
                .toList();
    }

    @Override
    public List<TargetHealthDescription> describeTargetHealth(String targetGroupArn,
                                                              List<TargetDescription> targets) {
        List<TargetHealthDescription> found = health.get(targetGroupArn);
        if (found == null) {
            throw new GatewayException("TargetGroupNotFound", "One or more target groups not found", false);
        }
        return found;
    }

    @Override
    public List<Listener> describeListeners(String loadBalancerArn, List<String> listenerArns) {
        return List.of();
    }

    @Override
    public List<TargetGroupAttribute> describeTargetGroupAttributes(String targetGroupArn) {
        return List.of(new TargetGroupAttribute(DEREGISTRATION_DELAY, "300"));
    }

    @Override
    public List<ClassicLoadBalancer> describeClassicLoadBalancers(List<String> names) {
        return List.of();
    }

    @Override
    public List<InstanceState> describeClassicInstanceHealth(String loadBalancerName, List<String> instances) {
        return List.of();
    }

    @Override
    public ElbLoadBalancer createLoadBalancer(CreateLoadBalancerRequest request) {
        throw notHere();
    }

    @Override
    public void deleteLoadBalancer(String loadBalancerArn) {
        throw notHere();
    }

    @Override
    public TargetGroup createTargetGroup(CreateTargetGroupRequest request) {
        throw notHere();
    }

    @Override
    public void deleteTargetGroup(String targetGroupArn) {
        throw notHere();
    }

    @Override
    public List<TargetGroupAttribute> modifyTargetGroupAttributes(String targetGroupArn,
                                                                  List<TargetGroupAttribute> attributes) {
        throw notHere();
    }

    @Override
    public Listener createListener(CreateListenerRequest request) {
        throw notHere();
    }

    @Override
    public void deleteListener(String listenerArn) {
        throw notHere();
    }

    @Override
    public void registerTargets(String targetGroupArn, List<TargetDescription> targets) {
        throw notHere();
    }

    @Override
    public void deregisterTargets(String targetGroupArn, List<TargetDescription> targets) {
        throw notHere();
    }

    @Override
    public String createClassicLoadBalancer(CreateClassicLoadBalancerRequest request) {
        throw notHere();
    }

    @Override
    public void deleteClassicLoadBalancer(String loadBalancerName) {
        throw notHere();
    }

    private static UnsupportedOperationException notHere() {
        return new UnsupportedOperationException("the views do not change load balancers");
    }

    /** Keeps the settings given, with no checks: the simulator's ELB has AWS's. */
    @Override
    public TargetGroup modifyTargetGroup(ModifyTargetGroupRequest request) {
        TargetGroup was = targetGroups.get(request.targetGroupArn());
        if (was == null) {
            throw new GatewayException("TargetGroupNotFound", "One or more target groups not found", false);
        }
        TargetGroup now = new TargetGroup(was.targetGroupArn(), was.targetGroupName(), was.protocol(), was.port(),
                was.vpcId(), Objects.requireNonNullElse(request.healthCheckProtocol(), was.healthCheckProtocol()),
                Objects.requireNonNullElse(request.healthCheckPort(), was.healthCheckPort()),
                was.healthCheckEnabled(),
                Objects.requireNonNullElse(request.healthCheckIntervalSeconds(), was.healthCheckIntervalSeconds()),
                Objects.requireNonNullElse(request.healthCheckTimeoutSeconds(), was.healthCheckTimeoutSeconds()),
                Objects.requireNonNullElse(request.healthyThresholdCount(), was.healthyThresholdCount()),
                Objects.requireNonNullElse(request.unhealthyThresholdCount(), was.unhealthyThresholdCount()),
                Objects.requireNonNullElse(request.healthCheckPath(), was.healthCheckPath()),
                Objects.requireNonNullElse(request.matcher(), was.matcher()), was.loadBalancerArns(),
                was.targetType(), was.protocolVersion(), was.ipAddressType());
        targetGroups.put(now.targetGroupArn(), now);
        return now;
    }
}
