package dev.berth.sim.scaling;

import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalableTargetAction;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.ScheduledAction;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduledActionTest {

    @Test
    void cronInATimeZoneAndAtFireAtTheirSimulatedTimesAndClampTheDesiredCount() {
        ScalingFixture f = new ScalingFixture(11);
        f.register(1, 10);
        // 10:20 in Paris is 09:20 UTC in March (CET, UTC+1).
        f.scaling.putScheduledAction(PutScheduledActionRequest.ecsService(EcsFixture.CLUSTER, "web", "morning",
                "cron(20 10 * * ? *)", "Europe/Paris", new ScalableTargetAction(4, 8)));
        f.scaling.putScheduledAction(PutScheduledActionRequest.ecsService(EcsFixture.CLUSTER, "web", "evening",
                "at(2026-03-02T09:40:00)", null, new ScalableTargetAction(1, 3)));

        f.advanceTo("09:19:59");
        assertThat(f.desired()).isEqualTo(2);
        f.advanceTo("09:20:00");
        assertThat(f.desired()).isEqualTo(4);
        assertThat(target(f).minCapacity()).isEqualTo(4);
        f.advanceTo("09:40:00");
        assertThat(f.desired()).isEqualTo(3);

        assertThat(f.timeline()).containsExactly(
                "09:20:00 Setting min capacity to 4 and max capacity to 8 | scheduled action name morning was triggered",
                "09:20:00 Setting desired count to 4. | minimum capacity was set to 4",
                "09:40:00 Setting min capacity to 1 and max capacity to 3 | scheduled action name evening was triggered",
                "09:40:00 Setting desired count to 3. | maximum capacity was set to 3");
        assertThat(target(f)).extracting(ScalableTarget::minCapacity, ScalableTarget::maxCapacity)
                .containsExactly(1, 3);
        List<ScheduledAction> actions = f.scaling.describeScheduledActions(ScalingNames.ECS, null,
                ScalingFixture.RESOURCE_ID, null, null, null).items();
        assertThat(actions).extracting(ScheduledAction::scheduledActionName).containsExactly("morning", "evening");
        assertThat(actions.get(0).scheduledActionARN()).matches("arn:aws:autoscaling:us-east-1:123456789012:"
                + "scheduledAction:[0-9a-f-]{36}:resource/ecs/service/test-cluster/web:scheduledActionName/morning");
    }

    @Test
    void aRateCountsFromItsStartTimeAndStopsAtItsEndTime() {
        ScalingFixture f = new ScalingFixture(12);
        f.register(1, 10);
        f.scaling.putScheduledAction(new PutScheduledActionRequest(ScalingNames.ECS, "rate(5 minutes)", null,
                "every-five", ScalingFixture.RESOURCE_ID, ScalingNames.DESIRED_COUNT, ScalingFixture.at("09:07:00"),
                ScalingFixture.at("09:20:00"), new ScalableTargetAction(3, null)));
        f.scaling.deleteScheduledAction(ScalingNames.ECS, "every-five", ScalingFixture.RESOURCE_ID,
                ScalingNames.DESIRED_COUNT);
        f.scaling.putScheduledAction(new PutScheduledActionRequest(ScalingNames.ECS, "rate(5 minutes)", null,
                "every-five", ScalingFixture.RESOURCE_ID, ScalingNames.DESIRED_COUNT, ScalingFixture.at("09:07:00"),
                ScalingFixture.at("09:20:00"), new ScalableTargetAction(3, null)));

        f.advanceTo("09:30:00");

        assertThat(f.activities()).filteredOn(a -> a.cause().startsWith("scheduled"))
                .extracting(a -> a.startTime().toString().substring(11, 19))
                .containsExactly("09:12:00", "09:17:00");
        assertThat(f.desired()).isEqualTo(3);
    }

    private static ScalableTarget target(ScalingFixture f) {
        return f.scaling.describeScalableTargets(ScalingNames.ECS, null, null, null, null).items().get(0);
    }
}
