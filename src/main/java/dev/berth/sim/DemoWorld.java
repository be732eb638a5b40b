package dev.berth.sim;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.TargetGroup;

import java.util.List;

/**
 * The world a new user starts in, built through the gateway so it is journaled like anything the user does: the
 * console wizard's cluster (Fargate plus an empty auto scaling group of t2.micro) running the nginx demo page, and
 * the lab's Application Load Balancer with its target group, ready for a service to be put behind it.
 */
public final class DemoWorld {
    public static final String CLUSTER = "DemoCluster";
    public static final String FAMILY = "nginxdemos-hello";
    public static final String SERVICE = "nginxdemos-hello";
    /** Two subnets of the account's default VPC and its default security group. */
    public static final List<String> SUBNETS = List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f9e8d7c6b5a40312");
    public static final String SECURITY_GROUP = "sg-0c1d2e3f4a5b69788";
    public static final String LOAD_BALANCER = "DemoALBForECS";
    public static final String TARGET_GROUP = "tg-nginxdemos-hello";

    private DemoWorld() {
    }

    public static void populate(EcsGateway ecs) {
        ecs.createCluster(new CreateClusterRequest(CLUSTER, List.of("FARGATE", "FARGATE_SPOT"), List.of(),
                new Ec2Capacity("t2.micro", 0, 5, 0), List.of()));
        ContainerDefinition container = new ContainerDefinition("nginxdemos-hello", "nginxdemos/hello", null, null,
                null, true, List.of(new PortMapping(80, 80, "tcp")), List.of(), List.of(), null);
        ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(FAMILY, "awsvpc", List.of("FARGATE"), "512",
                "1024", null, null, List.of(container), List.of()));
        NetworkConfiguration network = new NetworkConfiguration(
                new AwsVpcConfiguration(SUBNETS, List.of(SECURITY_GROUP), "ENABLED"));
        ecs.createService(new CreateServiceRequest(CLUSTER, SERVICE, FAMILY, 1, "FARGATE", List.of(), null, network,
                null, null, List.of()));
    }

    /**
     * The lab's load balancer: DemoALBForECS, internet-facing in the demo subnets, with a listener on port 80
     * forwarding to tg-nginxdemos-hello (IP targets on port 80, HTTP health check of "/"). The demo service stays
     * outside it, as the lab creates its service behind the load balancer in a later step.
     */
    public static void addLoadBalancer(ElbGateway elb) {
        ElbLoadBalancer alb = elb.createLoadBalancer(new CreateLoadBalancerRequest(LOAD_BALANCER, SUBNETS,
                List.of(SECURITY_GROUP), "internet-facing", "application", null, List.of()));
        TargetGroup group = elb.createTargetGroup(CreateTargetGroupRequest.of(TARGET_GROUP, "HTTP", 80, null, "ip"));
        elb.createListener(new CreateListenerRequest(alb.loadBalancerArn(), "HTTP", 80,
                List.of(ElbAction.forward(group.targetGroupArn()))));
    }
}
