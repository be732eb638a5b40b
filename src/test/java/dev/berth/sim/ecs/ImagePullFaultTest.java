package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Fault;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.rollout.DeploymentBounds;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImagePullFaultTest {
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final String NOT_FOUND = "CannotPullContainerError: pull image manifest has been retried 7 "
            + "time(s): failed to resolve ref docker.io/nginxdemos/hello:0.4: not found";

    @Test
    void aTagThatCannotBePulledTripsTheBreakerAndRollsBackWithAwsEventsInAwsOrder() {
        EcsFixture world = steadyService(new DeploymentCircuitBreaker(true, true));
        String good = world.service("web").primaryDeployment().id();
        List<ServiceEvent> before = world.service("web").events();

        String bad = deployWithFault(world, FaultKind.IMAGE_PULL_TAG_NOT_FOUND);
        world.advanceUntil(w -> w.steady("web") && !w.service("web").primaryDeployment().id().equals(bad), STEP,
                Duration.ofMinutes(15));

        int threshold = DeploymentBounds.circuitBreakerThreshold(2);
        List<Task> badTasks = world.tasks("web", "STOPPED").stream().filter(t -> bad.equals(t.startedBy())).toList();
        assertThat(badTasks).filteredOn(t -> "TaskFailedToStart".equals(t.stopCode()))
                .hasSizeGreaterThanOrEqualTo(threshold).allSatisfy(t -> {
                    assertThat(t.lastStatus()).isEqualTo("STOPPED");
                    assertThat(t.stoppedReason()).isEqualTo(NOT_FOUND);
                    assertThat(t.pullStartedAt()).isNotNull();
                    assertThat(t.startedAt()).isNull();
                });
        assertThat(badTasks).as("still pulling when the rollback began: stopped by the scheduler")
                .filteredOn(t -> !"TaskFailedToStart".equals(t.stopCode()))
                .allSatisfy(t -> assertThat(t.stoppedReason()).isEqualTo("Scaling activity initiated by "
                        + "(deployment " + bad + ")"));
        List<ServiceEvent> events = oldestFirstSince(world.service("web"), before);
        List<String> messages = events.stream().map(e -> e.message().replaceAll("[0-9a-f]{32}", "ID")).toList();
        String unableToPlace = "(service web) was unable to place a task. Reason: " + NOT_FOUND + ".";
        int failedAt = messages.indexOf("(service web) (deployment " + bad + ") deployment failed: tasks failed "
                + "to start.");
        assertThat(messages.get(0)).isEqualTo("(service web) has started 2 tasks: (task ID) (task ID).");
        assertThat(messages.subList(0, failedAt)).as("before the breaker trips")
                .allMatch(m -> m.equals(unableToPlace) || m.matches("\\(service web\\) has started \\d tasks: .*"))
                .filteredOn(unableToPlace::equals).hasSize(threshold);
        assertThat(messages.get(failedAt + 1)).isEqualTo("(service web) rolling back to deployment " + good + ".");
        assertThat(events.get(failedAt + 1).createdAt()).isEqualTo(events.get(failedAt).createdAt());
        List<String> afterRollback = messages.subList(failedAt + 2, messages.size());
        assertThat(afterRollback.subList(0, afterRollback.size() - 2)).as("the rollback replaces the tasks")
                .isNotEmpty().allMatch(m -> m.matches("\\(service web\\) has (started|stopped) \\d .*")
                        || m.equals(unableToPlace));
        assertThat(afterRollback.subList(afterRollback.size() - 2, afterRollback.size())).containsExactly(
                "(service web) (deployment " + world.service("web").primaryDeployment().id()
                        + ") deployment completed.",
                "(service web) has reached a steady state.");
        assertThat(world.service("web").taskDefinition()).endsWith("web:1");
    }

    @Test
    void anExecutionRoleWithoutEcrPermissionFailsTheTaskWithAwsResourceInitializationError() {
        EcsFixture world = new EcsFixture(21).withCluster();
        world.simulator.iam().createRole(CreateRoleRequest.forService("webExecutionRole", "ecs-tasks.amazonaws.com",
                null));
        ContainerDefinition container = new ContainerDefinition("app", "nginxdemos/hello", null, null, null, true,
                List.of(new PortMapping(80, null, "tcp")), List.of(), List.of(), null);
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"), "256",
                "512", "arn:aws:iam::123456789012:role/webExecutionRole", null, List.of(container), List.of()));
        Fault fault = world.faults.injectFault(new InjectFaultRequest(FaultKind.IMAGE_PULL_ACCESS_DENIED,
                FaultScope.cluster(EcsFixture.CLUSTER), 1));
        assertThat(world.faults.listFaults()).containsExactly(fault);

        world.fargateService("web", "web:1", 1, DeploymentConfiguration.defaults());
        world.advanceUntil(w -> !w.tasks("web", "STOPPED").isEmpty()
                && "STOPPED".equals(w.tasks("web", "STOPPED").get(0).lastStatus()), STEP, Duration.ofMinutes(3));

        Task failed = world.tasks("web", "STOPPED").get(0);
        assertThat(failed.stopCode()).isEqualTo("TaskFailedToStart");
        assertThat(failed.stoppedReason()).matches("ResourceInitializationError: unable to pull secrets or registry "
                + "auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has "
                + "been retried 1 time\\(s\\): operation error ECR: GetAuthorizationToken, https response error "
                + "StatusCode: 400, RequestID: [0-9a-f-]{36}, api error AccessDeniedException: User: "
                + "arn:aws:sts::123456789012:assumed-role/webExecutionRole/" + failed.taskId() + " is not "
                + "authorized to perform: ecr:GetAuthorizationToken on resource: \\* because no identity-based "
                + "policy allows the ecr:GetAuthorizationToken action");
        assertThat(failed.containers().get(0).reason()).isEqualTo(failed.stoppedReason());
        assertThat(world.faults.listFaults()).as("its one occurrence is used up").isEmpty();

        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(5));
        assertThat(world.service("web").primaryDeployment().failedTasks()).isZero();
    }

    @Test
    void aFaultLimitedToOneRevisionLeavesTheOthersAlone() {
        EcsFixture world = steadyService(new DeploymentCircuitBreaker(false, false));
        world.faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.IMAGE_PULL_TAG_NOT_FOUND,
                FaultScope.service(EcsFixture.CLUSTER, "web").withTaskDefinition("web:2")));

        world.ecs.stopTask(EcsFixture.CLUSTER, world.tasks("web", "RUNNING").get(0).taskArn(), null);
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(5));

        assertThat(world.tasks("web", "STOPPED")).singleElement()
                .satisfies(t -> assertThat(t.stopCode()).isEqualTo("UserInitiated"));
        assertThat(world.faults.listFaults()).singleElement().satisfies(f -> {
            assertThat(f.occurred()).isZero();
            assertThat(f.scope()).isEqualTo(new FaultScope(EcsFixture.CLUSTER, "web", "web:2", null));
        });
    }

    @Test
    void aClearedFaultStrikesNoMore() {
        EcsFixture world = steadyService(new DeploymentCircuitBreaker(false, false));
        Fault fault = world.faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.IMAGE_PULL_TAG_NOT_FOUND,
                FaultScope.cluster(EcsFixture.CLUSTER)));
        world.ecs.updateService(update("web:2"));
        world.advance(Duration.ofMinutes(2));
        Deployment failing = world.service("web").primaryDeployment();
        assertThat(failing.failedTasks()).isPositive();

        Fault cleared = world.faults.clearFault(fault.id());
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(20));

        assertThat(cleared.active()).isFalse();
        assertThat(cleared.occurred()).isEqualTo(failing.failedTasks());
        assertThat(world.faults.listFaults()).isEmpty();
        assertThat(world.service("web").taskDefinition()).endsWith("web:2");
    }

    @Test
    void faultsAreRefusedWithEcsErrors() {
        EcsFixture world = steadyService(new DeploymentCircuitBreaker(false, false));
        EcsFixture.assertRefused(() -> world.faults.injectFault(InjectFaultRequest.untilCleared(
                FaultKind.IMAGE_PULL_TAG_NOT_FOUND, FaultScope.cluster("nowhere"))),
                "ClusterNotFoundException", "Cluster not found.");
        EcsFixture.assertRefused(() -> world.faults.injectFault(InjectFaultRequest.untilCleared(
                FaultKind.IMAGE_PULL_TAG_NOT_FOUND, FaultScope.service(EcsFixture.CLUSTER, "api"))),
                "ServiceNotFoundException", "Service not found.");
        EcsFixture.assertRefused(() -> world.faults.injectFault(new InjectFaultRequest(
                FaultKind.IMAGE_PULL_TAG_NOT_FOUND, FaultScope.cluster(EcsFixture.CLUSTER), 0)),
                "InvalidParameterException", "occurrences must be at least 1.");
        EcsFixture.assertRefused(() -> world.faults.injectFault(InjectFaultRequest.untilCleared(
                FaultKind.CONTAINER_HEALTH_CHECK_FAILS, FaultScope.service(EcsFixture.CLUSTER, "web"))),
                "InvalidParameterException", "Task definition web:1 has no container health check, so there is "
                        + "no health check to fail.");
        EcsFixture.assertRefused(() -> world.faults.injectFault(InjectFaultRequest.untilCleared(
                FaultKind.INSTANCE_TERMINATED, FaultScope.cluster(EcsFixture.CLUSTER))),
                "InvalidParameterException", "No ACTIVE container instance with a connected agent runs in the "
                        + "cluster.");
        EcsFixture.assertRefused(() -> world.faults.clearFault("fault-9"),
                "InvalidParameterException", "The referenced fault was not found.");
        assertThat(world.faults.listFaults()).isEmpty();
    }

    static EcsFixture steadyService(DeploymentCircuitBreaker breaker) {
        EcsFixture world = new EcsFixture(31).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", "nginxdemos/hello:0.4");
        world.fargateService("web", "web:1", 2, new DeploymentConfiguration(100, 200, breaker));
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));
        return world;
    }

    /** Arms {@code kind} for every task of {@code web:2} until cleared, then deploys it; the new deployment's id. */
    static String deployWithFault(EcsFixture world, FaultKind kind) {
        world.faults.injectFault(InjectFaultRequest.untilCleared(kind,
                FaultScope.service(EcsFixture.CLUSTER, "web").withTaskDefinition("web:2")));
        world.ecs.updateService(update("web:2"));
        return world.service("web").primaryDeployment().id();
    }

    static UpdateServiceRequest update(String taskDefinition) {
        return new UpdateServiceRequest(EcsFixture.CLUSTER, "web", taskDefinition, null, null, null, null, null, null,
                false);
    }

    /** The service's events that are not in {@code before}, oldest first. */
    static List<ServiceEvent> oldestFirstSince(Service service, List<ServiceEvent> before) {
        List<ServiceEvent> events = new ArrayList<>(service.events());
        events.removeAll(before);
        Collections.reverse(events);
        return events;
    }
}
