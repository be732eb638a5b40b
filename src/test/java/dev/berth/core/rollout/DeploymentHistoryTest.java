package dev.berth.core.rollout;

import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.HealthCheck;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Histories recorded from the simulator, checked against what the simulator did at every refresh. */
class DeploymentHistoryTest {
    private static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Duration HEALTHY_AFTER_RUNNING = Duration.ofSeconds(40);
    private static final DeploymentConfiguration HALF_DOWN = new DeploymentConfiguration(50, 100,
            new DeploymentCircuitBreaker(false, false));

    @Test
    void aFourTaskUpdateWithHalfAllowedDownIsRecordedAsTheSimulatorRanIt() {
        EcsFixture world = new EcsFixture(61).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", "nginxdemos/hello:0.4");
        world.fargateService("web", "web:1", 4, HALF_DOWN);
        DeploymentRecorder recorder = new DeploymentRecorder(EcsFixture.CLUSTER, "web");
        refreshUntil(world, recorder, w -> w.steady("web"));
        String first = world.service("web").primaryDeployment().id();

        world.ecs.updateService(update(null));
        String second = world.service("web").primaryDeployment().id();
        int refreshes = 0;
        int lowestHealthy = Integer.MAX_VALUE;
        while (!(world.steady("web") && world.service("web").taskDefinition().endsWith("web:2"))) {
            world.advance(REFRESH);
            Instant now = world.simulator.now();
            DeploymentHistory history = recorder.poll(world.ecs, now);
            List<Task> tasks = allTasks(world);
            for (String revision : List.of("web:1", "web:2")) {
                assertThat(history.healthyAt(revision, now)).as("%s healthy at %s", revision, now).isEqualTo(tasks.stream().filter(t -> t.taskDefinitionArn().endsWith(revision))
                        .filter(t -> SchedulerPhases.healthy(t, now)).count());
            }
            for (Task task : tasks) {
                assertThat(history.lane(task.taskId()).orElseThrow().phaseAt(now)).as("task %s at %s",
                        task.taskId(), now).isEqualTo(SchedulerPhases.phase(task, now));
            }
            BoundsStep band = history.boundsAt(now);
            assertThat(band.minimumHealthy()).isEqualTo(2);
            assertThat(band.maximumTotal()).isEqualTo(4);
            int healthy = history.healthyByRevision().stream().mapToInt(r -> r.healthyAt(now)).sum();
            lowestHealthy = Math.min(lowestHealthy, healthy);
            assertThat(tasks.stream().filter(t -> "RUNNING".equals(t.desiredStatus()))).hasSizeLessThanOrEqualTo(4);
            refreshes++;
        }

        DeploymentHistory history = recorder.history();
        assertThat(refreshes).isGreaterThan(10);
        assertThat(lowestHealthy).as("the band's floor, reached").isEqualTo(2);
        assertThat(history.lanes()).hasSize(8);
        for (Task task : allTasks(world)) {
            TaskLane lane = history.lane(task.taskId()).orElseThrow();
            boolean old = task.taskDefinitionArn().endsWith("web:1");
            assertThat(lane.deploymentId()).isEqualTo(old ? first : second);
            assertThat(lane.taskDefinition()).isEqualTo(old ? "web:1" : "web:2");
            assertThat(lane.failed()).isFalse();
            Instant healthy = task.startedAt().plus(HEALTHY_AFTER_RUNNING);
            assertThat(lane.healthyAt()).isEqualTo(healthy);
            List<PhaseSpan> expected = new ArrayList<>(List.of(
                    new PhaseSpan(TaskPhase.PROVISIONING, task.createdAt(), task.pullStartedAt()),
                    new PhaseSpan(TaskPhase.PENDING, task.pullStartedAt(), task.startedAt()),
                    new PhaseSpan(TaskPhase.RUNNING, task.startedAt(), healthy),
                    new PhaseSpan(TaskPhase.HEALTHY, healthy, task.stoppingAt())));
            if (old) {
                expected.add(new PhaseSpan(TaskPhase.STOPPING, task.stoppingAt(), task.stoppedAt()));
                expected.add(new PhaseSpan(TaskPhase.STOPPED, task.stoppedAt(), null));
                assertThat(lane.stopCode()).isEqualTo("ServiceSchedulerInitiated");
            }
            assertThat(lane.phases()).containsExactlyElementsOf(expected);
        }
        assertThat(history.healthyAt("web:1", history.to())).isZero();
        assertThat(history.healthyAt("web:2", history.to())).isEqualTo(4);
        assertThat(history.bounds()).singleElement().satisfies(b -> assertThat(b.from()).isEqualTo(history.from()));
        assertThat(history.from()).isEqualTo(EcsFixture.START);
        assertThat(history.events()).filteredOn(e -> e.message().startsWith("(service web) has started"))
                .allSatisfy(e -> assertThat(e.taskIds()).isNotEmpty()
                        .allSatisfy(id -> assertThat(history.lane(id)).isPresent()));
        assertThat(history.breaker(second).orElseThrow().steps()).containsExactly(
                new BreakerSeries.Step(world.service("web").primaryDeployment().createdAt(), 0, 3));
    }

    @Test
    void aChangeOfDesiredCountMovesTheBand() {
        EcsFixture world = new EcsFixture(62).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateService("web", "web:1", 4, HALF_DOWN);
        DeploymentRecorder recorder = new DeploymentRecorder(EcsFixture.CLUSTER, "web");
        refreshUntil(world, recorder, w -> w.steady("web"));

        world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", null, 6, null, null, null, null,
                null, false));
        Instant scaled = world.simulator.now();
        DeploymentHistory history = recorder.poll(world.ecs, scaled);

        assertThat(history.bounds()).hasSize(2);
        assertThat(history.boundsAt(scaled)).isEqualTo(new BoundsStep(scaled, 6, 50, 100, 3, 6));
        assertThat(history.boundsAt(scaled.minusMillis(1)).desiredCount()).isEqualTo(4);
    }

    @Test
    void theBreakersCountAndTripAreRecordedWithTheFailedTasksAndTheDeploymentsOutliveAwsList() {
        EcsFixture world = new EcsFixture(63).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", "nginxdemos/hello:0.4");
        world.fargateService("web", "web:1", 2,
                new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(true, true)));
        DeploymentRecorder recorder = new DeploymentRecorder(EcsFixture.CLUSTER, "web");
        refreshUntil(world, recorder, w -> w.steady("web"));
        String first = world.service("web").primaryDeployment().id();
        world.faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.IMAGE_PULL_TAG_NOT_FOUND,
                FaultScope.service(EcsFixture.CLUSTER, "web").withTaskDefinition("web:2")));

        world.ecs.updateService(update(null));
        String bad = world.service("web").primaryDeployment().id();
        refreshUntil(world, recorder, w -> w.steady("web") && !w.service("web").primaryDeployment().id().equals(bad));

        DeploymentHistory history = recorder.history();
        BreakerSeries breaker = history.breaker(bad).orElseThrow();
        assertThat(breaker.steps()).extracting(BreakerSeries.Step::failedTasks).startsWith(0).endsWith(3)
                .isSorted();
        assertThat(breaker.steps()).extracting(BreakerSeries.Step::threshold).containsOnly(3);
        ServiceEvent tripped = world.service("web").events().stream()
                .filter(e -> e.message().contains(bad + ") deployment failed")).findFirst().orElseThrow();
        assertThat(breaker.trippedAt()).isEqualTo(tripped.createdAt());
        assertThat(history.lanes()).filteredOn(l -> "TaskFailedToStart".equals(l.stopCode()))
                .hasSizeGreaterThanOrEqualTo(3).allSatisfy(lane -> {
                    assertThat(lane.failed()).isTrue();
                    assertThat(lane.healthyAt()).isNull();
                    assertThat(lane.phases()).extracting(PhaseSpan::phase).containsExactly(TaskPhase.PROVISIONING,
                            TaskPhase.PENDING, TaskPhase.STOPPING, TaskPhase.STOPPED);
                });
        assertThat(history.revision("web:2").orElseThrow().healthy()).extracting(CountStep::count).containsOnly(0);

        String rollback = world.service("web").primaryDeployment().id();

        assertThat(history.deployments()).extracting(DeploymentSpan::deploymentId)
                .containsExactly(first, bad, rollback);
        assertThat(history.deployments()).extracting(DeploymentSpan::status)
                .containsExactly("INACTIVE", "INACTIVE", "PRIMARY");
        DeploymentSpan failed = history.deployment(bad).orElseThrow();
        assertThat(failed.rolloutState()).isEqualTo("FAILED");
        assertThat(failed.taskDefinition()).isEqualTo("web:2");
        assertThat(failed.finishedAt()).isEqualTo(history.breaker(bad).orElseThrow().trippedAt());
        DeploymentSpan settled = history.deployment(rollback).orElseThrow();
        Instant completed = world.service("web").events().stream()
                .filter(e -> e.message().contains(rollback + ") deployment completed")).findFirst().orElseThrow()
                .createdAt();
        assertThat(settled.finishedAt()).isEqualTo(completed);

        DeploymentHistory.Window window = history.windowOf(bad);
        assertThat(window).isEqualTo(new DeploymentHistory.Window(failed.createdAt(), completed));
        DeploymentHistory story = history.during(window.from(), window.to());
        assertThat(story.deployments()).extracting(DeploymentSpan::deploymentId).containsExactly(first, bad, rollback);
        assertThat(story.lanes()).allSatisfy(l -> assertThat(l.aliveDuring(window.from(), window.to())).isTrue());
        assertThat(story.lanes()).filteredOn(TaskLane::failed).hasSizeGreaterThanOrEqualTo(3);
        assertThat(story.healthyAt("web:1", window.from())).isEqualTo(2);
        assertThat(story.revision("web:1").orElseThrow().healthy().get(0)).isEqualTo(new CountStep(window.from(), 2));
        assertThat(story.events()).allSatisfy(e -> assertThat(e.at()).isBetween(window.from(), window.to()));
        assertThat(story.breaker(bad)).isPresent();
        assertThat(story.bounds()).singleElement().satisfies(b -> assertThat(b.from()).isEqualTo(window.from()));
    }

    @Test
    void healthCheckedTasksAreHealthyFromTheRefreshThatSawThemHealthy() {
        EcsFixture world = new EcsFixture(64).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello", new HealthCheck(List.of("CMD", "true"), 10, 5, 3, null));
        world.fargateService("web", "web:1", 2, HALF_DOWN);
        DeploymentRecorder recorder = new DeploymentRecorder(EcsFixture.CLUSTER, "web");
        refreshUntil(world, recorder, w -> w.steady("web"));

        DeploymentHistory history = recorder.history();
        assertThat(history.lanes()).hasSize(2).allSatisfy(lane -> {
            Instant checked = lane.phases().stream().filter(p -> p.phase() == TaskPhase.RUNNING).findFirst()
                    .orElseThrow().start().plusSeconds(10);
            assertThat(lane.healthyAt()).isBetween(checked, checked.plus(REFRESH));
        });

        DeploymentRecorder late = new DeploymentRecorder(EcsFixture.CLUSTER, "web");
        DeploymentHistory joined = late.poll(world.ecs, world.simulator.now());
        assertThat(joined.lanes()).as("first seen healthy: healthy since it started").allSatisfy(lane ->
                assertThat(lane.phases()).extracting(PhaseSpan::phase)
                        .containsExactly(TaskPhase.PROVISIONING, TaskPhase.PENDING, TaskPhase.HEALTHY));
    }

    private static void refreshUntil(EcsFixture world, DeploymentRecorder recorder, Predicate<EcsFixture> done) {
        recorder.poll(world.ecs, world.simulator.now());
        world.advanceUntil(w -> {
            recorder.poll(w.ecs, w.simulator.now());
            return done.test(w);
        }, REFRESH, Duration.ofMinutes(20));
    }

    private static List<Task> allTasks(EcsFixture world) {
        List<Task> tasks = new ArrayList<>(world.tasks("web", "RUNNING"));
        tasks.addAll(world.tasks("web", "STOPPED"));
        return tasks;
    }

    private static UpdateServiceRequest update(Integer desiredCount) {
        return new UpdateServiceRequest(EcsFixture.CLUSTER, "web", "web:2", desiredCount, null, null, null, null,
                null, false);
    }
}
