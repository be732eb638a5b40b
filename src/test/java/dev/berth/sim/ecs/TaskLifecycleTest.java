package dev.berth.sim.ecs;

import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Task;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TaskLifecycleTest {
    private static final Duration STEP = Duration.ofMillis(100);

    @Test
    void aFargateTaskPassesThroughEveryStatusInOrder() {
        EcsFixture world = new EcsFixture(5).withCluster();
        world.fargateDefinition("batch", "nginxdemos/hello");
        Task started = world.ecs.runTask(new RunTaskRequest(EcsFixture.CLUSTER, "batch", 1, "FARGATE", List.of(),
                null, EcsFixture.NETWORK, null, "me", List.of())).tasks().get(0);
        assertThat(started.lastStatus()).isEqualTo("PROVISIONING");
        assertThat(started.desiredStatus()).isEqualTo("RUNNING");
        assertThat(started.privateIpv4Address()).startsWith("172.31.");
        assertThat(started.attachments().get(0).status()).isEqualTo("PRECREATED");

        Map<String, Instant> firstSeen = new LinkedHashMap<>();
        List<Long> versions = new ArrayList<>();
        Task task = started;
        Instant stopRequested = null;
        while (!"STOPPED".equals(task.lastStatus())) {
            if (firstSeen.putIfAbsent(task.lastStatus(), world.simulator.now()) == null) {
                versions.add(task.version());
            }
            if ("RUNNING".equals(task.lastStatus()) && stopRequested == null
                    && world.simulator.now().isAfter(task.startedAt().plusSeconds(60))) {
                stopRequested = world.simulator.now();
                Task stopping = world.ecs.stopTask(EcsFixture.CLUSTER, task.taskArn(), null);
                assertThat(stopping.desiredStatus()).isEqualTo("STOPPED");
                assertThat(stopping.stoppingAt()).isEqualTo(stopRequested);
                assertThat(stopping.stopCode()).isEqualTo("UserInitiated");
                assertThat(stopping.stoppedReason()).isEqualTo("Task stopped by user");
            }
            assertThat(world.simulator.now()).isBefore(started.createdAt().plus(Duration.ofMinutes(5)));
            world.advance(STEP);
            task = describe(world, task.taskArn());
        }
        firstSeen.put("STOPPED", world.simulator.now());

        assertThat(firstSeen.keySet()).containsExactly("PROVISIONING", "PENDING", "ACTIVATING", "RUNNING",
                "DEACTIVATING", "STOPPING", "DEPROVISIONING", "STOPPED");
        assertThat(versions).isSorted().doesNotHaveDuplicates();
        assertThat(task.version()).isGreaterThan(versions.get(versions.size() - 1));
        assertThat(between(task.createdAt(), task.pullStartedAt())).isBetween(seconds(10), seconds(20));
        assertThat(between(task.pullStartedAt(), firstSeen.get("ACTIVATING"))).isBetween(seconds(15), seconds(45));
        assertThat(task.pullStoppedAt()).isBetween(task.pullStartedAt(), firstSeen.get("ACTIVATING"));
        assertThat(between(firstSeen.get("ACTIVATING"), task.startedAt())).isBetween(seconds(2), seconds(5.1));
        assertThat(task.stoppingAt()).isEqualTo(stopRequested);
        assertThat(between(task.stoppingAt(), task.stoppedAt())).isBetween(seconds(7), seconds(31));
        assertThat(task.stopCode()).isEqualTo("UserInitiated");
        assertThat(task.containers()).singleElement().satisfies(c -> {
            assertThat(c.lastStatus()).isEqualTo("STOPPED");
            assertThat(c.exitCode()).isZero();
        });
        assertThat(task.attachments().get(0).status()).isEqualTo("DELETED");
        assertThat(task.availabilityZone()).startsWith("us-east-1");
        assertThat(task.group()).isEqualTo("family:batch");
        assertThat(task.startedBy()).isEqualTo("me");
    }

    @Test
    void aStoppedTaskKeepsTheReasonItWasGiven() {
        EcsFixture world = new EcsFixture(6).withCluster();
        world.fargateDefinition("batch", "nginxdemos/hello");
        Task task = world.ecs.runTask(new RunTaskRequest(EcsFixture.CLUSTER, "batch", 1, "FARGATE", List.of(),
                null, EcsFixture.NETWORK, null, null, List.of())).tasks().get(0);

        world.ecs.stopTask(EcsFixture.CLUSTER, task.taskId(), "Replaced by the nightly build");
        world.advance(Duration.ofMinutes(1));

        Task stopped = describe(world, task.taskArn());
        assertThat(stopped.lastStatus()).isEqualTo("STOPPED");
        assertThat(stopped.stoppedReason()).isEqualTo("Replaced by the nightly build");
        assertThat(stopped.startedAt()).as("stopped while provisioning").isNull();
        assertThat(stopped.containers().get(0).exitCode()).isNull();
    }

    private static Task describe(EcsFixture world, String arn) {
        return world.ecs.describeTasks(EcsFixture.CLUSTER, List.of(arn)).items().get(0);
    }

    private static Duration between(Instant from, Instant to) {
        return Duration.between(from, to);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
