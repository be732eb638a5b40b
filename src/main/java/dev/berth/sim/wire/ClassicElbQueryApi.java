package dev.berth.sim.wire;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.ClassicListener;
import dev.berth.core.model.ClassicLoadBalancer;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.InstanceState;

/**
 * Classic Load Balancers (Elastic Load Balancing API 2012-06-01) over awsQuery, onto the {@code classic} methods of
 * {@link ElbGateway}. It signs as {@code elasticloadbalancing} like ELB v2; the request's {@code Version} tells them
 * apart. Load balancers are named, not ARNs; DescribeLoadBalancers pages by {@code Marker} and {@code PageSize}
 * and leaves out the policies, which the simulator does not keep.
 */
final class ClassicElbQueryApi extends QueryApi {
    private static final String VERSION = "2012-06-01";

    ClassicElbQueryApi(ElbGateway elb) {
        super(ElbQueryApi.SIGNING_NAME, VERSION, "http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/");
        operations.put("CreateLoadBalancer", (in, out) -> out.value("DNSName", elb.createClassicLoadBalancer(
                new CreateClassicLoadBalancerRequest(in.required("LoadBalancerName"),
                        in.structures("Listeners").stream().map(l -> new ClassicListener(l.required("Protocol"),
                                port(l, "LoadBalancerPort"), l.text("InstanceProtocol"), port(l, "InstancePort")))
                                .toList(),
                        in.strings("Subnets"), in.strings("SecurityGroups"), in.text("Scheme")))));
        operations.put("DescribeLoadBalancers", (in, out) -> {
            var page = QueryPage.of(elb.describeClassicLoadBalancers(in.strings("LoadBalancerNames")), in, "Marker",
                    "PageSize", ElbQueryApi.MAX_PAGE_SIZE);
            out.list("LoadBalancerDescriptions", page.items(), ClassicElbQueryApi::description)
                    .value("NextMarker", page.nextMarker());
        });
        operations.put("DeleteLoadBalancer", (in, out) -> elb.deleteClassicLoadBalancer(
                in.required("LoadBalancerName")));
        operations.put("DescribeInstanceHealth", (in, out) -> out.list("InstanceStates",
                elb.describeClassicInstanceHealth(in.required("LoadBalancerName"), in.structures("Instances")
                        .stream().map(i -> i.required("InstanceId")).toList()), ClassicElbQueryApi::instanceState));
    }

    /** The Classic model gives InvalidConfigurationRequest 409 Conflict; its other errors are 400. */
    @Override
    int status(String errorCode) {
        return "InvalidConfigurationRequest".equals(errorCode) ? 409 : 400;
    }

    private static int port(QueryInput listener, String member) {
        listener.required(member);
        return listener.integer(member);
    }

    private static void description(QueryXml out, ClassicLoadBalancer b) {
        boolean internetFacing = !"internal".equals(b.scheme());
        out.value("LoadBalancerName", b.loadBalancerName())
                .value("DNSName", b.dnsName())
                .value("CanonicalHostedZoneName", internetFacing ? b.dnsName() : null)
                .value("CanonicalHostedZoneNameID", b.canonicalHostedZoneNameId())
                .list("ListenerDescriptions", b.listenerDescriptions(), (d, l) -> d
                        .structure("Listener", listener -> listener.value("Protocol", l.protocol())
                                .value("LoadBalancerPort", l.loadBalancerPort())
                                .value("InstanceProtocol", l.instanceProtocol())
                                .value("InstancePort", l.instancePort())))
                .strings("AvailabilityZones", b.availabilityZones())
                .strings("Subnets", b.subnets())
                .value("VPCId", b.vpcId())
                .list("Instances", b.instances(), (i, id) -> i.value("InstanceId", id))
                .structure("HealthCheck", h -> h.value("Target", b.healthCheck().target())
                        .value("Interval", b.healthCheck().interval())
                        .value("Timeout", b.healthCheck().timeout())
                        .value("UnhealthyThreshold", b.healthCheck().unhealthyThreshold())
                        .value("HealthyThreshold", b.healthCheck().healthyThreshold()))
                .strings("SecurityGroups", b.securityGroups())
                .value("CreatedTime", b.createdTime())
                .value("Scheme", b.scheme());
    }

    private static void instanceState(QueryXml out, InstanceState s) {
        out.value("InstanceId", s.instanceId()).value("State", s.state()).value("ReasonCode", s.reasonCode())
                .value("Description", s.description());
    }
}
