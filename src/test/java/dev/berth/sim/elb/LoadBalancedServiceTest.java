package dev.berth.sim.elb;

import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.model.Task;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.LoadBalancerFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ECS services behind an Application Load Balancer, against AWS's rules (AWS-BEHAVIOUR.md §2.4, §2.5). */
class LoadBalancedServiceTest {
    private final LoadBalancerFixture lb = new LoadBalancerFixture(21);
    private final EcsFixture world = lb.world;

    @Test
    void aNewTargetIsHealthyAfterItsFirstPassingCheckAndOnlyThenDoesTheServiceReachSteadyState() {
        TargetGroup group = lb.activeTargetGroup("ip");
        world.fargateDefinition("web", "nginx:1.27");
        lb.fargateService("web", "web", 1, group, null);

        world.advanceUntil(w -> w.tasks("web", "RUNNING").stream().anyMatch(t -> "ACTIVATING".equals(t.lastStatus())),
                Duration.ofSeconds(1), Duration.ofMinutes(2));
        Instant registered = world.simulator.now();
        Task task = world.tasks("web", "RUNNING").get(0);
        assertThat(lb.stateOf(group, task)).isEqualTo("initial");
        assertThat(lb.targetOf(group, task).orElseThrow().targetHealth().reason())
                .isEqualTo("Elb.RegistrationInProgress");
        assertThat(world.service("web").events().get(0).message())
                .isEqualTo("(service web) registered 1 targets in (target-group " + group.targetGroupArn() + ")");

        world.advanceUntil(w -> "RUNNING".equals(w.tasks("web", "RUNNING").get(0).lastStatus()),
                Duration.ofSeconds(1), Duration.ofMinutes(1));
        world.advance(Duration.ofSeconds(1));
        assertThat(lb.stateOf(group, task)).isEqualTo("initial");
        assertThat(world.steady("web")).isFalse();

        world.advanceUntil(w -> "healthy".equals(lb.stateOf(group, task)), Duration.ofSeconds(1),
                Duration.ofMinutes(3));
        // One passing check, not HealthyThresholdCount (5) × interval (30 s): registration 5–15 s, then a check
        // within the first interval.
        assertThat(Duration.between(registered, world.simulator.now())).isLessThanOrEqualTo(Duration.ofSeconds(46));
        assertThat(lb.targetOf(group, task).orElseThrow().targetHealth().reason()).isNull();

        world.advanceUntil(w -> w.steady("web"), Duration.ofSeconds(5), Duration.ofMinutes(1));
    }

    @Test
    void failingHealthChecksMakeTheTargetUnhealthyAndTheTaskIsReplacedInAwsWords() {
        TargetGroup group = lb.activeTargetGroup("ip");
        world.fargateDefinition("web", "nginx:1.27");
        world.faults.injectFault(new InjectFaultRequest(FaultKind.CONTAINER_HEALTH_CHECK_FAILS,
                FaultScope.cluster(EcsFixture.CLUSTER), 1));
        lb.fargateService("web", "web", 1, group, null);

        world.advanceUntil(w -> !w.tasks("web", "STOPPED").isEmpty(), Duration.ofSeconds(5), Duration.ofMinutes(5));
        Task failed = world.tasks("web", "STOPPED").get(0);
        String where = "(target-group " + group.targetGroupArn() + ")";
        assertThat(failed.stopCode()).isEqualTo("ServiceSchedulerInitiated");
        assertThat(failed.stoppedReason()).isEqualTo("Task failed ELB health checks in " + where);
        List<String> messages = world.service("web").events().stream().map(ServiceEvent::message).toList();
        assertThat(messages).contains(
                "(service web) (task " + failed.taskId() + ") (port 80) is unhealthy in " + where
                        + " due to (reason Health checks failed with these codes: [500]).",
                "(service web) (task " + failed.taskId() + ") failed ELB health checks in " + where + ".",
                "(service web) has stopped 1 running tasks: (task " + failed.taskId() + ").");
        assertThat(messages.indexOf("(service web) (task " + failed.taskId() + ") failed ELB health checks in "
                + where + ".")).isGreaterThan(messages.indexOf("(service web) has stopped 1 running tasks: (task "
                + failed.taskId() + ")."));

        world.advanceUntil(w -> w.steady("web"), Duration.ofSeconds(5), Duration.ofMinutes(10));
        assertThat(world.service("web").events().stream().map(ServiceEvent::message))
                .anyMatch(m -> m.endsWith("Amazon ECS replaced 1 tasks due to an unhealthy status."));
        assertThat(world.service("web").deployments().get(0).failedTasks()).isZero();
    }

    @Test
    void theTargetTurnsUnhealthyAfterTheUnhealthyThresholdOfFailedChecks() {
        TargetGroup group = lb.activeTargetGroup(new CreateTargetGroupRequest("tg-web", "HTTP", 80, null, "ip",
                null, null, null, "/", 10, 5, 3, 4, null));
        world.fargateDefinition("web", "nginx:1.27");
        world.faults.injectFault(new InjectFaultRequest(FaultKind.CONTAINER_HEALTH_CHECK_FAILS,
                FaultScope.cluster(EcsFixture.CLUSTER), 1));
        lb.fargateService("web", "web", 1, group, 3600);
        world.advanceUntil(w -> "initial".equals(lb.stateOf(group, w.tasks("web", "RUNNING").get(0)))
                && "Elb.InitialHealthChecking".equals(lb.targets(group).get(0).targetHealth().reason()),
                Duration.ofSeconds(1), Duration.ofMinutes(3));
        Instant checking = world.simulator.now();
        Task task = world.tasks("web", "RUNNING").get(0);

        world.advanceUntil(w -> "unhealthy".equals(lb.stateOf(group, task)), Duration.ofSeconds(1),
                Duration.ofMinutes(2));
        // The first check within one interval (10 s), then three more: 4 consecutive failures.
        Duration taken = Duration.between(checking, world.simulator.now());
        assertThat(taken).isGreaterThan(Duration.ofSeconds(30)).isLessThanOrEqualTo(Duration.ofSeconds(41));
        assertThat(lb.targetOf(group, task).orElseThrow().targetHealth().reason())
                .isEqualTo("Target.ResponseCodeMismatch");

        // The grace period (3600 s) keeps the unhealthy task until it ends.
        world.advance(Duration.ofMinutes(30));
        assertThat(world.tasks("web", "RUNNING")).extracting(Task::taskArn).containsExactly(task.taskArn());
        world.advance(Duration.ofMinutes(31));
        assertThat(world.tasks("web", "STOPPED")).extracting(Task::taskArn).contains(task.taskArn());
    }

    @Test
    void scaleInDeregistersFirstAndTheTaskStopsAfterTheDeregistrationDelay() {
        TargetGroup group = lb.activeTargetGroup("ip");
        steadyWebBehind(group, 2);

        world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", 1));
        Instant scaledIn = world.simulator.now();
        Task leaving = world.tasks("web", "STOPPED").get(0);
        List<String> newest = world.service("web").events().stream().limit(3).map(ServiceEvent::message).toList();
        String deployment = world.service("web").deployments().get(0).id();
        assertThat(newest).containsExactly(
                "(service web, taskSet " + deployment + ") has begun draining connections on 1 tasks.",
                "(service web) deregistered 1 targets in (target-group " + group.targetGroupArn() + ")",
                "(service web) has stopped 1 running tasks: (task " + leaving.taskId() + ").");
        assertThat(lb.targetOf(group, leaving).orElseThrow().targetHealth())
                .satisfies(h -> {
                    assertThat(h.state()).isEqualTo("draining");
                    assertThat(h.reason()).isEqualTo("Target.DeregistrationInProgress");
                });

        world.advance(Duration.ofSeconds(295));
        assertThat(world.tasks("web", "STOPPED").get(0).lastStatus()).isEqualTo("DEACTIVATING");
        world.advanceUntil(w -> "STOPPING".equals(w.tasks("web", "STOPPED").get(0).lastStatus())
                        || w.tasks("web", "STOPPED").isEmpty(), Duration.ofSeconds(1), Duration.ofSeconds(20));
        assertThat(Duration.between(scaledIn, world.simulator.now()))
                .isBetween(Duration.ofSeconds(300), Duration.ofSeconds(303));
        assertThat(lb.targetOf(group, leaving)).isEmpty();
        assertThat(lb.targets(group)).singleElement().satisfies(t -> assertThat(t.targetHealth().state())
                .isEqualTo("healthy"));
    }

    @Test
    void aShorterDeregistrationDelayDrainsSooner() {
        TargetGroup group = lb.activeTargetGroup("ip");
        List<TargetGroupAttribute> attributes = lb.elb.modifyTargetGroupAttributes(group.targetGroupArn(),
                List.of(new TargetGroupAttribute(ElbGateway.DEREGISTRATION_DELAY, "30")));
        assertThat(attributes).contains(new TargetGroupAttribute(ElbGateway.DEREGISTRATION_DELAY, "30"));
        world.fargateDefinition("web", "nginx:1.27");
        lb.fargateService("web", "web", 1, group, null);
        world.advanceUntil(w -> w.steady("web"), Duration.ofSeconds(5), Duration.ofMinutes(5));

        world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", 0));
        world.advance(Duration.ofSeconds(25));
        assertThat(world.tasks("web", "STOPPED").get(0).lastStatus()).isEqualTo("DEACTIVATING");
        world.advance(Duration.ofSeconds(10));
        assertThat(world.tasks("web", "STOPPED").get(0).lastStatus()).isIn("STOPPING", "DEPROVISIONING");
    }

    @Test
    void aRollingUpdateBehindATargetGroupStopsOldTasksOnlyOnceNewTargetsAreHealthy() {
        TargetGroup group = lb.activeTargetGroup("ip");
        world.fargateDefinition("web", "nginx:1.27");
        lb.fargateService("web", "web", 2, group, null);
        world.advanceUntil(w -> w.steady("web"), Duration.ofSeconds(5), Duration.ofMinutes(5));
        List<String> oldTasks = world.tasks("web", "RUNNING").stream().map(Task::taskArn).toList();
        world.fargateDefinition("web", "nginx:1.28");

        world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", "web", null, null, null, null,
                null, null, false));
        boolean sawOldServingWhileNewWereStarting = false;
        while (!world.steady("web")) {
            world.advance(Duration.ofSeconds(2));
            List<Task> wanted = world.tasks("web", "RUNNING");
            long healthy = wanted.stream().filter(t -> "healthy".equals(lb.stateOf(group, t))).count();
            assertThat(healthy).as("healthy targets of tasks the service keeps, minimum healthy 100 %")
                    .isGreaterThanOrEqualTo(2);
            boolean newNotYetHealthy = wanted.stream().anyMatch(t -> !oldTasks.contains(t.taskArn())
                    && "RUNNING".equals(t.lastStatus()) && !"healthy".equals(lb.stateOf(group, t)));
            sawOldServingWhileNewWereStarting |= newNotYetHealthy
                    && wanted.stream().filter(t -> oldTasks.contains(t.taskArn())).count() == 2;
            assertThat(world.simulator.now()).isBefore(EcsFixture.START.plus(Duration.ofMinutes(30)));
        }
        assertThat(sawOldServingWhileNewWereStarting).isTrue();
        Service service = world.service("web");
        assertThat(service.deployments()).singleElement()
                .satisfies(d -> assertThat(d.rolloutState()).isEqualTo("COMPLETED"));
    }

    @Test
    void updatingTheLoadBalancersRegistersTheNewDeploymentsTasksInTheNewTargetGroupAndDrainsTheOldOnes() {
        TargetGroup blue = lb.activeTargetGroup("ip");
        TargetGroup green = lb.secondTargetGroup(blue, "tg-web-green", 8080);
        steadyWebBehind(blue, 2);
        List<Task> oldTasks = world.tasks("web", "RUNNING");

        Service updated = world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", null, null,
                null, null, null, null, null, false, List.of(LoadBalancer.targetGroup(green.targetGroupArn(), "app",
                80))));

        assertThat(updated.loadBalancers()).containsExactly(LoadBalancer.targetGroup(green.targetGroupArn(), "app",
                80));
        assertThat(updated.deployments()).hasSize(2);
        world.advanceUntil(w -> w.steady("web"), Duration.ofSeconds(5), Duration.ofMinutes(10));
        List<Task> newTasks = world.tasks("web", "RUNNING");
        assertThat(newTasks).hasSize(2).noneMatch(oldTasks::contains)
                .allSatisfy(task -> {
                    assertThat(lb.stateOf(green, task)).isEqualTo("healthy");
                    assertThat(lb.stateOf(blue, task)).isEqualTo("none");
                });
        assertThat(oldTasks).allSatisfy(task -> assertThat(lb.stateOf(blue, task)).isIn("draining", "none"));
        assertThat(world.service("web").events()).extracting(ServiceEvent::message)
                .contains("(service web) registered 1 targets in (target-group " + green.targetGroupArn() + ")")
                .anyMatch(m -> m.startsWith("(service web) deregistered ")
                        && m.endsWith(" targets in (target-group " + blue.targetGroupArn() + ")"));

        world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", null, null, null, null, null,
                null, null, false, List.of()));
        world.advanceUntil(w -> w.steady("web"), Duration.ofSeconds(5), Duration.ofMinutes(10));
        assertThat(world.service("web").loadBalancers()).isEmpty();
        assertThat(world.tasks("web", "RUNNING")).hasSize(2)
                .allSatisfy(task -> assertThat(lb.stateOf(green, task)).isEqualTo("none"));
    }

    @Test
    void updatedLoadBalancersAreCheckedAgainstTheTaskDefinitionAndTheSameOnesStartNoDeployment() {
        TargetGroup blue = lb.activeTargetGroup("ip");
        steadyWebBehind(blue, 1);

        EcsFixture.assertRefused(() -> world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web",
                        null, null, null, null, null, null, null, false,
                        List.of(LoadBalancer.targetGroup(blue.targetGroupArn(), "web", 80)))),
                "InvalidParameterException", "The container web does not exist in the task definition.");
        EcsFixture.assertRefused(() -> world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web",
                        null, null, null, null, null, null, null, false,
                        List.of(LoadBalancer.targetGroup(blue.targetGroupArn(), "app", 8080)))),
                "InvalidParameterException", "The container app did not have a container port 8080 defined.");
        Service same = world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", null, null,
                null, null, null, null, null, false, List.of(LoadBalancer.targetGroup(blue.targetGroupArn(), "app",
                80))));
        assertThat(same.deployments()).hasSize(1);
    }

    /** The service "web" of {@code count} tasks behind {@code group}, once steady. */
    private void steadyWebBehind(TargetGroup group, int count) {
        world.fargateDefinition("web", "nginx:1.27");
        lb.fargateService("web", "web", count, group, null);
        world.advanceUntil(w -> w.steady("web"), Duration.ofSeconds(5), Duration.ofMinutes(5));
    }
}
