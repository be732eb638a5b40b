package dev.berth.sim.ecs;

import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Described;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.Failure;
import dev.berth.core.model.Page;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceRulesTest {
    private static final Duration STEP = Duration.ofSeconds(5);

    private final EcsFixture world = new EcsFixture(4).withCluster();

    ServiceRulesTest() {
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", "nginxdemos/hello:0.4");
    }

    @Test
    void aNewServiceStartsItsTasksAtOnceAndReachesASteadyState() {
        Service created = world.fargateService("web", "web:1", 2, null);

        assertThat(created.status()).isEqualTo("ACTIVE");
        assertThat(created.pendingCount()).isEqualTo(2);
        assertThat(created.platformVersion()).isEqualTo("LATEST");
        assertThat(created.deploymentConfiguration()).isEqualTo(DeploymentConfiguration.defaults());
        assertThat(created.primaryDeployment().rolloutStateReason())
                .isEqualTo("ECS deployment " + created.primaryDeployment().id() + " in progress.");
        assertThat(created.primaryDeployment().id()).matches("ecs-svc/[1-9][0-9]{18}");
        assertThat(created.events().get(0).message()).matches("\\(service web\\) has started 2 tasks: "
                + "\\(task [0-9a-f]{32}\\) \\(task [0-9a-f]{32}\\)\\.");
        List<Task> tasks = world.tasks("web", "RUNNING");
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.group()).isEqualTo("service:web");
            assertThat(t.startedBy()).isEqualTo(created.primaryDeployment().id());
        });
        assertThat(tasks).extracting(Task::availabilityZone).as("spread over zones").doesNotHaveDuplicates();

        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(5));
        Service steady = world.service("web");
        ServiceEvent latest = steady.events().get(0);
        ServiceEvent completed = steady.events().get(1);
        assertThat(latest.message()).isEqualTo("(service web) has reached a steady state.");
        assertThat(completed.message()).isEqualTo("(service web) (deployment " + created.primaryDeployment().id()
                + ") deployment completed.");
        assertThat(completed.createdAt()).isEqualTo(latest.createdAt());
        assertThat(steady.primaryDeployment().rolloutStateReason())
                .isEqualTo("ECS deployment " + created.primaryDeployment().id() + " completed.");
    }

    @Test
    void aSteadyStateIsReportedAgainOnlyAfterSixHours() {
        world.fargateService("web", "web:1", 1, null);
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(5));

        world.advance(Duration.ofHours(5).plusMinutes(50));
        assertThat(steadyStates()).isEqualTo(1);
        world.advance(Duration.ofMinutes(15));
        assertThat(steadyStates()).isEqualTo(2);
    }

    /** Old tasks that are still draining are progress, not a blocked configuration. */
    @Test
    void aDeploymentWaitingForOldTasksToStopIsNotReportedAsBlocked() {
        EcsFixture seeded = new EcsFixture(1).withCluster();
        seeded.fargateDefinition("web", "nginxdemos/hello");
        seeded.fargateDefinition("web", "nginxdemos/hello:0.4");
        seeded.fargateService("web", "web:1", 1, DeploymentConfiguration.defaults());
        seeded.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));

        seeded.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", "web:2", 4, null, null, null,
                null, null, false));
        seeded.advanceUntil(w -> w.steady("web"), Duration.ofSeconds(15), Duration.ofMinutes(15));

        assertThat(seeded.service("web").events()).extracting(ServiceEvent::message)
                .anyMatch(message -> message.startsWith("(service web) has stopped 1 running tasks"))
                .noneMatch(message -> message.contains("was unable to stop or start tasks"));
    }

    @Test
    void ec2ServicesReportWhyTheyCannotPlaceTasks() {
        world.ecs.createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("t2.micro", 0, 2, 2), List.of()));
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("api", null, null, null, null, null, null,
                List.of(new ContainerDefinition("app", "nginx", 256, 600, null, true,
                        List.of(new PortMapping(80, 0, "tcp")), List.of(), List.of(), null)), List.of()));

        world.ecs.createService(new CreateServiceRequest("ec2", "api", "api", 3, "EC2", List.of(), null, null, null,
                null, List.of()));
        assertThat(events("ec2", "api").get(0)).isEqualTo("(service api) was unable to place a task because no "
                + "container instance met all of its requirements. Reason: No Container Instances were found in "
                + "your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer "
                + "Guide.");

        world.advance(Duration.ofMinutes(4));
        Service api = world.ecs.describeServices("ec2", List.of("api")).items().get(0);
        assertThat(api.runningCount() + api.pendingCount()).isEqualTo(2);
        assertThat(events("ec2", "api")).anySatisfy(e -> assertThat(e).matches("\\(service api\\) was unable to "
                + "place a task because no container instance met all of its requirements\\. The closest matching "
                + "\\(container-instance [0-9a-f]{32}\\) has insufficient memory available\\. For more information, "
                + "see the Troubleshooting section of the Amazon ECS Developer Guide\\."));
        Map<String, Long> perZone = world.ecs.describeTasks("ec2", world.ecs.listTasks(
                        dev.berth.core.model.ListTasksRequest.of("ec2", null)).items()).items().stream()
                .collect(Collectors.groupingBy(Task::availabilityZone, Collectors.counting()));
        assertThat(perZone.values()).containsOnly(1L);
    }

    @Test
    void aCapacityProviderStrategyFillsTheBaseThenFollowsTheWeights() {
        List<CapacityProviderStrategyItem> strategy = List.of(new CapacityProviderStrategyItem("FARGATE", 1, 1),
                new CapacityProviderStrategyItem("FARGATE_SPOT", 3, 0));
        Service created = world.ecs.createService(new CreateServiceRequest(EcsFixture.CLUSTER, "web", "web:1", 5,
                null, strategy, null, EcsFixture.NETWORK, null, null, List.of()));

        assertThat(created.launchType()).isNull();
        assertThat(created.capacityProviderStrategy()).isEqualTo(strategy);
        Map<String, Long> perProvider = world.tasks("web", "RUNNING").stream()
                .collect(Collectors.groupingBy(Task::capacityProviderName, Collectors.counting()));
        assertThat(perProvider).containsEntry("FARGATE", 2L).containsEntry("FARGATE_SPOT", 3L);

        Service moved = world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", null, null, null,
                null, List.of(new CapacityProviderStrategyItem("FARGATE", 1, 0)), null, null, false));
        assertThat(moved.deployments()).as("a new strategy is a new deployment").hasSize(2);
        assertRefused(() -> world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", null, null,
                        null, null, List.of(new CapacityProviderStrategyItem("mine", 1, 0)), null, null, false)),
                "InvalidParameterException", "The specified capacity provider strategy cannot contain a capacity "
                        + "provider that is not associated with the cluster. Associate the capacity provider with the "
                        + "cluster or specify a valid capacity provider and try again.");
    }

    @Test
    void aServiceKeepsAtMostAHundredEvents() {
        world.fargateService("web", "web:1", 1, null);
        for (int i = 0; i < 120; i++) {
            world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", i % 2 == 0 ? 2 : 1));
        }
        assertThat(world.service("web").events()).hasSize(100);
    }

    private long steadyStates() {
        return world.service("web").events().stream()
                .filter(e -> e.message().equals("(service web) has reached a steady state.")).count();
    }

    private List<String> events(String cluster, String service) {
        return world.ecs.describeServices(cluster, List.of(service)).items().get(0).events().stream()
                .map(ServiceEvent::message).toList();
    }
}

