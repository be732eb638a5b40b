package dev.berth.sim;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.RegisterTaskDefinitionRequest;

import java.util.List;

/**
 * The world a new user starts in, built through the gateway so it is journaled like anything the user does: the
 * console wizard's cluster (Fargate plus an empty auto scaling group of t2.micro) running the nginx demo page, and an
 * ECR repository with tagged images and one left untagged when its tag moved on.
 */
public final class DemoWorld {
    public static final String CLUSTER = "DemoCluster";
    public static final String FAMILY = "nginxdemos-hello";
    public static final String SERVICE = "nginxdemos-hello";
    /** Two subnets of the account's default VPC and its default security group. */
    public static final List<String> SUBNETS = List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f9e8d7c6b5a40312");
    public static final String SECURITY_GROUP = "sg-0c1d2e3f4a5b69788";
    public static final String REPOSITORY = "demo-app";
    private static final long MIB = 1024 * 1024;

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
     * The repository {@value #REPOSITORY}, scanned on push: 1.0; then {@code latest} on an image that loses it to 1.1,
     * so that image is left untagged, as happens to every mutable tag that moves.
     */
    public static void populateImages(EcrGateway ecr) {
        ecr.createRepository(new CreateRepositoryRequest(REPOSITORY, "MUTABLE", new ImageScanningConfiguration(true),
                null, List.of()));
        push(ecr, "1.0", ImageManifest.build(REPOSITORY, "1.0", 48 * MIB, 4));
        push(ecr, "latest", ImageManifest.build(REPOSITORY, "1.1-rc1", 51 * MIB, 4));
        String release = ImageManifest.build(REPOSITORY, "1.1", 52 * MIB, 5);
        push(ecr, "1.1", release);
        push(ecr, "latest", release);
    }

    private static void push(EcrGateway ecr, String tag, String manifest) {
        ecr.putImage(new PutImageRequest(REPOSITORY, manifest, null, tag, null));
    }
}
