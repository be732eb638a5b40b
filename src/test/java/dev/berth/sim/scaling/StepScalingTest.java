package dev.berth.sim.scaling;

import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.PutMetricAlarmRequest;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.StepAdjustment;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StepScalingTest {

    @Test
    void alarmsInvokeTheirStepsAndAScaleInPolicyWaitsOutItsCooldown() {
        ScalingFixture f = new ScalingFixture(21);
        f.register(2, 10);
        String out = f.scaling.putScalingPolicy(PutScalingPolicyRequest.step(EcsFixture.CLUSTER, "web", "out",
                new StepScalingPolicyConfiguration("ChangeInCapacity", List.of(new StepAdjustment(0.0, 20.0, 1),
                        new StepAdjustment(20.0, null, 3)), null, null, "Average"))).policyARN();
        String in = f.scaling.putScalingPolicy(PutScalingPolicyRequest.step(EcsFixture.CLUSTER, "web", "in",
                new StepScalingPolicyConfiguration("PercentChangeInCapacity", List.of(
                        new StepAdjustment(null, 0.0, -50)), null, 300, "Maximum"))).policyARN();
        Metric cpu = Metric.ecsService("CPUUtilization", EcsFixture.CLUSTER, "web");
        f.cloudWatch.putMetricAlarm(new PutMetricAlarmRequest("web-cpu-high", cpu, "Average", 60, 2, 2, 70,
                "GreaterThanOrEqualToThreshold", List.of(out)));
        f.cloudWatch.putMetricAlarm(new PutMetricAlarmRequest("web-cpu-low", cpu, "Average", 60, 3, 3, 40,
                "LessThanThreshold", List.of(in)));
        f.spike("09:10:00", 20);

        // Minutes 09:10 and 09:11 at 100 %: the alarm is in ALARM at 09:12, 30 points past 70 → the +3 step.
        f.advanceTo("09:12:00");
        assertThat(f.desired()).isEqualTo(5);
        // 5 tasks hold 1800 / 3000 = 60 %: the high alarm goes back to OK.
        f.advanceTo("09:29:59");
        assertThat(f.desired()).isEqualTo(5);
        // The spike ends at 09:30; 300 / 3000 = 10 % for 09:30, 09:31, 09:32 → low alarm at 09:33, −50 % of 5 is
        // −2.5, rounded toward zero → 3; then 300 s of cooldown before −50 % of 3 (−1.5 → −1) → 2.
        f.advanceTo("09:33:00");
        assertThat(f.desired()).isEqualTo(3);
        f.advanceTo("09:37:59");
        assertThat(f.desired()).isEqualTo(3);
        f.advanceTo("09:38:00");
        assertThat(f.desired()).isEqualTo(2);

        assertThat(f.timeline()).containsExactly(
                "09:12:00 Setting desired count to 5. | monitor alarm web-cpu-high in state ALARM triggered policy out",
                "09:33:00 Setting desired count to 3. | monitor alarm web-cpu-low in state ALARM triggered policy in",
                "09:38:00 Setting desired count to 2. | monitor alarm web-cpu-low in state ALARM triggered policy in");
        List<ScalingPolicy> policies = f.scaling.describeScalingPolicies(ScalingNames.ECS, null,
                ScalingFixture.RESOURCE_ID, null, null, null).items();
        assertThat(policies).extracting(p -> p.alarms().get(0).alarmName()).containsExactly("web-cpu-high",
                "web-cpu-low");
        assertThat(f.cloudWatch.describeAlarms(List.of(), null).items()).extracting(MetricAlarm::stateValue).containsExactly("OK", "ALARM");
    }

    @Test
    void percentChangesRoundTowardZeroButMoveAtLeastOneOrTheMinimumMagnitude() {
        StepScalingPolicyConfiguration percent = new StepScalingPolicyConfiguration("PercentChangeInCapacity",
                List.of(), null, null, null);
        StepScalingPolicyConfiguration atLeastTwo = new StepScalingPolicyConfiguration("PercentChangeInCapacity",
                List.of(), 2, null, null);
        StepScalingPolicyConfiguration exact = new StepScalingPolicyConfiguration("ExactCapacity", List.of(), null,
                null, null);

        assertThat(DynamicScaling.adjusted(percent, 10, 4)).isEqualTo(5);
        assertThat(DynamicScaling.adjusted(percent, 50, 5)).isEqualTo(7);
        assertThat(DynamicScaling.adjusted(percent, -10, 4)).isEqualTo(3);
        assertThat(DynamicScaling.adjusted(percent, -50, 5)).isEqualTo(3);
        assertThat(DynamicScaling.adjusted(atLeastTwo, 10, 4)).isEqualTo(6);
        assertThat(DynamicScaling.adjusted(exact, 7, 4)).isEqualTo(7);
    }
}
