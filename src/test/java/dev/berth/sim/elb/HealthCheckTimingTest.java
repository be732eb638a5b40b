package dev.berth.sim.elb;

import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.LoadBalancerFixture;
import dev.berth.sim.WorldContext;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thresholds, with an application that can be told to fail and recover: the unhealthy threshold of consecutive
 * failures takes a target out, the healthy threshold of consecutive passes (not one) brings it back.
 */
class HealthCheckTimingTest {
    private static final int INTERVAL = 10;
    private final WorldContext context = new WorldContext(WorldSettings.of("checks", 4, EcsFixture.START));
    private final ElbWorld elb = new ElbWorld(context);
    private final List<TargetHealth> changes = new ArrayList<>();
    private TargetProbe.Answer answer = TargetProbe.Answer.OK;

    @Test
    void anUnhealthyTargetNeedsTheHealthyThresholdOfPassesToComeBack() {
        elb.answerWith((group, id, port, path) -> answer, (group, id, port, health) -> changes.add(health));
        ElbLoadBalancer alb = elb.createLoadBalancer(new CreateLoadBalancerRequest("alb", LoadBalancerFixture.SUBNETS,
                List.of(), null, null, null, null));
        TargetGroup group = elb.createTargetGroup(new CreateTargetGroupRequest("tg", "HTTP", 80, null, "ip", null,
                null, null, "/", INTERVAL, 5, 3, 2, null));
        elb.createListener(new CreateListenerRequest(alb.loadBalancerArn(), "HTTP", 80,
                List.of(ElbAction.forward(group.targetGroupArn()))));
        advance(240);
        elb.registerTargets(group.targetGroupArn(), List.of(TargetDescription.of("172.31.1.1", 80)));
        advance(30);
        assertThat(state(group)).isEqualTo("healthy");

        answer = TargetProbe.Answer.ERROR;
        advance(INTERVAL);
        assertThat(state(group)).isEqualTo("healthy");
        advance(INTERVAL);
        assertThat(state(group)).isEqualTo("unhealthy");

        answer = TargetProbe.Answer.OK;
        advance(2 * INTERVAL);
        assertThat(state(group)).isEqualTo("unhealthy");
        advance(INTERVAL);
        assertThat(state(group)).isEqualTo("healthy");
        assertThat(changes).extracting(TargetHealth::state).containsExactly("initial", "initial", "healthy",
                "unhealthy", "healthy");
    }

    private String state(TargetGroup group) {
        return elb.describeTargetHealth(group.targetGroupArn(), List.of()).get(0).targetHealth().state();
    }

    private void advance(int seconds) {
        context.advanceTo(context.nowMillis() + seconds * 1000L);
    }
}
