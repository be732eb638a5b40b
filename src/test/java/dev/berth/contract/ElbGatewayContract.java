package dev.berth.contract;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.ClassicListener;
import dev.berth.core.model.ClassicLoadBalancer;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
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
import dev.berth.sim.LoadBalancerFixture;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static dev.berth.sim.LoadBalancerFixture.SUBNETS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Elastic Load Balancing backend must do, with AWS's error codes and messages: run by
 * {@link SimElbGatewayTest} against the simulator's own gateway and by {@link AwsElbGatewayTest} against the AWS
 * SDK gateway talking to the simulator's endpoint (awsQuery). Time and ECS move on the simulator behind either.
 */
abstract class ElbGatewayContract {
    private static final String MISSING_GROUP = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/"
            + "missing/0123456789abcdef";

    private final LoadBalancerFixture lb = new LoadBalancerFixture(17);
    private final ElbGateway elb = backend(lb.world.simulator);

    /** The gateway under test over {@code simulator}. */
    protected abstract ElbGateway backend(Simulator simulator);

    private ElbLoadBalancer alb(String name) {
        return elb.createLoadBalancer(new CreateLoadBalancerRequest(name, SUBNETS, List.of("sg-0c1d2e3f4a5b69788"),
                null, null, null, List.of(new Tag("team", "web"))));
    }

    @Test
    void aLoadBalancerProvisionsBecomesActiveAndIsDeleted() {
        ElbLoadBalancer alb = alb("web-alb");

        assertThat(alb.loadBalancerArn()).matches("arn:aws:elasticloadbalancing:us-east-1:123456789012:"
                + "loadbalancer/app/web-alb/[0-9a-f]{16}");
        assertThat(alb.dnsName()).matches("web-alb-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
        assertThat(alb).extracting(b -> b.state().code(), ElbLoadBalancer::type, ElbLoadBalancer::scheme,
                ElbLoadBalancer::ipAddressType, ElbLoadBalancer::canonicalHostedZoneId, ElbLoadBalancer::createdTime)
                .containsExactly("provisioning", "application", "internet-facing", "ipv4", "Z35SXDOTRQ7X7K",
                        lb.world.simulator.now());
        assertThat(alb.availabilityZones()).hasSize(SUBNETS.size());
        assertThat(alb.securityGroups()).containsExactly("sg-0c1d2e3f4a5b69788");
        assertThat(elb.describeLoadBalancers(List.of(), List.of("web-alb"))).containsExactly(alb);

        lb.world.advance(Duration.ofMinutes(3));
        assertThat(elb.describeLoadBalancers(List.of(alb.loadBalancerArn()), List.of()))
                .extracting(b -> b.state().code()).containsExactly("active");

        elb.deleteLoadBalancer(alb.loadBalancerArn());
        assertThat(elb.describeLoadBalancers(List.of(), List.of())).isEmpty();
        assertRefused(() -> elb.describeLoadBalancers(List.of(alb.loadBalancerArn()), List.of()),
                "LoadBalancerNotFound", "One or more load balancers not found");
        elb.deleteLoadBalancer(alb.loadBalancerArn());
        assertRefused(() -> elb.createLoadBalancer(new CreateLoadBalancerRequest("one-subnet", SUBNETS.subList(0, 1),
                List.of(), null, null, null, null)), "ValidationError",
                "At least two subnets in two different Availability Zones must be specified");
    }

    @Test
    void aListenerForwardsToATargetGroupThatCannotBeDeletedWhileInUse() {
        ElbLoadBalancer alb = alb("web-alb");
        TargetGroup group = elb.createTargetGroup(new CreateTargetGroupRequest("tg-web", "HTTP", 8080, null, "ip",
                null, null, null, "/health", 15, null, 3, null, new Matcher("200-299")));

        assertThat(group.targetGroupArn()).matches("arn:aws:elasticloadbalancing:us-east-1:123456789012:"
                + "targetgroup/tg-web/[0-9a-f]{16}");
        assertThat(group).extracting(TargetGroup::protocol, TargetGroup::port, TargetGroup::healthCheckPath,
                TargetGroup::healthCheckIntervalSeconds, TargetGroup::healthCheckTimeoutSeconds,
                TargetGroup::healthyThresholdCount, TargetGroup::unhealthyThresholdCount, TargetGroup::matcher,
                TargetGroup::targetType, TargetGroup::healthCheckPort)
                .containsExactly("HTTP", 8080, "/health", 15, 6, 3, 2, new Matcher("200-299"), "ip", "traffic-port");
        assertThat(elb.describeTargetGroupAttributes(group.targetGroupArn()))
                .contains(new TargetGroupAttribute(ElbGateway.DEREGISTRATION_DELAY, "300"));
        assertThat(elb.modifyTargetGroupAttributes(group.targetGroupArn(),
                List.of(new TargetGroupAttribute(ElbGateway.DEREGISTRATION_DELAY, "30"))))
                .contains(new TargetGroupAttribute(ElbGateway.DEREGISTRATION_DELAY, "30"));

        Listener listener = elb.createListener(new CreateListenerRequest(alb.loadBalancerArn(), "HTTP", 80,
                List.of(ElbAction.forward(group.targetGroupArn()))));
        assertThat(listener.listenerArn()).startsWith(alb.loadBalancerArn().replace(":loadbalancer/", ":listener/"));
        assertThat(listener).extracting(Listener::port, Listener::protocol, Listener::defaultActions)
                .containsExactly(80, "HTTP", List.of(ElbAction.forward(group.targetGroupArn())));
        assertThat(elb.describeListeners(alb.loadBalancerArn(), List.of())).containsExactly(listener);
        assertThat(elb.describeListeners(null, List.of(listener.listenerArn()))).containsExactly(listener);
        assertThat(elb.describeTargetGroups(alb.loadBalancerArn(), List.of(), List.of()))
                .extracting(TargetGroup::loadBalancerArns).containsExactly(List.of(alb.loadBalancerArn()));
        assertThat(elb.describeTargetGroups(null, List.of(), List.of("tg-web"))).hasSize(1);

        assertRefused(() -> elb.deleteTargetGroup(group.targetGroupArn()), "ResourceInUse",
                "Target group '" + group.targetGroupArn() + "' is currently in use by a listener or a rule");
        assertRefused(() -> elb.createListener(new CreateListenerRequest(alb.loadBalancerArn(), "HTTP", 80,
                List.of(ElbAction.forward(group.targetGroupArn())))), "DuplicateListener",
                "A listener already exists on this port for this load balancer '" + alb.loadBalancerArn() + "'");
        elb.deleteListener(listener.listenerArn());
        assertRefused(() -> elb.deleteListener(listener.listenerArn()), "ListenerNotFound",
                "One or more listeners not found");
        assertRefused(() -> elb.describeListeners(null, List.of(listener.listenerArn())), "ListenerNotFound",
                "One or more listeners not found");
        elb.deleteTargetGroup(group.targetGroupArn());
        assertRefused(() -> elb.describeTargetGroups(null, List.of(group.targetGroupArn()), List.of()),
                "TargetGroupNotFound", "One or more target groups not found");
        assertRefused(() -> elb.describeTargetGroupAttributes(MISSING_GROUP), "TargetGroupNotFound",
                "One or more target groups not found");
    }

    @Test
    void aTargetGroupsHealthCheckIsModifiedAndBadValuesAreRefused() {
        TargetGroup group = elb.createTargetGroup(new CreateTargetGroupRequest("tg-api", "HTTP", 8080, null, "ip",
                null, null, null, "/healthz", null, null, null, null, null));

        TargetGroup modified = elb.modifyTargetGroup(ModifyTargetGroupRequest.healthCheckPath(
                group.targetGroupArn(), "/"));

        assertThat(modified).extracting(TargetGroup::healthCheckPath, TargetGroup::healthCheckIntervalSeconds)
                .containsExactly("/", group.healthCheckIntervalSeconds());
        assertThat(elb.describeTargetGroups(null, List.of(group.targetGroupArn()), List.of()))
                .extracting(TargetGroup::healthCheckPath).containsExactly("/");
        assertRefused(() -> elb.modifyTargetGroup(ModifyTargetGroupRequest.healthCheckPath(group.targetGroupArn(),
                "healthz")), "ValidationError",
                "Health check path 'healthz' is not valid: it must begin with '/' and be at most 1024 characters");
        assertRefused(() -> elb.modifyTargetGroup(ModifyTargetGroupRequest.healthCheckPath(MISSING_GROUP, "/")),
                "TargetGroupNotFound", "One or more target groups not found");
    }

    @Test
    void registeredTargetsAreCheckedAndDrainWhenDeregistered() {
        TargetGroup group = lb.activeTargetGroup("ip");
        String arn = group.targetGroupArn();
        elb.registerTargets(arn, List.of(new TargetDescription("10.0.1.5", null, null)));

        assertThat(elb.describeTargetHealth(arn, List.of())).singleElement().satisfies(t -> {
            assertThat(t.target()).isEqualTo(new TargetDescription("10.0.1.5", 80, null));
            assertThat(t.healthCheckPort()).isEqualTo("80");
            assertThat(t.targetHealth().state()).isEqualTo("initial");
            assertThat(t.targetHealth().reason()).isEqualTo("Elb.RegistrationInProgress");
        });
        assertThat(elb.describeTargetHealth(arn, List.of(TargetDescription.of("10.0.1.6", 80))))
                .extracting(t -> t.targetHealth().state() + " " + t.targetHealth().reason())
                .containsExactly("unused Target.NotRegistered");
        lb.world.advance(Duration.ofMinutes(2));
        // Nothing answers at 10.0.1.5: its checks time out.
        assertThat(elb.describeTargetHealth(arn, List.of())).extracting(t -> t.targetHealth().state())
                .containsExactly("unhealthy");

        elb.deregisterTargets(arn, List.of(TargetDescription.of("10.0.1.5", 80)));
        assertThat(elb.describeTargetHealth(arn, List.of())).extracting(TargetHealthDescription::targetHealth)
                .extracting(h -> h.state() + " " + h.reason()).containsExactly("draining "
                        + "Target.DeregistrationInProgress");
        lb.world.advance(Duration.ofSeconds(301));
        assertThat(elb.describeTargetHealth(arn, List.of())).isEmpty();

        assertRefused(() -> elb.deregisterTargets(arn, List.of(TargetDescription.of("10.0.1.5", 80))),
                "InvalidTarget", "The specified targets are not registered with target group '" + arn + "'");
        assertRefused(() -> elb.registerTargets(arn, List.of(TargetDescription.of("i-0123456789abcdef0", 80))),
                "InvalidTarget", "The following targets are not valid for target type 'ip': 'i-0123456789abcdef0'");
        assertRefused(() -> elb.registerTargets(MISSING_GROUP, List.of(TargetDescription.of("10.0.1.5", 80))),
                "TargetGroupNotFound", "One or more target groups not found");
        assertRefused(() -> elb.describeTargetHealth(MISSING_GROUP, List.of()), "TargetGroupNotFound",
                "One or more target groups not found");
    }

    @Test
    void aServiceBehindTheTargetGroupShowsItsTasksHealthy() {
        TargetGroup group = lb.activeTargetGroup("ip");
        lb.world.fargateDefinition("web", "nginx:1.27");
        lb.fargateService("web", "web", 2, group, null);
        lb.world.advance(Duration.ofMinutes(3));

        assertThat(elb.describeTargetHealth(group.targetGroupArn(), List.of()))
                .extracting(t -> t.targetHealth().state()).containsExactly("healthy", "healthy");
    }

    @Test
    void aClassicLoadBalancerIsCreatedDescribedByNameAndDeleted() {
        String dnsName = elb.createClassicLoadBalancer(new CreateClassicLoadBalancerRequest("classic-web",
                List.of(new ClassicListener("HTTP", 80, "HTTP", 8080)), SUBNETS, List.of("sg-0c1d2e3f4a5b69788"),
                null));

        assertThat(dnsName).matches("classic-web-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
        assertThat(elb.describeClassicLoadBalancers(List.of("classic-web"))).singleElement().satisfies(c -> {
            assertThat(c.dnsName()).isEqualTo(dnsName);
            assertThat(c.listenerDescriptions()).containsExactly(new ClassicListener("HTTP", 80, "HTTP", 8080));
            assertThat(c.healthCheck().target()).isEqualTo("TCP:8080");
            assertThat(c.subnets()).isEqualTo(SUBNETS);
            assertThat(c.scheme()).isEqualTo("internet-facing");
            assertThat(c.createdTime()).isEqualTo(lb.world.simulator.now());
        });
        assertThat(elb.describeClassicLoadBalancers(List.of())).extracting(ClassicLoadBalancer::loadBalancerName)
                .containsExactly("classic-web");
        assertThat(elb.describeClassicInstanceHealth("classic-web", List.of())).isEmpty();

        elb.deleteClassicLoadBalancer("classic-web");
        assertRefused(() -> elb.describeClassicLoadBalancers(List.of("classic-web")), "LoadBalancerNotFound",
                "There is no ACTIVE Load Balancer named 'classic-web'");
        assertRefused(() -> elb.describeClassicInstanceHealth("classic-web", List.of()), "LoadBalancerNotFound",
                "There is no ACTIVE Load Balancer named 'classic-web'");
    }
}
