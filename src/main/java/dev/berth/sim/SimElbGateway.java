package dev.berth.sim;

import dev.berth.core.gateway.ElbGateway;
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
import dev.berth.sim.elb.ElbCommands;

import java.util.List;

/** The simulator behind {@link ElbGateway}: changes become journaled commands, reads look at the world directly. */
final class SimElbGateway implements ElbGateway {
    private final Simulator simulator;

    SimElbGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public ElbLoadBalancer createLoadBalancer(CreateLoadBalancerRequest request) {
        return simulator.execute(new ElbCommands.CreateLoadBalancer(request));
    }

    @Override
    public List<ElbLoadBalancer> describeLoadBalancers(List<String> loadBalancerArns, List<String> names) {
        return simulator.readElb(elb -> elb.describeLoadBalancers(loadBalancerArns, names));
    }

    @Override
    public void deleteLoadBalancer(String loadBalancerArn) {
        simulator.execute(new ElbCommands.DeleteLoadBalancer(loadBalancerArn));
    }

    @Override
    public TargetGroup createTargetGroup(CreateTargetGroupRequest request) {
        return simulator.execute(new ElbCommands.CreateTargetGroup(request));
    }

    @Override
    public List<TargetGroup> describeTargetGroups(String loadBalancerArn, List<String> targetGroupArns,
                                                  List<String> names) {
        return simulator.readElb(elb -> elb.describeTargetGroups(loadBalancerArn, targetGroupArns, names));
    }

    @Override
    public void deleteTargetGroup(String targetGroupArn) {
        simulator.execute(new ElbCommands.DeleteTargetGroup(targetGroupArn));
    }

    @Override
    public List<TargetGroupAttribute> describeTargetGroupAttributes(String targetGroupArn) {
        return simulator.readElb(elb -> elb.describeTargetGroupAttributes(targetGroupArn));
    }

    @Override
    public List<TargetGroupAttribute> modifyTargetGroupAttributes(String targetGroupArn,
                                                                  List<TargetGroupAttribute> attributes) {
        return simulator.execute(new ElbCommands.ModifyTargetGroupAttributes(targetGroupArn, attributes));
    }

    @Override
    public Listener createListener(CreateListenerRequest request) {
        return simulator.execute(new ElbCommands.CreateListener(request));
    }

    @Override
    public List<Listener> describeListeners(String loadBalancerArn, List<String> listenerArns) {
        return simulator.readElb(elb -> elb.describeListeners(loadBalancerArn, listenerArns));
    }

    @Override
    public void deleteListener(String listenerArn) {
        simulator.execute(new ElbCommands.DeleteListener(listenerArn));
    }

    @Override
    public void registerTargets(String targetGroupArn, List<TargetDescription> targets) {
        simulator.execute(new ElbCommands.RegisterTargets(targetGroupArn, targets));
    }

    @Override
    public void deregisterTargets(String targetGroupArn, List<TargetDescription> targets) {
        simulator.execute(new ElbCommands.DeregisterTargets(targetGroupArn, targets));
    }

    @Override
    public List<TargetHealthDescription> describeTargetHealth(String targetGroupArn,
                                                              List<TargetDescription> targets) {
        return simulator.readElb(elb -> elb.describeTargetHealth(targetGroupArn, targets));
    }

    @Override
    public String createClassicLoadBalancer(CreateClassicLoadBalancerRequest request) {
        return simulator.execute(new ElbCommands.CreateClassicLoadBalancer(request));
    }

    @Override
    public List<ClassicLoadBalancer> describeClassicLoadBalancers(List<String> names) {
        return simulator.readElb(elb -> elb.describeClassicLoadBalancers(names));
    }

    @Override
    public void deleteClassicLoadBalancer(String loadBalancerName) {
        simulator.execute(new ElbCommands.DeleteClassicLoadBalancer(loadBalancerName));
    }

    @Override
    public List<InstanceState> describeClassicInstanceHealth(String loadBalancerName, List<String> instances) {
        return simulator.readElb(elb -> elb.describeClassicInstanceHealth(loadBalancerName, instances));
    }

    @Override
    public TargetGroup modifyTargetGroup(ModifyTargetGroupRequest request) {
        return simulator.execute(new ElbCommands.ModifyTargetGroup(request));
    }
}
