package dev.berth.sim.wire;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.ElbLoadBalancer;

/**
 * Elastic Load Balancing v2 (Application and Network Load Balancers, API 2015-12-01) over awsQuery: AWS's actions,
 * member names and errors onto {@link ElbGateway}; describe lists paged by {@code Marker} and {@code PageSize}.
 */
final class ElbQueryApi implements QueryApi {
    static final String SIGNING_NAME = "elasticloadbalancing";
    /** The most a describe answers at once ({@code PageSize}'s maximum in the model), and what it answers unasked. */
    static final int MAX_PAGE_SIZE = 400;
    private static final String VERSION = "2015-12-01";
    private final QueryOperations operations = new QueryOperations(VERSION);

    ElbQueryApi(ElbGateway elb) {
        operations.put("DescribeLoadBalancers", (in, out) -> {
            var page = QueryPage.of(elb.describeLoadBalancers(in.strings("LoadBalancerArns"), in.strings("Names")),
                    in, "Marker", "PageSize", MAX_PAGE_SIZE);
            out.list("LoadBalancers", page.items(), ElbQueryApi::loadBalancer).value("NextMarker", page.nextMarker());
        });
    }

    @Override
    public String signingName() {
        return SIGNING_NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String namespace() {
        return "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
    }

    @Override
    public void call(String action, QueryInput input, QueryXml result) {
        operations.call(action, input, result);
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
}
