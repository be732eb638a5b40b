package dev.berth.contract;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Described;
import dev.berth.core.model.Failure;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.Page;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.LoadBalancerFixture;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every ECS backend must do, AWS's rules and AWS's error codes and messages: run by {@link SimEcsGatewayTest}
 * against the simulator's own gateway and by {@link AwsEcsGatewayTest} against the AWS SDK gateway talking to the
 * simulator's endpoint. Time moves on the simulator behind either.
 */
abstract class EcsGatewayContract {
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final ContainerDefinition APP = container("app", "nginxdemos/hello", null, null);

    /** The world of the running test, created by its first line. */
    protected EcsFixture world;

    /** The gateway under test over {@code simulator}. */
    protected abstract EcsGateway backend(Simulator simulator);

    private EcsFixture backend(long seed) {
        return new EcsFixture(seed, this::backend);
    }

    /** A cluster with revisions 1 and 2 of the task definition "web". */
    private EcsFixture serviceWorld() {
        EcsFixture services = backend(4).withCluster();
        services.fargateDefinition("web", "nginxdemos/hello");
        services.fargateDefinition("web", "nginxdemos/hello:0.4");
        return services;
    }

    @Test
    void creatingAnActiveClusterAgainReturnsIt() {
        world = backend(1);
        Cluster first = world.ecs.createCluster(CreateClusterRequest.named("prod"));
        Cluster again = world.ecs.createCluster(new CreateClusterRequest("prod", List.of(), List.of(), null,
                List.of()));

        assertThat(again).isEqualTo(first);
        assertThat(first.clusterArn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:cluster/prod");
        assertThat(world.ecs.listClusters(null, null).items()).containsExactly(first.clusterArn());
    }

    @Test
    void unknownClustersAreMissingFailures() {
        world = backend(1);
        world.ecs.createCluster(CreateClusterRequest.named("prod"));

        Described<Cluster> described = world.ecs.describeClusters(List.of("prod", "nope"));

        assertThat(described.items()).extracting(Cluster::clusterName).containsExactly("prod");
        assertThat(described.failures()).containsExactly(
                new Failure("arn:aws:ecs:us-east-1:123456789012:cluster/nope", "MISSING", null));
        assertRefused(() -> world.ecs.describeClusters(Collections.nCopies(101, "prod")), "InvalidParameterException",
                "clusters can have at most 100 items.");
        assertRefused(() -> world.ecs.deleteCluster("nope"), "ClusterNotFoundException", "Cluster not found.");
    }

    @Test
    void listingPagesWithAnOpaqueToken() {
        world = backend(1);
        for (String name : List.of("a", "b", "c")) {
            world.ecs.createCluster(CreateClusterRequest.named(name));
        }

        Page<String> first = world.ecs.listClusters(null, 2);
        Page<String> second = world.ecs.listClusters(first.nextToken(), 2);

        assertThat(first.items()).hasSize(2);
        assertThat(first.nextToken()).isNotBlank().doesNotContain("2");
        assertThat(second.items()).containsExactly("arn:aws:ecs:us-east-1:123456789012:cluster/c");
        assertThat(second.nextToken()).isNull();
        assertRefused(() -> world.ecs.listClusters(null, 0), "InvalidParameterException",
                "maxResults must be between 1 and 100.");
        assertRefused(() -> world.ecs.listClusters(null, 101), "InvalidParameterException",
                "maxResults must be between 1 and 100.");
        assertRefused(() -> world.ecs.listClusters("not-a-token", null), "InvalidParameterException",
                "Invalid nextToken.");
    }

    @Test
    void aClusterWithServicesOrTasksCannotBeDeleted() {
        world = backend(1);
        world.withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateService("web", "web", 0, DeploymentConfiguration.defaults());

        assertRefused(() -> world.ecs.deleteCluster(EcsFixture.CLUSTER), "ClusterContainsServicesException",
                "The Cluster cannot be deleted while Services are active.");

        world.ecs.deleteService(EcsFixture.CLUSTER, "web", false);
        world.ecs.runTask(new RunTaskRequest(EcsFixture.CLUSTER, "web", 1, "FARGATE", List.of(), null,
                EcsFixture.NETWORK, null, null, List.of()));
        world.advance(Duration.ofSeconds(15));
        assertRefused(() -> world.ecs.deleteCluster(EcsFixture.CLUSTER), "ClusterContainsTasksException",
                "The Cluster cannot be deleted while Tasks are active.");
    }

    @Test
    void aDeletedClusterIsInactiveButStillDescribable() {
        world = backend(1);
        world.withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");

        Cluster deleted = world.ecs.deleteCluster(EcsFixture.CLUSTER);

        assertThat(deleted.status()).isEqualTo("INACTIVE");
        assertThat(world.ecs.describeClusters(List.of(EcsFixture.CLUSTER)).items()).singleElement()
                .extracting(Cluster::status).isEqualTo("INACTIVE");
        assertThat(world.ecs.listClusters(null, null).items()).isEmpty();
        assertRefused(() -> world.fargateService("web", "web", 1, null), "ClusterNotFoundException",
                "The referenced cluster was inactive.");
        assertThat(world.ecs.createCluster(CreateClusterRequest.named(EcsFixture.CLUSTER)).status())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aServiceNameCanBeCreatedOnce() {
        world = serviceWorld();
        world.fargateService("web", "web:1", 1, null);

        assertRefused(() -> world.fargateService("web", "web:1", 1, null), "InvalidParameterException",
                "Creation of service was not idempotent.");
        assertRefused(() -> world.ecs.createService(new CreateServiceRequest("nope", "api", "web:1", 1, "FARGATE",
                List.of(), null, EcsFixture.NETWORK, null, null, List.of())), "ClusterNotFoundException",
                "Cluster not found.");
        assertRefused(() -> world.ecs.createService(new CreateServiceRequest(EcsFixture.CLUSTER, "api", "web:1", 1,
                "FARGATE", List.of(), "9.9.9", EcsFixture.NETWORK, null, null, List.of())), "PlatformUnknownException",
                "The specified platform version does not exist.");
        assertThat(world.ecs.listServices(EcsFixture.CLUSTER, null, null).items()).hasSize(1);
    }

    @Test
    void aDesiredCountAloneScalesThePrimaryInPlace() {
        world = serviceWorld();
        Service created = world.fargateService("web", "web:1", 2, null);
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(5));

        Service scaled = world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", 4));
        assertThat(scaled.deployments()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(created.primaryDeployment().id());
            assertThat(d.desiredCount()).isEqualTo(4);
        });
        assertThat(scaled.pendingCount()).isEqualTo(2);

        world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", 1));
        assertThat(world.tasks("web", "RUNNING")).hasSize(1);
        assertThat(world.tasks("web", "STOPPED")).hasSize(3).allSatisfy(t -> {
            assertThat(t.stopCode()).isEqualTo("ServiceSchedulerInitiated");
            assertThat(t.stoppedReason()).isEqualTo("Scaling activity initiated by (deployment "
                    + created.primaryDeployment().id() + ")");
        });
        List<ServiceEvent> events = world.service("web").events();
        assertThat(events.get(1).message()).startsWith("(service web) has stopped 3 running tasks: (task ");
        assertThat(events.get(0).message()).isEqualTo("(service web) has reached a steady state.");
    }

    @Test
    void aNewTaskDefinitionOrAForcedDeploymentStartsADeployment() {
        world = serviceWorld();
        Service created = world.fargateService("web", "web:1", 1, null);
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(5));

        Service updated = world.ecs.updateService(update("web:2", false));
        assertThat(updated.deployments()).extracting(d -> d.status()).containsExactly("PRIMARY", "ACTIVE");
        assertThat(updated.deployments().get(1).id()).isEqualTo(created.primaryDeployment().id());
        assertThat(updated.taskDefinition()).endsWith("web:2");
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(5));

        Service forced = world.ecs.updateService(update(null, true));
        assertThat(forced.deployments()).hasSize(2);
        assertThat(forced.primaryDeployment().taskDefinition()).endsWith("web:2");
        assertThat(world.ecs.updateService(update(null, false)).deployments()).hasSize(2);
    }

    @Test
    void updatedLoadBalancersStartADeploymentWhoseTasksRegisterInTheNewTargetGroup() {
        world = serviceWorld();
        LoadBalancerFixture lb = new LoadBalancerFixture(world.simulator);
        TargetGroup blue = lb.activeTargetGroup("ip");
        TargetGroup green = lb.secondTargetGroup(blue, "tg-web-green", 8080);
        LoadBalancer toGreen = LoadBalancer.targetGroup(green.targetGroupArn(), "app", 80);
        world.fargateService("web", "web:1", 1, null);
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(5));

        assertRefused(() -> world.ecs.updateService(loadBalancers(LoadBalancer.targetGroup(green.targetGroupArn(),
                "web", 80))), "InvalidParameterException", "The container web does not exist in the task definition.");
        Service updated = world.ecs.updateService(loadBalancers(toGreen));

        assertThat(updated.loadBalancers()).containsExactly(toGreen);
        assertThat(updated.deployments()).extracting(d -> d.status()).containsExactly("PRIMARY", "ACTIVE");
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));
        assertThat(world.tasks("web", "RUNNING")).singleElement()
                .satisfies(task -> assertThat(lb.stateOf(green, task)).isEqualTo("healthy"));

        Service without = world.ecs.updateService(loadBalancers());
        assertThat(without.loadBalancers()).isEmpty();
        assertThat(without.deployments()).hasSize(2);
    }

    @Test
    void aServiceRunningTasksCannotBeDeletedUnlessForced() {
        world = serviceWorld();
        world.fargateService("web", "web:1", 2, null);
        world.advance(Duration.ofMinutes(2));

        assertRefused(() -> world.ecs.deleteService(EcsFixture.CLUSTER, "web", false), "InvalidParameterException",
                "The service cannot be stopped while it is scaled above 0.");
        Service draining = world.ecs.deleteService(EcsFixture.CLUSTER, "web", true);

        assertThat(draining.status()).isEqualTo("DRAINING");
        assertThat(draining.desiredCount()).isZero();
        assertThat(world.ecs.listServices(EcsFixture.CLUSTER, null, null).items()).isEmpty();
        assertRefused(() -> world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", 1)),
                "ServiceNotActiveException", "Service was not ACTIVE.");
        world.advance(Duration.ofMinutes(1));
        assertThat(world.service("web").status()).isEqualTo("INACTIVE");
        assertThat(world.tasks("web", "STOPPED")).hasSize(2);
        assertThat(world.fargateService("web", "web:1", 1, null).status()).as("the name is free again")
                .isEqualTo("ACTIVE");
    }

    @Test
    void describeTakesAtMostTenServicesAndReportsUnknownOnesMissing() {
        world = serviceWorld();
        world.fargateService("web", "web:1", 0, null);

        Described<Service> described = world.ecs.describeServices(EcsFixture.CLUSTER, List.of("web", "nope"));

        assertThat(described.items()).extracting(Service::serviceName).containsExactly("web");
        assertThat(described.failures()).containsExactly(new Failure(
                "arn:aws:ecs:us-east-1:123456789012:service/test-cluster/nope", "MISSING", null));
        assertRefused(() -> world.ecs.describeServices(EcsFixture.CLUSTER, Collections.nCopies(11, "web")),
                "InvalidParameterException", "services can have at most 10 items.");
        assertRefused(() -> world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "nope", 1)),
                "ServiceNotFoundException", "Service not found.");
    }

    @Test
    void listServicesPagesByTenByDefault() {
        world = serviceWorld();
        for (int i = 0; i < 12; i++) {
            world.fargateService("svc-" + i, "web:1", 0, null);
        }

        Page<String> first = world.ecs.listServices(EcsFixture.CLUSTER, null, null);
        Page<String> rest = world.ecs.listServices(EcsFixture.CLUSTER, first.nextToken(), null);

        assertThat(first.items()).hasSize(10);
        assertThat(rest.items()).hasSize(2);
        assertThat(rest.nextToken()).isNull();
        assertThat(world.ecs.listServices(EcsFixture.CLUSTER, null, 100).items()).hasSize(12);
    }

    @Test
    void deploymentConfigurationMustKeepTheBoundsPossible() {
        world = serviceWorld();
        assertRefused(() -> world.fargateService("web", "web:1", 1, new DeploymentConfiguration(101, 200, null)),
                "InvalidParameterException", "minimumHealthyPercent must be between 0 and 100.");
        assertRefused(() -> world.fargateService("web", "web:1", 1, new DeploymentConfiguration(50, 90, null)),
                "InvalidParameterException", "maximumPercent must be at least 100.");
        assertRefused(() -> world.fargateService("web", "web:1", -1, null), "InvalidParameterException",
                "desiredCount must be greater than or equal to 0.");
    }

    @Test
    void runTaskChecksItsRequest() {
        world = backend(3).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");

        assertRefused(() -> world.run("web", 11, "FARGATE", List.of(), EcsFixture.NETWORK), "InvalidParameterException",
                "count must be between 1 and 10.");
        assertRefused(() -> world.run("web", 1, "FARGATE", List.of(new CapacityProviderStrategyItem("FARGATE", 1, 0)),
                        EcsFixture.NETWORK), "InvalidParameterException",
                "Specifying both a launch type and capacity provider strategy is not supported. Remove one and try "
                        + "again.");
        assertRefused(() -> world.run("web", 1, "FARGATE", List.of(), null), "InvalidParameterException",
                "Network Configuration must be provided when networkMode 'awsvpc' is specified.");
        assertRefused(() -> world.run("web", 1, "EC2", List.of(), EcsFixture.NETWORK), "InvalidParameterException",
                "No Container Instances were found in your cluster.");
        assertRefused(() -> world.run("nope", 1, "FARGATE", List.of(), EcsFixture.NETWORK), "ClientException",
                "TaskDefinition not found.");
        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, null)).items())
                .as("refused requests start nothing").isEmpty();
    }

    @Test
    void stopTaskNeedsAKnownTask() {
        world = backend(3).withCluster();
        assertRefused(() -> world.ecs.stopTask(EcsFixture.CLUSTER, "0123456789abcdef0123456789abcdef", null),
                "InvalidParameterException", "The referenced task was not found.");
        assertRefused(() -> world.ecs.stopTask("nope", "0123456789abcdef0123456789abcdef", null),
                "ClusterNotFoundException", "Cluster not found.");
    }

    @Test
    void listTasksDefaultsToRunningAndPendingMatchesNothing() {
        world = backend(3).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        List<Task> tasks = world.run("web", 3, "FARGATE", List.of(), EcsFixture.NETWORK).tasks();
        world.ecs.stopTask(EcsFixture.CLUSTER, tasks.get(0).taskArn(), null);

        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, null)).items())
                .containsExactly(tasks.get(1).taskArn(), tasks.get(2).taskArn());
        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, "STOPPED")).items())
                .containsExactly(tasks.get(0).taskArn());
        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, "PENDING")).items()).isEmpty();
        assertRefused(() -> world.ecs.listTasks(new ListTasksRequest(EcsFixture.CLUSTER, null, null, null, null, null,
                null, 101)), "InvalidParameterException", "maxResults must be between 1 and 100.");
        assertRefused(() -> world.ecs.listTasks(new ListTasksRequest(EcsFixture.CLUSTER, "nope", null, null, null,
                null, null, null)), "ServiceNotFoundException", "Service not found.");
    }

    @Test
    void describeTasksReportsUnknownTasksMissing() {
        world = backend(3).withCluster();
        assertThat(world.ecs.describeTasks(EcsFixture.CLUSTER, List.of("0123456789abcdef0123456789abcdef"))
                .failures()).containsExactly(new Failure("arn:aws:ecs:us-east-1:123456789012:task/test-cluster/"
                + "0123456789abcdef0123456789abcdef", "MISSING", null));
        assertRefused(() -> world.ecs.describeTasks(EcsFixture.CLUSTER, Collections.nCopies(101, "x")),
                "InvalidParameterException", "tasks can have at most 100 items.");
    }

    @Test
    void registeringNormalisesSizesAndRecordsWhoAndWhen() {
        world = backend(2).withCluster();
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
        world = backend(2).withCluster();
        assertThat(register(fargate(cpu, memory, "awsvpc")).cpu()).isEqualTo(cpu);
    }

    @Test
    void fargateRefusesWhatItCannotRun() {
        world = backend(2).withCluster();
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
        world = backend(2).withCluster();
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
        world = backend(2).withCluster();
        assertRefusedClient(ec2(List.of(APP)), "Invalid setting for container 'app'. At least one of 'memory' or "
                + "'memoryReservation' must be specified.");
        TaskDefinition bridge = register(ec2(List.of(container("app", "nginx", 128, new PortMapping(80, null, null)))));
        assertThat(bridge.networkMode()).isEqualTo("bridge");
        assertThat(bridge.compatibilities()).containsExactly("EC2");
        assertThat(bridge.containerDefinitions().get(0).portMappings()).containsExactly(new PortMapping(80, 0, "tcp"));
    }

    @Test
    void awsvpcHostPortsMustMatchContainerPorts() {
        world = backend(2).withCluster();
        assertRefusedClient(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of(), null, null, null, null,
                        List.of(container("app", "nginx", 128, new PortMapping(80, 8080, "tcp"))), List.of()),
                "When networkMode=awsvpc, the host ports and container ports in port mappings must match.");
    }

    @Test
    void revisionsAreNeverReused() {
        world = backend(2).withCluster();
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
        world = backend(2).withCluster();
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
        world = backend(2).withCluster();
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
        world = backend(2).withCluster();
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

    private static UpdateServiceRequest update(String taskDefinition, boolean force) {
        return new UpdateServiceRequest(EcsFixture.CLUSTER, "web", taskDefinition, null, null, null, null, null, null,
                force);
    }

    private static UpdateServiceRequest loadBalancers(LoadBalancer... loadBalancers) {
        return new UpdateServiceRequest(EcsFixture.CLUSTER, "web", null, null, null, null, null, null, null, false,
                List.of(loadBalancers));
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
