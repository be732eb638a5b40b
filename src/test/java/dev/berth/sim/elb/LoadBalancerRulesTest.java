package dev.berth.sim.elb;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.ClassicListener;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.LoadBalancerFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Elastic Load Balancing's own rules, and CreateService's checks of a service's load balancers. */
class LoadBalancerRulesTest {
    private final LoadBalancerFixture lb = new LoadBalancerFixture(3);
    private final EcsFixture world = lb.world;
    private final ElbGateway elb = lb.elb;

    @Test
    void aLoadBalancerProvisionsThenIsActiveWithAwsNames() {
        ElbLoadBalancer alb = elb.createLoadBalancer(new CreateLoadBalancerRequest("DemoALBForECS",
                LoadBalancerFixture.SUBNETS, List.of("sg-0c1d2e3f4a5b69788"), null, null, null, null));

        assertThat(alb.loadBalancerArn()).matches("arn:aws:elasticloadbalancing:us-east-1:123456789012:"
                + "loadbalancer/app/DemoALBForECS/[0-9a-f]{16}");
        assertThat(alb.dnsName()).matches("DemoALBForECS-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
        assertThat(alb.state().code()).isEqualTo("provisioning");
        assertThat(alb.type()).isEqualTo("application");
        assertThat(alb.scheme()).isEqualTo("internet-facing");
        world.advance(Duration.ofMinutes(3));
        assertThat(elb.describeLoadBalancers(List.of(alb.loadBalancerArn()), List.of()).get(0).state().code())
                .isEqualTo("active");
        assertThat(elb.createLoadBalancer(new CreateLoadBalancerRequest("DemoALBForECS", LoadBalancerFixture.SUBNETS,
                List.of(), null, null, null, null)).loadBalancerArn()).isEqualTo(alb.loadBalancerArn());
    }

    @Test
    void aTargetGroupTakesAwsDefaultsForHttp() {
        TargetGroup group = elb.createTargetGroup(CreateTargetGroupRequest.of("tg-nginxdemos-hello", "HTTP", 80, null,
                "ip"));

        assertThat(group.targetGroupArn()).matches("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/"
                + "tg-nginxdemos-hello/[0-9a-f]{16}");
        assertThat(group.healthCheckIntervalSeconds()).isEqualTo(30);
        assertThat(group.healthCheckTimeoutSeconds()).isEqualTo(6);
        assertThat(group.healthyThresholdCount()).isEqualTo(5);
        assertThat(group.unhealthyThresholdCount()).isEqualTo(2);
        assertThat(group.healthCheckPath()).isEqualTo("/");
        assertThat(group.healthCheckPort()).isEqualTo("traffic-port");
        assertThat(group.matcher().httpCode()).isEqualTo("200");
        assertThat(group.loadBalancerArns()).isEmpty();
        assertThat(elb.describeTargetGroupAttributes(group.targetGroupArn()))
                .anyMatch(a -> a.key().equals(ElbGateway.DEREGISTRATION_DELAY) && a.value().equals("300"));
    }

    @Test
    void elbRefusesWhatAwsRefuses() {
        assertRefused(() -> elb.createLoadBalancer(new CreateLoadBalancerRequest("one-subnet",
                List.of("subnet-0a1b2c3d4e5f60718"), List.of(), null, null, null, null)), "ValidationError",
                "At least two subnets in two different Availability Zones must be specified");
        assertRefused(() -> elb.describeTargetGroups(null, List.of("arn:aws:elasticloadbalancing:us-east-1:"
                + "123456789012:targetgroup/missing/0123456789abcdef"), null), "TargetGroupNotFound",
                "One or more target groups not found");
        TargetGroup group = lb.activeTargetGroup("ip");
        assertRefused(() -> elb.deleteTargetGroup(group.targetGroupArn()), "ResourceInUse",
                "Target group '" + group.targetGroupArn() + "' is currently in use by a listener or a rule");
        String albArn = group.loadBalancerArns().get(0);
        assertRefused(() -> elb.createListener(new CreateListenerRequest(albArn, "HTTP", 80,
                List.of(ElbAction.forward(group.targetGroupArn())))), "DuplicateListener",
                "A listener already exists on this port for this load balancer '" + albArn + "'");
        assertRefused(() -> elb.registerTargets(group.targetGroupArn(), List.of(TargetDescription.of("i-0abc", 80))),
                "InvalidTarget", "The following targets are not valid for target type 'ip': 'i-0abc'");
    }

    @Test
    void aTargetNothingAnswersForTimesOutAndDrainsWhenDeregistered() {
        TargetGroup group = lb.activeTargetGroup("ip");
        elb.registerTargets(group.targetGroupArn(), List.of(TargetDescription.of("172.31.9.9", 80)));
        world.advance(Duration.ofMinutes(3));
        assertThat(lb.targets(group)).singleElement().satisfies(t -> {
            assertThat(t.targetHealth().state()).isEqualTo("unhealthy");
            assertThat(t.targetHealth().reason()).isEqualTo("Target.Timeout");
            assertThat(t.targetHealth().description()).isEqualTo("Request timed out");
        });

        elb.deregisterTargets(group.targetGroupArn(), List.of(TargetDescription.of("172.31.9.9", 80)));
        assertThat(lb.targets(group).get(0).targetHealth().state()).isEqualTo("draining");
        world.advance(Duration.ofSeconds(300));
        assertThat(lb.targets(group)).isEmpty();
        assertThat(elb.describeTargetHealth(group.targetGroupArn(), List.of(TargetDescription.of("172.31.9.9", 80))))
                .singleElement().satisfies(t -> assertThat(t.targetHealth().reason()).isEqualTo("Target.NotRegistered"));
    }

    @Test
    void aClassicLoadBalancerCannotServeFargateTasks() {
        elb.createClassicLoadBalancer(new CreateClassicLoadBalancerRequest("classic-web",
                List.of(new ClassicListener("HTTP", 80, "HTTP", 80)), LoadBalancerFixture.SUBNETS, List.of(), null));
        world.fargateDefinition("web", "nginx:1.27");

        assertRefused(() -> world.ecs.createService(request("web", new LoadBalancer(null, "classic-web", "app", 80))),
                "InvalidParameterException", "Classic Load Balancers are not supported for tasks using the awsvpc "
                        + "network mode. Use an Application Load Balancer or a Network Load Balancer.");
        assertRefused(() -> world.ecs.createService(request("web", new LoadBalancer(null, "nowhere", "app", 80))),
                "InvalidParameterException", "The load balancer nowhere does not exist.");
    }

    @Test
    void createServiceChecksItsLoadBalancersAsAwsDoes() {
        world.fargateDefinition("web", "nginx:1.27");
        TargetGroup unattached = elb.createTargetGroup(CreateTargetGroupRequest.of("tg-alone", "HTTP", 80, null,
                "ip"));
        assertRefused(() -> world.ecs.createService(request("web", LoadBalancer.targetGroup(
                unattached.targetGroupArn(), "app", 80))), "InvalidParameterException",
                "The target group with targetGroupArn " + unattached.targetGroupArn()
                        + " does not have an associated load balancer.");
        TargetGroup group = lb.activeTargetGroup("ip");
        assertRefused(() -> world.ecs.createService(request("web", LoadBalancer.targetGroup(
                group.targetGroupArn(), "nginx", 80))), "InvalidParameterException",
                "The container nginx does not exist in the task definition.");
        assertRefused(() -> world.ecs.createService(request("web", LoadBalancer.targetGroup(
                group.targetGroupArn(), "app", 8080))), "InvalidParameterException",
                "The container app did not have a container port 8080 defined.");
        assertRefused(() -> world.ecs.createService(request("web", LoadBalancer.targetGroup(
                group.targetGroupArn().replace("tg-web", "tg-gone"), "app", 80))), "InvalidParameterException",
                "Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS service "
                        + "role being passed has the proper permissions.");
        TargetGroup instances = elb.createTargetGroup(CreateTargetGroupRequest.of("tg-instances", "HTTP", 80, null,
                "instance"));
        elb.createListener(new CreateListenerRequest(group.loadBalancerArns().get(0), "HTTP", 8080,
                List.of(ElbAction.forward(instances.targetGroupArn()))));
        assertRefused(() -> world.ecs.createService(request("web", LoadBalancer.targetGroup(
                instances.targetGroupArn(), "app", 80))), "InvalidParameterException",
                "The provided target group " + instances.targetGroupArn() + " has target type instance, which is "
                        + "incompatible with the awsvpc network mode specified in the task definition.");
        assertThat(world.ecs.createService(request("web", LoadBalancer.targetGroup(group.targetGroupArn(), "app",
                80))).loadBalancers()).singleElement().satisfies(l -> assertThat(l.targetGroupArn())
                .isEqualTo(group.targetGroupArn()));
    }

    private static CreateServiceRequest request(String name, LoadBalancer loadBalancer) {
        return new CreateServiceRequest(EcsFixture.CLUSTER, name, name, 1, "FARGATE", List.of(), null,
                EcsFixture.NETWORK, null, null, List.of(), List.of(loadBalancer));
    }
}
