package dev.berth.sim.elb;

import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.Listener;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;

import java.util.List;

/** The journaled ELB operations, one record each, applied to an {@link ElbWorld}. */
public final class ElbCommands {

    private ElbCommands() {
    }

    public record CreateLoadBalancer(CreateLoadBalancerRequest request) implements ElbCommand<ElbLoadBalancer> {
        @Override
        public ElbLoadBalancer applyTo(ElbWorld elb) {
            return elb.createLoadBalancer(request);
        }
    }

    public record DeleteLoadBalancer(String loadBalancerArn) implements ElbCommand<Void> {
        @Override
        public Void applyTo(ElbWorld elb) {
            elb.deleteLoadBalancer(loadBalancerArn);
            return null;
        }
    }

    public record CreateTargetGroup(CreateTargetGroupRequest request) implements ElbCommand<TargetGroup> {
        @Override
        public TargetGroup applyTo(ElbWorld elb) {
            return elb.createTargetGroup(request);
        }
    }

    public record DeleteTargetGroup(String targetGroupArn) implements ElbCommand<Void> {
        @Override
        public Void applyTo(ElbWorld elb) {
            elb.deleteTargetGroup(targetGroupArn);
            return null;
        }
    }

    public record ModifyTargetGroupAttributes(String targetGroupArn, List<TargetGroupAttribute> attributes)
            implements ElbCommand<List<TargetGroupAttribute>> {
        @Override
        public List<TargetGroupAttribute> applyTo(ElbWorld elb) {
            return elb.modifyTargetGroupAttributes(targetGroupArn, attributes);
        }
    }

    public record CreateListener(CreateListenerRequest request) implements ElbCommand<Listener> {
        @Override
        public Listener applyTo(ElbWorld elb) {
            return elb.createListener(request);
        }
    }

    public record DeleteListener(String listenerArn) implements ElbCommand<Void> {
        @Override
        public Void applyTo(ElbWorld elb) {
            elb.deleteListener(listenerArn);
            return null;
        }
    }

    public record RegisterTargets(String targetGroupArn, List<TargetDescription> targets)
            implements ElbCommand<Void> {
        @Override
        public Void applyTo(ElbWorld elb) {
            elb.registerTargets(targetGroupArn, targets);
            return null;
        }
    }

    public record DeregisterTargets(String targetGroupArn, List<TargetDescription> targets)
            implements ElbCommand<Void> {
        @Override
        public Void applyTo(ElbWorld elb) {
            elb.deregisterTargets(targetGroupArn, targets);
            return null;
        }
    }

    public record CreateClassicLoadBalancer(CreateClassicLoadBalancerRequest request) implements ElbCommand<String> {
        @Override
        public String applyTo(ElbWorld elb) {
            return elb.createClassicLoadBalancer(request);
        }
    }

    public record DeleteClassicLoadBalancer(String loadBalancerName) implements ElbCommand<Void> {
        @Override
        public Void applyTo(ElbWorld elb) {
            elb.deleteClassicLoadBalancer(loadBalancerName);
            return null;
        }
    }

    public record ModifyTargetGroup(ModifyTargetGroupRequest request) implements ElbCommand<TargetGroup> {
        @Override
        public TargetGroup applyTo(ElbWorld elb) {
            return elb.modifyTargetGroup(request);
        }
    }
}
