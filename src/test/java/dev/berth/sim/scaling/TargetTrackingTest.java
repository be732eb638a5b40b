package dev.berth.sim.scaling;

import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.PredefinedMetricSpecification;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScalingPolicyResult;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTrackingTest {

    @Test
    void aSpikeScalesOutAfterThreeMinutesWaitsOutTheCooldownAndScalesInAfterFifteenQuietMinutes() {
        ScalingFixture f = new ScalingFixture(7);
        f.register(2, 10);
        PutScalingPolicyResult policy = f.scaling.putScalingPolicy(PutScalingPolicyRequest.targetTracking(
                EcsFixture.CLUSTER, "web", "cpu50", TargetTrackingScalingPolicyConfiguration.of(ScalingNames.CPU, 50)));
        f.spike("09:10:00", 30);

        f.advanceTo("09:12:59");
        assertThat(f.desired()).isEqualTo(2);
        assertThat(f.cpu("09:05:00", "09:12:00")).containsExactly(25.0, 25.0, 25.0, 25.0, 25.0, 100.0, 100.0);

        // Minutes 09:10, 09:11 and 09:12 are above 50 %: the high alarm fires when the third one is in, at 09:13.
        // 2 tasks at 100 % CPU → ceil(2 × 100 / 50) = 4.
        f.advanceTo("09:13:00");
        assertThat(f.desired()).isEqualTo(4);
        // ECS carries the change out as it would an UpdateService, and says so in the service's events.
        assertThat(f.ecs.service("web").events().get(0).message()).startsWith("(service web) has started 2 tasks:");

        // With 4 tasks the CPU is 1800 / 2400 = 75 %, still above 50: the alarm stays in ALARM, but during the
        // 300 s scale-out cooldown the 2 added tasks count as done (ceil(2 × 75 / 50) = 3 ≤ 4).
        f.advanceTo("09:17:59");
        assertThat(f.desired()).isEqualTo(4);
        assertThat(f.cpu("09:14:00", "09:17:00")).containsOnly(75.0);

        // At 09:18 the cooldown is over: ceil(4 × 75 / 50) = 6, and 6 tasks hold 50 %, which is not above 50.
        f.advanceTo("09:18:00");
        assertThat(f.desired()).isEqualTo(6);
        f.advanceTo("09:54:59");
        assertThat(f.desired()).isEqualTo(6);
        assertThat(f.cpu("09:20:00", "09:40:00")).containsOnly(50.0);

        // The spike ends at 09:40: 300 / 3600 = 8.3 %, below 45 % (90 % of the target) from minute 09:40. The low
        // alarm needs 15 such minutes, 09:40 to 09:54, so it fires at 09:55: ceil(6 × 8.3 / 50) = 1, held at min 2.
        f.advanceTo("09:55:00");
        assertThat(f.desired()).isEqualTo(2);

        String high = policy.alarms().get(0).alarmName();
        String low = policy.alarms().get(1).alarmName();
        assertThat(high).startsWith("TargetTracking-service/test-cluster/web-AlarmHigh-");
        assertThat(low).startsWith("TargetTracking-service/test-cluster/web-AlarmLow-");
        assertThat(f.timeline()).containsExactly(
                "09:13:00 Setting desired count to 4. | monitor alarm " + high + " in state ALARM triggered policy cpu50",
                "09:18:00 Setting desired count to 6. | monitor alarm " + high + " in state ALARM triggered policy cpu50",
                "09:55:00 Setting desired count to 2. | monitor alarm " + low + " in state ALARM triggered policy cpu50");
        assertThat(f.activities()).allSatisfy(a -> {
            assertThat(a.statusCode()).isEqualTo("Successful");
            assertThat(a.statusMessage()).isEqualTo("Successfully set " + a.description().substring(8, a.description()
                    .length() - 1) + ". Change successfully fulfilled by ecs.");
        });

        f.advanceTo("09:58:00");
        assertThat(f.ecs.service("web").runningCount()).isEqualTo(2);
    }

    @Test
    void aSecondScaleInWaitsOutTheScaleInCooldownAndDisableScaleInNeverScalesIn() {
        ScalingFixture cooling = quietServiceOfSix(false);
        // 600 requests a minute on 6 tasks of 600: 16.7 %, under 45 % from minute 09:05; fifteen such minutes
        // fire the low alarm at 09:20: ceil(6 × 16.7 / 50) = 2, held at the minimum of 4.
        cooling.advanceTo("09:20:00");
        assertThat(cooling.desired()).isEqualTo(4);
        cooling.register(1, 10);
        // 4 tasks at 25 % keep the alarm in ALARM, but the next scale-in waits until 09:25: ceil(4 × 25 / 50) = 2.
        cooling.advanceTo("09:24:59");
        assertThat(cooling.desired()).isEqualTo(4);
        cooling.advanceTo("09:25:00");
        assertThat(cooling.desired()).isEqualTo(2);

        ScalingFixture never = quietServiceOfSix(true);
        never.advanceTo("09:30:00");
        assertThat(never.desired()).isEqualTo(6);
        assertThat(never.activities()).isEmpty();
    }

    private static ScalingFixture quietServiceOfSix(boolean disableScaleIn) {
        ScalingFixture f = new ScalingFixture(9);
        f.ecs.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", 6));
        f.register(4, 10);
        f.scaling.putScalingPolicy(PutScalingPolicyRequest.targetTracking(EcsFixture.CLUSTER, "web", "cpu50",
                new TargetTrackingScalingPolicyConfiguration(50.0, new PredefinedMetricSpecification(ScalingNames.CPU,
                        null), null, null, disableScaleIn, null)));
        f.load.setLoadProfile(EcsFixture.CLUSTER, "web", LoadProfile.constant(600, ScalingFixture.at("09:05:00")));
        return f;
    }
}
