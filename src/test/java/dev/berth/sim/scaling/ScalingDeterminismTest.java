package dev.berth.sim.scaling;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.LoadShape;
import dev.berth.core.model.Metric;
import dev.berth.core.model.PutMetricAlarmRequest;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.ScalableTargetAction;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.Service;
import dev.berth.core.model.StepAdjustment;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.JsonRecordingJournal;
import dev.berth.sim.MetricReads;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScalingDeterminismTest {
    private final ObjectMapper json = new ObjectMapper();

    /** What a run leaves behind: the service (events included), the activities and the metrics. */
    private record Outcome(Service service, List<String> activities, List<Double> cpu) {
    }

    @Test
    void theSameCommandsGiveTheSameScalingHistoryAndTheJournalReplaysIt() throws Exception {
        JsonRecordingJournal journal = new JsonRecordingJournal();
        Outcome first = play(new ScalingFixture(5, journal));
        Outcome second = play(new ScalingFixture(5));
        assertThat(first.activities()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(second).isEqualTo(first);

        Simulator rebuilt = Simulator.create(WorldSettings.of("test", 5, EcsFixture.START), CommandJournal.none());
        for (String entry : journal.entries()) {
            JournalEntry read = json.readValue(entry, JournalEntry.class);
            assertThat(json.writeValueAsString(read)).isEqualTo(entry);
            rebuilt.replay(read);
        }
        rebuilt.advanceTo(ScalingFixture.at("10:00:00"));
        assertThat(outcome(rebuilt)).isEqualTo(first);
    }

    @Test
    void aLoadProfileAloneLeavesTheEcsHistoryAsItWas() {
        ScalingFixture plain = new ScalingFixture(8);
        ScalingFixture watched = new ScalingFixture(8);
        watched.load.setLoadProfile(EcsFixture.CLUSTER, "web", LoadProfile.constant(900, ScalingFixture.at("09:05:00")));

        plain.advanceTo("09:30:00");
        watched.advanceTo("09:30:00");

        assertThat(watched.ecs.service("web")).isEqualTo(plain.ecs.service("web"));
        assertThat(watched.cpu("09:05:00", "09:30:00")).hasSize(25).containsOnly(75.0);
    }

    private Outcome play(ScalingFixture f) {
        f.register(1, 8);
        f.scaling.putScalingPolicy(PutScalingPolicyRequest.targetTracking(EcsFixture.CLUSTER, "web", "cpu",
                TargetTrackingScalingPolicyConfiguration.of(ScalingNames.CPU, 60)));
        String step = f.scaling.putScalingPolicy(PutScalingPolicyRequest.step(EcsFixture.CLUSTER, "web", "step",
                new StepScalingPolicyConfiguration("ExactCapacity", List.of(new StepAdjustment(0.0, null, 7)), null,
                        null, null))).policyARN();
        f.cloudWatch.putMetricAlarm(PutMetricAlarmRequest.everyMinute("cpu-high",
                Metric.ecsService("CPUUtilization", EcsFixture.CLUSTER, "web"), "GreaterThanThreshold", 90,
                List.of(step)));
        f.load.setLoadProfile(EcsFixture.CLUSTER, "web", new LoadProfile(LoadShape.RAMP, 200, 2400,
                ScalingFixture.at("09:06:00"), 20, 500));
        f.scaling.putScheduledAction(PutScheduledActionRequest.ecsService(EcsFixture.CLUSTER, "web", "night",
                "cron(45 9 * * ? *)", null, new ScalableTargetAction(2, 3)));
        f.advanceTo("09:30:00");
        f.cloudWatch.deleteAlarms(List.of("cpu-high"));
        f.scaling.deleteScalingPolicy("step", ScalingNames.ECS, ScalingFixture.RESOURCE_ID, ScalingNames.DESIRED_COUNT);
        f.advanceTo("10:00:00");
        return outcome(f.ecs.simulator);
    }

    private static Outcome outcome(Simulator simulator) {
        Service service = simulator.ecs().describeServices(EcsFixture.CLUSTER, List.of("web")).items().get(0);
        List<String> activities = simulator.scaling().describeScalingActivities(ScalingNames.ECS, null, null, null,
                null, true).items().stream().map(a -> a.activityId() + " " + a.startTime() + " " + a.description()
                + " " + a.cause()).toList();
        List<Double> cpu = MetricReads.perMinute(simulator.cloudWatch(), Metric.ecsService("CPUUtilization",
                EcsFixture.CLUSTER, "web"), Instant.EPOCH, ScalingFixture.at("10:00:00")).values();
        return new Outcome(service, activities, cpu);
    }
}
