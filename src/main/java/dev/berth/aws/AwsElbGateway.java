package dev.berth.aws;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.ClassicLoadBalancer;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.InstanceState;
import dev.berth.core.model.Listener;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.model.TargetHealthDescription;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

import java.util.List;

import static dev.berth.aws.ElbShapes.noneIfEmpty;
import static dev.berth.aws.EcsShapes.map;

/**
 * Elastic Load Balancing through the SDK: Application and Network Load Balancers with the v2 client, Classic Load
 * Balancers with the 2012-06-01 client. One SDK call per method, except that a describe follows {@code NextMarker}
 * until the list is whole, at AWS's largest page (400), since the gateway answers whole lists.
 */
public final class AwsElbGateway implements ElbGateway {
    /** {@code PageSize}'s maximum in both APIs. */
    static final int PAGE_SIZE = 400;

    private final ElasticLoadBalancingV2Client elb;
    private final ElasticLoadBalancingClient classic;
    private final SdkCalls calls;

    AwsElbGateway(ElasticLoadBalancingV2Client elb, ElasticLoadBalancingClient classic, SdkCalls calls) {
        this.elb = elb;
        this.classic = classic;
        this.calls = calls;
    }

    @Override
    public ElbLoadBalancer createLoadBalancer(CreateLoadBalancerRequest request) {
        return calls.write("CreateLoadBalancer", () -> ElbShapes.loadBalancer(
                elb.createLoadBalancer(ElbShapes.createLoadBalancer(request)).loadBalancers().get(0)));
    }

    @Override
    public List<ElbLoadBalancer> describeLoadBalancers(List<String> loadBalancerArns, List<String> names) {
        return calls.read("DescribeLoadBalancers", () -> elb.describeLoadBalancersPaginator(r -> r
                        .loadBalancerArns(noneIfEmpty(loadBalancerArns)).names(noneIfEmpty(names)).pageSize(PAGE_SIZE))
                .loadBalancers().stream().map(ElbShapes::loadBalancer).toList());
    }

    @Override
    public void deleteLoadBalancer(String loadBalancerArn) {
        calls.write("DeleteLoadBalancer", () -> elb.deleteLoadBalancer(r -> r.loadBalancerArn(loadBalancerArn)));
    }

    @Override
    public TargetGroup createTargetGroup(CreateTargetGroupRequest request) {
        return calls.write("CreateTargetGroup", () -> ElbShapes.targetGroup(
                elb.createTargetGroup(ElbShapes.createTargetGroup(request)).targetGroups().get(0)));
    }

    @Override
    public List<TargetGroup> describeTargetGroups(String loadBalancerArn, List<String> targetGroupArns,
                                                  List<String> names) {
        return calls.read("DescribeTargetGroups", () -> elb.describeTargetGroupsPaginator(r -> r
                        .loadBalancerArn(loadBalancerArn).targetGroupArns(noneIfEmpty(targetGroupArns))
                        .names(noneIfEmpty(names)).pageSize(PAGE_SIZE))
                .targetGroups().stream().map(ElbShapes::targetGroup).toList());
    }

    @Override
    public void deleteTargetGroup(String targetGroupArn) {
        calls.write("DeleteTargetGroup", () -> elb.deleteTargetGroup(r -> r.targetGroupArn(targetGroupArn)));
    }

    @Override
    public List<TargetGroupAttribute> describeTargetGroupAttributes(String targetGroupArn) {
        return calls.read("DescribeTargetGroupAttributes", () -> map(elb.describeTargetGroupAttributes(r -> r
                .targetGroupArn(targetGroupArn)).attributes(), ElbShapes::attribute));
    }

    @Override
    public TargetGroup modifyTargetGroup(ModifyTargetGroupRequest request) {
        return calls.write("ModifyTargetGroup", () -> ElbShapes.targetGroup(
                elb.modifyTargetGroup(ElbShapes.modifyTargetGroup(request)).targetGroups().get(0)));
    }

    @Override
    public List<TargetGroupAttribute> modifyTargetGroupAttributes(String targetGroupArn,
                                                                  List<TargetGroupAttribute> attributes) {
        return calls.write("ModifyTargetGroupAttributes", () -> map(elb.modifyTargetGroupAttributes(r -> r
                .targetGroupArn(targetGroupArn).attributes(ElbShapes.attributes(attributes))).attributes(),
                ElbShapes::attribute));
    }

    @Override
    public Listener createListener(CreateListenerRequest request) {
        return calls.write("CreateListener", () -> ElbShapes.listener(
                elb.createListener(ElbShapes.createListener(request)).listeners().get(0)));
    }

    @Override
    public List<Listener> describeListeners(String loadBalancerArn, List<String> listenerArns) {
        return calls.read("DescribeListeners", () -> elb.describeListenersPaginator(r -> r
                        .loadBalancerArn(loadBalancerArn).listenerArns(noneIfEmpty(listenerArns)).pageSize(PAGE_SIZE))
                .listeners().stream().map(ElbShapes::listener).toList());
    }

    @Override
    public void deleteListener(String listenerArn) {
        calls.write("DeleteListener", () -> elb.deleteListener(r -> r.listenerArn(listenerArn)));
    }

    @Override
    public void registerTargets(String targetGroupArn, List<TargetDescription> targets) {
        calls.write("RegisterTargets", () -> elb.registerTargets(r -> r.targetGroupArn(targetGroupArn)
                .targets(ElbShapes.targets(targets))));
    }

    @Override
    public void deregisterTargets(String targetGroupArn, List<TargetDescription> targets) {
        calls.write("DeregisterTargets", () -> elb.deregisterTargets(r -> r.targetGroupArn(targetGroupArn)
                .targets(ElbShapes.targets(targets))));
    }

    @Override
    public List<TargetHealthDescription> describeTargetHealth(String targetGroupArn,
                                                              List<TargetDescription> targets) {
        return calls.read("DescribeTargetHealth", () -> map(elb.describeTargetHealth(r -> r
                .targetGroupArn(targetGroupArn).targets(ElbShapes.targets(targets))).targetHealthDescriptions(),
                ElbShapes::targetHealth));
    }

    @Override
    public String createClassicLoadBalancer(CreateClassicLoadBalancerRequest request) {
        return calls.write("CreateLoadBalancer", () -> classic.createLoadBalancer(
                ElbShapes.createClassicLoadBalancer(request)).dnsName());
    }

    @Override
    public List<ClassicLoadBalancer> describeClassicLoadBalancers(List<String> names) {
        return calls.read("DescribeLoadBalancers", () -> classic.describeLoadBalancersPaginator(r -> r
                        .loadBalancerNames(noneIfEmpty(names)).pageSize(PAGE_SIZE))
                .loadBalancerDescriptions().stream().map(ElbShapes::classicLoadBalancer).toList());
    }

    @Override
    public void deleteClassicLoadBalancer(String loadBalancerName) {
        calls.write("DeleteLoadBalancer", () -> classic.deleteLoadBalancer(r -> r
                .loadBalancerName(loadBalancerName)));
    }

    @Override
    public List<InstanceState> describeClassicInstanceHealth(String loadBalancerName, List<String> instances) {
        return calls.read("DescribeInstanceHealth", () -> map(classic.describeInstanceHealth(r -> r
                .loadBalancerName(loadBalancerName).instances(noneIfEmpty(map(instances == null ? List.of()
                        : instances, id -> software.amazon.awssdk.services.elasticloadbalancing.model.Instance
                        .builder().instanceId(id).build())))).instanceStates(), ElbShapes::instanceState));
    }
}
