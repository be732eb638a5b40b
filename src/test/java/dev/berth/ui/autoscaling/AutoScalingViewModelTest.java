package dev.berth.ui.autoscaling;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricStat;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.StepAdjustment;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeCloudWatch;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.RecordingOutcome;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Auto scaling tab reads the service's chart metrics from CloudWatch and writes step policies' alarms there, on
 * whatever backend is behind it.
 */
class AutoScalingViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:30Z");
    private static final Metric CPU = Metric.ecsService("CPUUtilization", "production", "web");

    /** Without a simulator clock the gateway looks like real AWS: the charts' hour is the wall clock's. */
    private final FakeGateway gateway = new FakeGateway();
    private final FakeCloudWatch cloudWatch = gateway.fakeCloudWatch();
    private final AutoScalingViewModel viewModel = new AutoScalingViewModel(gateway, new DirectBackgroundTasks(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void account() {
        DemoData.fill(gateway.fakeEcs());
        viewModel.onScreen().shownProperty().set(true);
    }

    @Test
    void theChartsAreTheServicesCloudWatchMetricsOfTheLastHour() {
        cloudWatch.put(CPU, Instant.parse("2026-03-01T08:58:00Z"), 10);
        cloudWatch.put(CPU, Instant.parse("2026-03-01T09:58:00Z"), 42);
        cloudWatch.put(CPU, Instant.parse("2026-03-01T09:59:00Z"), 47);

        viewModel.serviceProperty().set(gateway.fakeEcs().service("production", "web"));

        assertThat(cloudWatch.asked()).containsExactly(
                new MetricDataQuery("cpu", new MetricStat(CPU, 60, "Average"), "CPUUtilization", null),
                new MetricDataQuery("memory", new MetricStat(Metric.ecsService("MemoryUtilization", "production",
                        "web"), 60, "Average"), "MemoryUtilization", null),
                new MetricDataQuery("tasks", new MetricStat(Metric.runningTaskCount("production", "web"), 60,
                        "Average"), "RunningTaskCount", null));
        MetricDataResult cpu = viewModel.snapshotProperty().get().metrics().get(0);
        assertThat(cpu.id()).isEqualTo("cpu");
        assertThat(cpu.values()).containsExactly(42.0, 47.0);
        assertThat(viewModel.snapshotProperty().get().metricsError()).isNull();
    }

    @Test
    void withoutCloudWatchTheTabStillShowsItsScalingAndSaysWhy() {
        cloudWatch.refuse(new GatewayException("AccessDenied", "User is not authorized to perform: "
                + "cloudwatch:GetMetricData", false));

        viewModel.serviceProperty().set(gateway.fakeEcs().service("production", "web"));

        AutoScalingViewModel.Snapshot snapshot = viewModel.snapshotProperty().get();
        assertThat(snapshot.metrics()).isEmpty();
        assertThat(snapshot.metricsError()).startsWith("The service's CloudWatch metrics could not be read: ")
                .contains("cloudwatch:GetMetricData");
        assertThat(viewModel.errorProperty().get()).isNull();
    }

    @Test
    void aStepPolicyGetsTheCloudWatchAlarmThatInvokesIt() {
        Simulator simulator = Simulator.create(WorldSettings.of("step", 3, NOW), CommandJournal.none());
        DemoWorld.populate(simulator.ecs());
        simulator.scaling().registerScalableTarget(RegisterScalableTargetRequest.ecsService(DemoWorld.CLUSTER,
                DemoWorld.SERVICE, 1, 4));
        AutoScalingViewModel onSimulator = new AutoScalingViewModel(new SimulatorBackend(simulator,
                new SteppedClock(simulator)), new DirectBackgroundTasks(), Clock.fixed(NOW, ZoneOffset.UTC));
        onSimulator.onScreen().shownProperty().set(true);
        onSimulator.serviceProperty().set(simulator.ecs().describeServices(DemoWorld.CLUSTER,
                List.of(DemoWorld.SERVICE)).items().get(0));
        StepScalingPolicyConfiguration oneMore = new StepScalingPolicyConfiguration("ChangeInCapacity",
                List.of(new StepAdjustment(0.0, null, 1)), null, 60, "Average");

        RecordingOutcome added = new RecordingOutcome();
        onSimulator.putStepPolicy(PutScalingPolicyRequest.step(DemoWorld.CLUSTER, DemoWorld.SERVICE, "out",
                oneMore), "out-alarm", "CPUUtilization", "GreaterThanOrEqualToThreshold", 70, added);
        RecordingOutcome refused = new RecordingOutcome();
        onSimulator.putStepPolicy(PutScalingPolicyRequest.step(DemoWorld.CLUSTER, DemoWorld.SERVICE, "requests",
                oneMore), "requests-alarm", "RequestCountPerTarget", "GreaterThanOrEqualToThreshold", 100, refused);

        assertThat(added.hasSucceeded()).isTrue();
        MetricAlarm alarm = simulator.cloudWatch().describeAlarms(List.of(), null).items().get(0);
        assertThat(alarm.alarmName()).isEqualTo("out-alarm");
        assertThat(alarm.metric()).isEqualTo(Metric.ecsService("CPUUtilization", DemoWorld.CLUSTER,
                DemoWorld.SERVICE));
        assertThat(alarm.alarmActions()).containsExactly(simulator.scaling().describeScalingPolicies(
                ScalingNames.ECS, List.of("out"), null, null, null, null).items().get(0).policyARN());
        assertThat(refused.failure()).contains("has no target group");
        assertThat(simulator.cloudWatch().describeAlarms(List.of(), null).items()).hasSize(1);
    }
}
