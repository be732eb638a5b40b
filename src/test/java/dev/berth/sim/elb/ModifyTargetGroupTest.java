package dev.berth.sim.elb;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.Matcher;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.LoadBalancerFixture;
import dev.berth.sim.WorldContext;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ModifyTargetGroup on an application that serves {@code /} only: a check of {@code /health} gets 404 and the
 * target turns unhealthy with AWS's reason; the new path, or a matcher that accepts 404, is used from the next check.
 */
class ModifyTargetGroupTest {
    private static final int INTERVAL = 10;
    private final WorldContext context = new WorldContext(WorldSettings.of("modify", 4, EcsFixture.START));
    private final ElbWorld elb = new ElbWorld(context);
    private TargetGroup group;

    private void serveRootOnly(String healthCheckPath) {
        elb.answerWith((key, id, port, path) -> "/".equals(path) ? TargetProbe.Answer.OK
                : TargetProbe.Answer.NOT_FOUND, (key, id, port, health) -> { });
        ElbLoadBalancer alb = elb.createLoadBalancer(new CreateLoadBalancerRequest("alb", LoadBalancerFixture.SUBNETS,
                List.of(), null, null, null, null));
        group = elb.createTargetGroup(new CreateTargetGroupRequest("web", "HTTP", 80, null, "ip", null, null, null,
                healthCheckPath, INTERVAL, 5, 3, 2, null));
        elb.createListener(new CreateListenerRequest(alb.loadBalancerArn(), "HTTP", 80,
                List.of(ElbAction.forward(group.targetGroupArn()))));
        advance(240);
        elb.registerTargets(group.targetGroupArn(), List.of(TargetDescription.of("172.31.1.1", 80)));
        advance(60);
    }

    @Test
    void aPathTheApplicationDoesNotServeFailsUntilThePathIsFixed() {
        serveRootOnly("/health");
        assertThat(health()).isEqualTo(new TargetHealth("unhealthy", "Target.ResponseCodeMismatch",
                "Health checks failed with these codes: [404]"));

        TargetGroup modified = elb.modifyTargetGroup(ModifyTargetGroupRequest.healthCheckPath(group.targetGroupArn(),
                "/"));

        assertThat(modified.healthCheckPath()).isEqualTo("/");
        assertThat(modified.healthCheckIntervalSeconds()).as("unchanged").isEqualTo(INTERVAL);
        advance(2 * INTERVAL);
        assertThat(health().state()).as("two passes of the healthy threshold's three").isEqualTo("unhealthy");
        advance(INTERVAL);
        assertThat(health().state()).isEqualTo("healthy");
    }

    @Test
    void aMatcherThatAcceptsTheCodeMakesTheCheckPass() {
        serveRootOnly("/health");

        elb.modifyTargetGroup(new ModifyTargetGroupRequest(group.targetGroupArn(), null, null, null, null, null, null,
                2, null, new Matcher("200-299,404")));
        advance(2 * INTERVAL);

        assertThat(health().state()).isEqualTo("healthy");
        assertThat(elb.describeTargetGroups(null, List.of(group.targetGroupArn()), null).get(0).matcher().httpCode())
                .isEqualTo("200-299,404");
    }

    @Test
    void invalidSettingsAreRefusedWithAwsErrorCodesAndChangeNothing() {
        serveRootOnly("/");
        String arn = group.targetGroupArn();

        assertThatThrownBy(() -> elb.modifyTargetGroup(ModifyTargetGroupRequest.healthCheckPath(arn, "health")))
                .isInstanceOf(GatewayException.class).hasFieldOrPropertyWithValue("errorCode", "ValidationError");
        assertThatThrownBy(() -> elb.modifyTargetGroup(new ModifyTargetGroupRequest(arn, null, null, "/x", null, 5,
                5, null, null, null))).hasMessage("Health check interval must be greater than the timeout.");
        assertThatThrownBy(() -> elb.modifyTargetGroup(new ModifyTargetGroupRequest(arn, null, null, null, null,
                null, null, 11, null, null))).hasMessage("Healthy threshold must be between 2 and 10");
        assertThatThrownBy(() -> elb.modifyTargetGroup(new ModifyTargetGroupRequest(arn, "TCP", null, null, null,
                null, null, null, null, null))).hasMessageContaining("'TCP' is not supported");
        assertThatThrownBy(() -> elb.modifyTargetGroup(new ModifyTargetGroupRequest(arn, null, null, null, null,
                null, null, null, null, new Matcher("500")))).hasMessageContaining("HTTP code matcher '500'");
        assertThatThrownBy(() -> elb.modifyTargetGroup(ModifyTargetGroupRequest.healthCheckPath(
                arn.replace("/web/", "/gone/"), "/"))).hasFieldOrPropertyWithValue("errorCode", "TargetGroupNotFound");

        TargetGroup after = elb.describeTargetGroups(null, List.of(arn), null).get(0);
        assertThat(after.healthCheckPath()).isEqualTo("/");
        assertThat(after.healthCheckIntervalSeconds()).isEqualTo(INTERVAL);
    }

    private TargetHealth health() {
        return elb.describeTargetHealth(group.targetGroupArn(), List.of()).get(0).targetHealth();
    }

    private void advance(int seconds) {
        context.advanceTo(context.nowMillis() + seconds * 1000L);
    }
}
