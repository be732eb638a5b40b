package dev.berth.sim;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealthDescription;
import dev.berth.core.model.Task;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** An {@link EcsFixture} with an Application Load Balancer, and the calls tests behind one start from. */
public final class LoadBalancerFixture {
    public static final List<String> SUBNETS = EcsFixture.NETWORK.awsvpcConfiguration().subnets();

    public final EcsFixture world;
    public final ElbGateway elb;

    public LoadBalancerFixture(long seed) {
        this(new EcsFixture(seed).withCluster());
    }

    /** Over a simulator the caller made (e.g. with a journal), with the fixture's cluster. */
    public LoadBalancerFixture(Simulator simulator) {
        this(new EcsFixture(simulator).withCluster());
    }

    private LoadBalancerFixture(EcsFixture world) {
        this.world = world;
        this.elb = world.simulator.elb();
    }

    /** An internet-facing ALB with a listener on port 80 forwarding to a new target group; once active. */
    public TargetGroup activeTargetGroup(CreateTargetGroupRequest request) {
        ElbLoadBalancer alb = elb.createLoadBalancer(new CreateLoadBalancerRequest("web-alb", SUBNETS,
                List.of("sg-0c1d2e3f4a5b69788"), null, null, null, null));
        TargetGroup group = elb.createTargetGroup(request);
        elb.createListener(new CreateListenerRequest(alb.loadBalancerArn(), "HTTP", 80,
                List.of(ElbAction.forward(group.targetGroupArn()))));
        world.advance(Duration.ofMinutes(4));
        return elb.describeTargetGroups(null, List.of(group.targetGroupArn()), null).get(0);
    }

    /** Another IP target group {@code name} on the load balancer of {@code first}, its listener on {@code port}. */
    public TargetGroup secondTargetGroup(TargetGroup first, String name, int port) {
        TargetGroup group = elb.createTargetGroup(CreateTargetGroupRequest.of(name, "HTTP", 80, null, "ip"));
        elb.createListener(new CreateListenerRequest(first.loadBalancerArns().get(0), "HTTP", port,
                List.of(ElbAction.forward(group.targetGroupArn()))));
        return elb.describeTargetGroups(null, List.of(group.targetGroupArn()), null).get(0);
    }

    public TargetGroup activeTargetGroup(String targetType) {
        return activeTargetGroup(CreateTargetGroupRequest.of("tg-web", "HTTP", 80, null, targetType));
    }

    /** A Fargate service of the fixture's {@code app} container behind {@code group}. */
    public Service fargateService(String name, String family, int desiredCount, TargetGroup group,
                                  Integer gracePeriodSeconds) {
        return world.ecs.createService(new CreateServiceRequest(EcsFixture.CLUSTER, name, family, desiredCount,
                "FARGATE", List.of(), null, EcsFixture.NETWORK, DeploymentConfiguration.defaults(),
                gracePeriodSeconds, List.of(), List.of(LoadBalancer.targetGroup(group.targetGroupArn(), "app", 80))));
    }

    /** A cluster of {@code instances} t2.micro instances (1 vCPU, 982 MiB registered), once they have registered. */
    public void microInstances(String cluster, int instances) {
        world.ecs.createCluster(new CreateClusterRequest(cluster, List.of(), List.of(),
                new Ec2Capacity("t2.micro", instances, instances, instances), List.of()));
        world.advance(Duration.ofMinutes(4));
    }

    /** A bridge-mode task definition of one {@code web} container on port 80, host port {@code hostPort}. */
    public void bridgeDefinition(String family, int memory, int hostPort) {
        ContainerDefinition web = new ContainerDefinition("web", "httpd:2.4", 256, memory, null, true,
                List.of(new PortMapping(80, hostPort, "tcp")), List.of(), List.of(), null);
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(family, "bridge", List.of("EC2"), null,
                null, null, null, List.of(web), List.of()));
    }

    public Service ec2Service(String cluster, String name, String family, int desiredCount, TargetGroup group) {
        return world.ecs.createService(new CreateServiceRequest(cluster, name, family, desiredCount, "EC2",
                List.of(), null, null, null, null, List.of(),
                List.of(LoadBalancer.targetGroup(group.targetGroupArn(), "web", 80))));
    }

    public List<TargetHealthDescription> targets(TargetGroup group) {
        return elb.describeTargetHealth(group.targetGroupArn(), List.of());
    }

    /** The target of an awsvpc task: its private IP address on the container port. */
    public Optional<TargetHealthDescription> targetOf(TargetGroup group, Task task) {
        return targets(group).stream().filter(t -> t.target().id().equals(task.privateIpv4Address())).findFirst();
    }

    public String stateOf(TargetGroup group, Task task) {
        return targetOf(group, task).map(t -> t.targetHealth().state()).orElse("none");
    }
}
