package dev.berth.aws;

import dev.berth.core.model.ClassicHealthCheck;
import dev.berth.core.model.ClassicListener;
import dev.berth.core.model.ClassicLoadBalancer;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ElbAvailabilityZone;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.InstanceState;
import dev.berth.core.model.Listener;
import dev.berth.core.model.LoadBalancerState;
import dev.berth.core.model.Matcher;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.model.TargetHealth;
import dev.berth.core.model.TargetHealthDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerDescription;

import java.util.List;

import static dev.berth.aws.EcsShapes.map;

/**
 * Elastic Load Balancing shapes between the SDK's classes (v2 for Application and Network Load Balancers, the
 * 2012-06-01 API for Classic ones) and Berth's records, member by member. Lists Berth leaves empty are left out of
 * requests, as AWS reads an absent list; numbers AWS leaves out become 0 where the record holds primitives.
 */
final class ElbShapes {
    private ElbShapes() {
    }

    // ---- requests (ELB v2)

    static software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest createLoadBalancer(
            CreateLoadBalancerRequest r) {
        return software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest.builder()
                .name(r.name())
                .subnets(noneIfEmpty(r.subnets()))
                .securityGroups(noneIfEmpty(r.securityGroups()))
                .scheme(r.scheme())
                .type(r.type())
                .ipAddressType(r.ipAddressType())
                .tags(noneIfEmpty(map(r.tags(), tag -> software.amazon.awssdk.services.elasticloadbalancingv2.model
                        .Tag.builder().key(tag.key()).value(tag.value()).build())))
                .build();
    }

    static software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest createTargetGroup(
            CreateTargetGroupRequest r) {
        return software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest.builder()
                .name(r.name())
                .protocol(r.protocol())
                .port(r.port())
                .vpcId(r.vpcId())
                .targetType(r.targetType())
                .healthCheckProtocol(r.healthCheckProtocol())
                .healthCheckPort(r.healthCheckPort())
                .healthCheckEnabled(r.healthCheckEnabled())
                .healthCheckPath(r.healthCheckPath())
                .healthCheckIntervalSeconds(r.healthCheckIntervalSeconds())
                .healthCheckTimeoutSeconds(r.healthCheckTimeoutSeconds())
                .healthyThresholdCount(r.healthyThresholdCount())
                .unhealthyThresholdCount(r.unhealthyThresholdCount())
                .matcher(r.matcher() == null ? null : software.amazon.awssdk.services.elasticloadbalancingv2.model
                        .Matcher.builder().httpCode(r.matcher().httpCode()).build())
                .build();
    }

    static software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest modifyTargetGroup(
            ModifyTargetGroupRequest r) {
        return software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest.builder()
                .targetGroupArn(r.targetGroupArn())
                .healthCheckProtocol(r.healthCheckProtocol())
                .healthCheckPort(r.healthCheckPort())
                .healthCheckEnabled(r.healthCheckEnabled())
                .healthCheckPath(r.healthCheckPath())
                .healthCheckIntervalSeconds(r.healthCheckIntervalSeconds())
                .healthCheckTimeoutSeconds(r.healthCheckTimeoutSeconds())
                .healthyThresholdCount(r.healthyThresholdCount())
                .unhealthyThresholdCount(r.unhealthyThresholdCount())
                .matcher(r.matcher() == null ? null : software.amazon.awssdk.services.elasticloadbalancingv2.model
                        .Matcher.builder().httpCode(r.matcher().httpCode()).build())
                .build();
    }

    static software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest createListener(
            CreateListenerRequest r) {
        return software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest.builder()
                .loadBalancerArn(r.loadBalancerArn())
                .protocol(r.protocol())
                .port(r.port())
                .defaultActions(map(r.defaultActions(), action -> software.amazon.awssdk.services
                        .elasticloadbalancingv2.model.Action.builder().type(action.type())
                        .targetGroupArn(action.targetGroupArn()).build()))
                .build();
    }

    /** Null or empty: no targets, left out of the request. */
    static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription> targets(
            List<TargetDescription> targets) {
        return targets == null || targets.isEmpty() ? null : map(targets, t -> software.amazon.awssdk.services
                .elasticloadbalancingv2.model.TargetDescription.builder().id(t.id()).port(t.port())
                .availabilityZone(t.availabilityZone()).build());
    }

    static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute> attributes(
            List<TargetGroupAttribute> attributes) {
        return map(attributes, a -> software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute
                .builder().key(a.key()).value(a.value()).build());
    }

    // ---- requests (Classic)

    static software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerRequest
            createClassicLoadBalancer(CreateClassicLoadBalancerRequest r) {
        return software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerRequest.builder()
                .loadBalancerName(r.loadBalancerName())
                .listeners(map(r.listeners(), l -> software.amazon.awssdk.services.elasticloadbalancing.model
                        .Listener.builder().protocol(l.protocol()).loadBalancerPort(l.loadBalancerPort())
                        .instanceProtocol(l.instanceProtocol()).instancePort(l.instancePort()).build()))
                .subnets(noneIfEmpty(r.subnets()))
                .securityGroups(noneIfEmpty(r.securityGroups()))
                .scheme(r.scheme())
                .build();
    }

    // ---- answers (ELB v2)

    static ElbLoadBalancer loadBalancer(software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer b) {
        return new ElbLoadBalancer(b.loadBalancerArn(), b.dnsName(), b.canonicalHostedZoneId(), b.createdTime(),
                b.loadBalancerName(), b.schemeAsString(), b.vpcId(),
                b.state() == null ? null : new LoadBalancerState(b.state().codeAsString(), b.state().reason()),
                b.typeAsString(), map(b.availabilityZones(), z -> new ElbAvailabilityZone(z.zoneName(),
                        z.subnetId())), b.securityGroups(), b.ipAddressTypeAsString());
    }

    static TargetGroup targetGroup(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup g) {
        return new TargetGroup(g.targetGroupArn(), g.targetGroupName(), g.protocolAsString(), g.port(), g.vpcId(),
                g.healthCheckProtocolAsString(), g.healthCheckPort(), Boolean.TRUE.equals(g.healthCheckEnabled()),
                zeroIfNull(g.healthCheckIntervalSeconds()), zeroIfNull(g.healthCheckTimeoutSeconds()),
                zeroIfNull(g.healthyThresholdCount()), zeroIfNull(g.unhealthyThresholdCount()),
                g.healthCheckPath(), g.matcher() == null ? null : new Matcher(g.matcher().httpCode()),
                g.loadBalancerArns(), g.targetTypeAsString(), g.protocolVersion(), g.ipAddressTypeAsString());
    }

    static Listener listener(software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener l) {
        return new Listener(l.listenerArn(), l.loadBalancerArn(), zeroIfNull(l.port()), l.protocolAsString(),
                map(l.defaultActions(), a -> new ElbAction(a.typeAsString(), a.targetGroupArn())));
    }

    static TargetHealthDescription targetHealth(
            software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription d) {
        var target = d.target();
        var health = d.targetHealth();
        return new TargetHealthDescription(
                target == null ? null : new TargetDescription(target.id(), target.port(), target.availabilityZone()),
                d.healthCheckPort(), health == null ? null : new TargetHealth(health.stateAsString(),
                health.reasonAsString(), health.description()));
    }

    static TargetGroupAttribute attribute(
            software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute a) {
        return new TargetGroupAttribute(a.key(), a.value());
    }

    // ---- answers (Classic)

    static ClassicLoadBalancer classicLoadBalancer(LoadBalancerDescription b) {
        var check = b.healthCheck();
        return new ClassicLoadBalancer(b.loadBalancerName(), b.dnsName(), b.canonicalHostedZoneNameID(),
                map(b.listenerDescriptions(), d -> new ClassicListener(d.listener().protocol(),
                        zeroIfNull(d.listener().loadBalancerPort()), d.listener().instanceProtocol(),
                        zeroIfNull(d.listener().instancePort()))),
                check == null ? null : new ClassicHealthCheck(check.target(), zeroIfNull(check.interval()),
                        zeroIfNull(check.timeout()), zeroIfNull(check.unhealthyThreshold()),
                        zeroIfNull(check.healthyThreshold())),
                map(b.instances(), software.amazon.awssdk.services.elasticloadbalancing.model.Instance::instanceId), b.availabilityZones(), b.subnets(), b.securityGroups(),
                b.vpcId(), b.scheme(), b.createdTime());
    }

    static InstanceState instanceState(software.amazon.awssdk.services.elasticloadbalancing.model.InstanceState s) {
        return new InstanceState(s.instanceId(), s.state(), s.reasonCode(), s.description());
    }

    /** Null or empty: left out of the request. */
    static <T> List<T> noneIfEmpty(List<T> items) {
        return items == null || items.isEmpty() ? null : items;
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
