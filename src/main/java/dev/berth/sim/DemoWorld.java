package dev.berth.sim;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;

import java.util.List;

/**
 * The world a new user starts in, built through the gateway so it is journaled like anything the user does: the
 * console wizard's cluster (Fargate plus an empty auto scaling group of t2.micro) running the nginx demo page, and
 * the lab's App Runner service DemoHTTP (an ECR Public image, 1 vCPU, 2 GB, port 80).
 */
public final class DemoWorld {
    public static final String CLUSTER = "DemoCluster";
    public static final String FAMILY = "nginxdemos-hello";
    public static final String SERVICE = "nginxdemos-hello";
    /** Two subnets of the account's default VPC and its default security group. */
    public static final List<String> SUBNETS = List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f9e8d7c6b5a40312");
    public static final String SECURITY_GROUP = "sg-0c1d2e3f4a5b69788";
    public static final String APP_RUNNER_SERVICE = "DemoHTTP";
    /** The lab picks an image from the ECR Public gallery; nginx listens on port 80 as the lab's service does. */
    public static final String APP_RUNNER_IMAGE = "public.ecr.aws/nginx/nginx:latest";

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

    /** The lab's App Runner service: 1 vCPU, 2 GB, port 80, from an image in the ECR Public gallery. */
    public static void populateAppRunner(AppRunnerGateway appRunner) {
        appRunner.createService(CreateAppRunnerServiceRequest.fromPublicImage(APP_RUNNER_SERVICE, APP_RUNNER_IMAGE,
                "80", "1 vCPU", "2 GB"));
    }
}
