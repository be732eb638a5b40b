package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.TaskDefinition;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class TaskDefinitionRulesTest {
    private static final ContainerDefinition APP = container("app", "nginxdemos/hello", null, null);

    private final EcsFixture world = new EcsFixture(2).withCluster();

    @Test
    void registeringNormalisesSizesAndRecordsWhoAndWhen() {
        TaskDefinition definition = register(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"),
                "1 vCPU", "2GB", null, null, List.of(container("app", "nginx", null,
                new PortMapping(8080, null, null))), List.of()));

        assertThat(definition.taskDefinitionArn())
                .isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1");
        assertThat(definition.cpu()).isEqualTo("1024");
        assertThat(definition.memory()).isEqualTo("2048");
        assertThat(definition.status()).isEqualTo("ACTIVE");
        assertThat(definition.compatibilities()).containsExactly("EC2", "FARGATE");
        assertThat(definition.registeredBy()).isEqualTo("arn:aws:iam::123456789012:root");
        assertThat(definition.registeredAt()).isEqualTo(EcsFixture.START);
        ContainerDefinition app = definition.containerDefinitions().get(0);
        assertThat(app.essential()).isTrue();
        assertThat(app.portMappings()).containsExactly(new PortMapping(8080, 8080, "tcp"));
    }

    @ParameterizedTest(name = "{0} vCPU units with {1} MiB")
    @CsvSource({"256, 512", "256, 2048", "512, 4096", "1024, 8192", "2048, 16384", "4096, 30720", "8192, 61440",
            "16384, 122880"})
    void fargateAcceptsItsTaskSizes(String cpu, String memory) {
        assertThat(register(fargate(cpu, memory, "awsvpc")).cpu()).isEqualTo(cpu);
    }

    @Test
    void fargateRefusesWhatItCannotRun() {
        assertRefusedClient(fargate("256", "512", "bridge"), "Fargate only supports network mode 'awsvpc'.");
        assertRefusedClient(fargate(null, "512", "awsvpc"), "Invalid 'cpu' setting for task.");
        assertRefusedClient(fargate("300", "512", "awsvpc"), "Invalid 'cpu' setting for task.");
        assertRefusedClient(fargate("256", null, "awsvpc"), "Invalid 'memory' setting for task.");
        assertRefusedClient(fargate("256", "4096", "awsvpc"), "No Fargate configuration exists for given values.");
        assertRefusedClient(fargate("8192", "20000", "awsvpc"), "No Fargate configuration exists for given values.");
        assertRefusedClient(fargate("a lot", "512", "awsvpc"), "Invalid 'cpu' setting for task.");
        assertRefusedClient(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"), "256", "512", null,
                        null, List.of(container("app", EcsFixture.ECR_IMAGE, null, null)), List.of()),
                "Fargate requires task definition to have execution role ARN to support ECR images.");
    }

    @Test
    void containersNeedNamesImagesAndOneEssentialContainer() {
        assertRefusedClient(ec2(List.of()), "Container list cannot be empty.");
        assertRefusedClient(ec2(List.of(container("", "nginx", 128, null))),
                "Container.name should not be null or empty.");
        assertRefusedClient(ec2(List.of(container("app", null, 128, null))),
                "Container.image should not be null or empty.");
        assertRefusedClient(ec2(List.of(container("my app", "nginx", 128, null))),
                "Container name 'my app' must be 1 to 255 letters (uppercase and lowercase), numbers, hyphens, and "
                        + "underscores.");
        assertRefusedClient(ec2(List.of(container("app", "nginx", 128, null), container("app", "redis", 128, null))),
                "Duplicate container name 'app'. Container names must be unique within a task definition.");
        ContainerDefinition sidecar = new ContainerDefinition("sidecar", "busybox", null, 64, null, false, null,
                null, null, null);
        assertRefusedClient(ec2(List.of(sidecar)), "At least one container in the task definition must be essential.");
        assertRefusedClient(new RegisterTaskDefinitionRequest("my web", null, null, null, null, null, null,
                        List.of(container("app", "nginx", 128, null)), null),
                "Family must be 1 to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores.");
    }

    @Test
    void ec2ContainersNeedMemoryUnlessTheTaskHasIt() {
        assertRefusedClient(ec2(List.of(APP)), "Invalid setting for container 'app'. At least one of 'memory' or "
                + "'memoryReservation' must be specified.");
        TaskDefinition bridge = register(ec2(List.of(container("app", "nginx", 128, new PortMapping(80, null, null)))));
        assertThat(bridge.networkMode()).isEqualTo("bridge");
        assertThat(bridge.compatibilities()).containsExactly("EC2");
        assertThat(bridge.containerDefinitions().get(0).portMappings()).containsExactly(new PortMapping(80, 0, "tcp"));
    }

    @Test
    void awsvpcHostPortsMustMatchContainerPorts() {
        assertRefusedClient(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of(), null, null, null, null,
                        List.of(container("app", "nginx", 128, new PortMapping(80, 8080, "tcp"))), List.of()),
                "When networkMode=awsvpc, the host ports and container ports in port mappings must match.");
    }

    @Test
    void revisionsAreNeverReused() {
        register(fargate("256", "512", "awsvpc"));
        register(fargate("256", "512", "awsvpc"));

        TaskDefinition deregistered = world.ecs.deregisterTaskDefinition("web:2");
        TaskDefinition third = register(fargate("256", "512", "awsvpc"));

        assertThat(deregistered.status()).isEqualTo("INACTIVE");
        assertThat(deregistered.deregisteredAt()).isEqualTo(EcsFixture.START);
        assertThat(third.revision()).isEqualTo(3);
        assertRefused(() -> world.ecs.deregisterTaskDefinition("web"), "ClientException", "Revision is missing.");
    }

    @Test
    void describeTakesAFamilyARevisionOrAnArn() {
        TaskDefinition first = register(fargate("256", "512", "awsvpc"));
        register(fargate("512", "1024", "awsvpc"));
        world.ecs.deregisterTaskDefinition("web:2");

        assertThat(world.ecs.describeTaskDefinition("web")).isEqualTo(first);
        assertThat(world.ecs.describeTaskDefinition("web:2").status()).isEqualTo("INACTIVE");
        assertThat(world.ecs.describeTaskDefinition(first.taskDefinitionArn())).isEqualTo(first);
        assertRefused(() -> world.ecs.describeTaskDefinition("nope"), "ClientException",
                "Unable to describe task definition.");
        assertRefused(() -> world.ecs.describeTaskDefinition("web:9"), "ClientException",
                "Unable to describe task definition.");
    }

    @Test
    void deregisteredDefinitionsCannotStartNewWork() {
        register(fargate("256", "512", "awsvpc"));
        world.ecs.deregisterTaskDefinition("web:1");

        assertRefused(() -> world.fargateService("web", "web:1", 1, null), "ClientException",
                "TaskDefinition is inactive");
        assertRefused(() -> world.ecs.runTask(new RunTaskRequest(EcsFixture.CLUSTER, "web:1", 1, "FARGATE", null,
                null, EcsFixture.NETWORK, null, null, null)), "InvalidParameterException",
                "TaskDefinition is inactive");
        assertRefused(() -> world.fargateService("web", "other", 1, null), "ClientException",
                "TaskDefinition not found.");
    }

    @Test
    void listingFiltersByStatusSortsAndPages() {
        register(fargate("256", "512", "awsvpc"));
        register(fargate("256", "512", "awsvpc"));
        register(new RegisterTaskDefinitionRequest("batch", null, null, null, null, null, null,
                List.of(container("app", "nginx", 128, null)), null));
        register(new RegisterTaskDefinitionRequest("old", null, null, null, null, null, null,
                List.of(container("app", "nginx", 128, null)), null));
        world.ecs.deregisterTaskDefinition("web:1");
        world.ecs.deregisterTaskDefinition("old:1");
        String prefix = "arn:aws:ecs:us-east-1:123456789012:task-definition/";

        assertThat(world.ecs.listTaskDefinitions(null, null, null, null, null).items())
                .containsExactly(prefix + "batch:1", prefix + "web:2");
        assertThat(world.ecs.listTaskDefinitions(null, "ALL", "DESC", null, null).items())
                .containsExactly(prefix + "web:2", prefix + "web:1", prefix + "old:1", prefix + "batch:1");
        assertThat(world.ecs.listTaskDefinitions("web", "INACTIVE", null, null, null).items())
                .containsExactly(prefix + "web:1");
        var page = world.ecs.listTaskDefinitions(null, "ALL", null, null, 3);
        assertThat(page.items()).hasSize(3);
        assertThat(world.ecs.listTaskDefinitions(null, "ALL", null, page.nextToken(), 3).items())
                .containsExactly(prefix + "web:2");
        assertThat(world.ecs.listTaskDefinitionFamilies(null, null, null, null).items())
                .containsExactly("batch", "old", "web");
        assertThat(world.ecs.listTaskDefinitionFamilies(null, "ACTIVE", null, null).items())
                .containsExactly("batch", "web");
        assertThat(world.ecs.listTaskDefinitionFamilies(null, "INACTIVE", null, null).items()).containsExactly("old");
        assertThat(world.ecs.listTaskDefinitionFamilies("b", "ALL", null, null).items()).containsExactly("batch");
    }

    private TaskDefinition register(RegisterTaskDefinitionRequest request) {
        return world.ecs.registerTaskDefinition(request);
    }

    private void assertRefusedClient(RegisterTaskDefinitionRequest request, String message) {
        assertRefused(() -> world.ecs.registerTaskDefinition(request), "ClientException", message);
    }

    private static RegisterTaskDefinitionRequest fargate(String cpu, String memory, String networkMode) {
        return new RegisterTaskDefinitionRequest("web", networkMode, List.of("FARGATE"), cpu, memory, null, null,
                List.of(APP), List.of());
    }

    private static RegisterTaskDefinitionRequest ec2(List<ContainerDefinition> containers) {
        return new RegisterTaskDefinitionRequest("web", null, List.of("EC2"), null, null, null, null, containers,
                List.of());
    }

    private static ContainerDefinition container(String name, String image, Integer memory, PortMapping port) {
        return new ContainerDefinition(name, image, null, memory, null, null, port == null ? List.of() : List.of(port),
                List.of(), List.of(), null);
    }
}
