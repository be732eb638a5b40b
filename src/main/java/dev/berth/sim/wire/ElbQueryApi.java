package dev.berth.sim.wire;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.Listener;
import dev.berth.core.model.Matcher;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.Tag;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.model.TargetHealthDescription;

import java.util.ArrayList;
import java.util.List;

/**
 * Elastic Load Balancing v2 (Application and Network Load Balancers, API 2015-12-01) over awsQuery: AWS's actions,
 * member names and errors onto {@link ElbGateway}; describe lists paged by {@code Marker} and {@code PageSize}.
 */
final class ElbQueryApi extends QueryApi {
    static final String SIGNING_NAME = "elasticloadbalancing";
    /** The most a describe answers at once ({@code PageSize}'s maximum in the model), and what it answers unasked. */
    static final int MAX_PAGE_SIZE = 400;
    private static final String VERSION = "2015-12-01";

    ElbQueryApi(ElbGateway elb) {
        super(SIGNING_NAME, VERSION, "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/");
        operations.put("CreateLoadBalancer", (in, out) -> out.list("LoadBalancers", List.of(elb.createLoadBalancer(
                new CreateLoadBalancerRequest(in.required("Name"), subnets(in), in.strings("SecurityGroups"),
                        in.text("Scheme"), in.text("Type"), in.text("IpAddressType"), tags(in)))),
                ElbQueryApi::loadBalancer));
        operations.put("DescribeLoadBalancers", (in, out) -> {
            var page = QueryPage.of(elb.describeLoadBalancers(in.strings("LoadBalancerArns"), in.strings("Names")),
                    in, "Marker", "PageSize", MAX_PAGE_SIZE);
            out.list("LoadBalancers", page.items(), ElbQueryApi::loadBalancer).value("NextMarker", page.nextMarker());
        });
        operations.put("DeleteLoadBalancer", (in, out) -> elb.deleteLoadBalancer(in.required("LoadBalancerArn")));
        operations.put("CreateTargetGroup", (in, out) -> out.list("TargetGroups", List.of(elb.createTargetGroup(
                targetGroupRequest(in))), ElbQueryApi::targetGroup));
        operations.put("DescribeTargetGroups", (in, out) -> {
            var page = QueryPage.of(elb.describeTargetGroups(in.text("LoadBalancerArn"),
                    in.strings("TargetGroupArns"), in.strings("Names")), in, "Marker", "PageSize", MAX_PAGE_SIZE);
            out.list("TargetGroups", page.items(), ElbQueryApi::targetGroup).value("NextMarker", page.nextMarker());
        });
        operations.put("DeleteTargetGroup", (in, out) -> elb.deleteTargetGroup(in.required("TargetGroupArn")));
        operations.put("ModifyTargetGroup", (in, out) -> out.list("TargetGroups", List.of(elb.modifyTargetGroup(
                modifyTargetGroupRequest(in))), ElbQueryApi::targetGroup));
        operations.put("DescribeTargetGroupAttributes", (in, out) -> out.list("Attributes",
                elb.describeTargetGroupAttributes(in.required("TargetGroupArn")), ElbQueryApi::attribute));
        operations.put("ModifyTargetGroupAttributes", (in, out) -> out.list("Attributes",
                elb.modifyTargetGroupAttributes(in.required("TargetGroupArn"), in.structures("Attributes").stream()
                        .map(a -> new TargetGroupAttribute(a.required("Key"), a.text("Value"))).toList()),
                ElbQueryApi::attribute));
        operations.put("CreateListener", (in, out) -> out.list("Listeners", List.of(elb.createListener(
                new CreateListenerRequest(in.required("LoadBalancerArn"), in.text("Protocol"), in.integer("Port"),
                        in.structures("DefaultActions").stream().map(ElbQueryApi::action).toList()))),
                ElbQueryApi::listener));
        operations.put("DescribeListeners", (in, out) -> {
            String loadBalancerArn = in.text("LoadBalancerArn");
            List<String> listenerArns = in.strings("ListenerArns");
            if (loadBalancerArn == null && listenerArns.isEmpty()) {
                throw QueryInput.validation("You must specify either listener ARNs or a load balancer ARN");
            }
            var page = QueryPage.of(elb.describeListeners(loadBalancerArn, listenerArns), in, "Marker", "PageSize",
                    MAX_PAGE_SIZE);
            out.list("Listeners", page.items(), ElbQueryApi::listener).value("NextMarker", page.nextMarker());
        });
        operations.put("DeleteListener", (in, out) -> elb.deleteListener(in.required("ListenerArn")));
        operations.put("RegisterTargets", (in, out) -> elb.registerTargets(in.required("TargetGroupArn"),
                targets(in, true)));
        operations.put("DeregisterTargets", (in, out) -> elb.deregisterTargets(in.required("TargetGroupArn"),
                targets(in, true)));
        operations.put("DescribeTargetHealth", (in, out) -> out.list("TargetHealthDescriptions",
                elb.describeTargetHealth(in.required("TargetGroupArn"), targets(in, false)),
                ElbQueryApi::targetHealth));
    }

    @Override
    int status(String errorCode) {
        return "HealthUnavailable".equals(errorCode) ? 500 : 400;
    }

    /** {@code Subnets}, or the subnets of {@code SubnetMappings} (the CLI's {@code --subnet-mappings}). */
    private static List<String> subnets(QueryInput in) {
        List<String> subnets = new ArrayList<>(in.strings("Subnets"));
        in.structures("SubnetMappings").forEach(mapping -> subnets.add(mapping.required("SubnetId")));
        return subnets;
    }

    private static List<Tag> tags(QueryInput in) {
        return in.structures("Tags").stream().map(t -> new Tag(t.required("Key"), t.text("Value"))).toList();
    }

    private static CreateTargetGroupRequest targetGroupRequest(QueryInput in) {
        QueryInput matcher = in.structure("Matcher");
        return new CreateTargetGroupRequest(in.required("Name"), in.text("Protocol"), in.integer("Port"),
                in.text("VpcId"), in.text("TargetType"), in.text("HealthCheckProtocol"), in.text("HealthCheckPort"),
                in.bool("HealthCheckEnabled"), in.text("HealthCheckPath"), in.integer("HealthCheckIntervalSeconds"),
                in.integer("HealthCheckTimeoutSeconds"), in.integer("HealthyThresholdCount"),
                in.integer("UnhealthyThresholdCount"),
                matcher == null ? null : new Matcher(matcher.text("HttpCode")));
    }

    private static ModifyTargetGroupRequest modifyTargetGroupRequest(QueryInput in) {
        QueryInput matcher = in.structure("Matcher");
        return new ModifyTargetGroupRequest(in.required("TargetGroupArn"), in.text("HealthCheckProtocol"),
                in.text("HealthCheckPort"), in.text("HealthCheckPath"), in.bool("HealthCheckEnabled"),
                in.integer("HealthCheckIntervalSeconds"), in.integer("HealthCheckTimeoutSeconds"),
                in.integer("HealthyThresholdCount"), in.integer("UnhealthyThresholdCount"),
                matcher == null ? null : new Matcher(matcher.text("HttpCode")));
    }

    /** An action; a forward written as {@code ForwardConfig} to one target group is read as the simple form. */
    private static ElbAction action(QueryInput in) {
        String targetGroupArn = in.text("TargetGroupArn");
        QueryInput forward = in.structure("ForwardConfig");
        if (targetGroupArn == null && forward != null) {
            targetGroupArn = forward.structures("TargetGroups").stream().map(g -> g.text("TargetGroupArn"))
                    .findFirst().orElse(null);
        }
        return new ElbAction(in.required("Type"), targetGroupArn);
    }

    private static List<TargetDescription> targets(QueryInput in, boolean required) {
        List<QueryInput> targets = in.structures("Targets");
        if (required && targets.isEmpty()) {
            throw QueryInput.validation("Value null at 'targets' failed to satisfy constraint: Member must not be "
                    + "null");
        }
        return targets.stream().map(t -> new TargetDescription(t.required("Id"), t.integer("Port"),
                t.text("AvailabilityZone"))).toList();
    }

    private static void loadBalancer(QueryXml out, ElbLoadBalancer b) {
        out.value("LoadBalancerArn", b.loadBalancerArn())
                .value("DNSName", b.dnsName())
                .value("CanonicalHostedZoneId", b.canonicalHostedZoneId())
                .value("CreatedTime", b.createdTime())
                .value("LoadBalancerName", b.loadBalancerName())
                .value("Scheme", b.scheme())
                .value("VpcId", b.vpcId())
                .structure("State", s -> s.value("Code", b.state().code()).value("Reason", b.state().reason()))
                .value("Type", b.type())
                .list("AvailabilityZones", b.availabilityZones(), (z, zone) -> z
                        .value("ZoneName", zone.zoneName()).value("SubnetId", zone.subnetId()))
                .strings("SecurityGroups", b.securityGroups())
                .value("IpAddressType", b.ipAddressType());
    }

    private static void targetGroup(QueryXml out, TargetGroup g) {
        out.value("TargetGroupArn", g.targetGroupArn())
                .value("TargetGroupName", g.targetGroupName())
                .value("Protocol", g.protocol())
                .value("Port", g.port())
                .value("VpcId", g.vpcId())
                .value("HealthCheckProtocol", g.healthCheckProtocol())
                .value("HealthCheckPort", g.healthCheckPort())
                .value("HealthCheckEnabled", g.healthCheckEnabled())
                .value("HealthCheckIntervalSeconds", g.healthCheckIntervalSeconds())
                .value("HealthCheckTimeoutSeconds", g.healthCheckTimeoutSeconds())
                .value("HealthyThresholdCount", g.healthyThresholdCount())
                .value("UnhealthyThresholdCount", g.unhealthyThresholdCount())
                .value("HealthCheckPath", g.healthCheckPath());
        if (g.matcher() != null) {
            out.structure("Matcher", m -> m.value("HttpCode", g.matcher().httpCode()));
        }
        out.strings("LoadBalancerArns", g.loadBalancerArns())
                .value("TargetType", g.targetType())
                .value("ProtocolVersion", g.protocolVersion())
                .value("IpAddressType", g.ipAddressType());
    }

    private static void attribute(QueryXml out, TargetGroupAttribute a) {
        out.value("Key", a.key()).value("Value", a.value());
    }

    private static void listener(QueryXml out, Listener l) {
        out.value("ListenerArn", l.listenerArn())
                .value("LoadBalancerArn", l.loadBalancerArn())
                .value("Port", l.port())
                .value("Protocol", l.protocol())
                .list("DefaultActions", l.defaultActions(), (a, action) -> a
                        .value("Type", action.type()).value("TargetGroupArn", action.targetGroupArn()));
    }

    private static void targetHealth(QueryXml out, TargetHealthDescription d) {
        out.structure("Target", t -> t.value("Id", d.target().id()).value("Port", d.target().port())
                        .value("AvailabilityZone", d.target().availabilityZone()))
                .value("HealthCheckPort", d.healthCheckPort())
                .structure("TargetHealth", h -> h.value("State", d.targetHealth().state())
                        .value("Reason", d.targetHealth().reason())
                        .value("Description", d.targetHealth().description()));
    }
}
