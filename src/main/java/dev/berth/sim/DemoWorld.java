package dev.berth.sim;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;

import java.util.List;

/**
 * The world a new user starts in, built through the gateway so it is journaled like anything the user does: the
 * console wizard's cluster (Fargate plus an empty auto scaling group of t2.micro) running the nginx demo page.
 */
public final class DemoWorld {
    public static final String CLUSTER = "DemoCluster";
    public static final String FAMILY = "nginxdemos-hello";
    public static final String SERVICE = "nginxdemos-hello";
    /** Two subnets of the account's default VPC and its default security group. */
    public static final List<String> SUBNETS = List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f9e8d7c6b5a40312");
    public static final String SECURITY_GROUP = "sg-0c1d2e3f4a5b69788";

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
}
