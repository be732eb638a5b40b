package dev.berth.sim.scaling;

import dev.berth.core.model.PredefinedMetricSpecification;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalableTargetAction;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.StepAdjustment;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ScalingValidationTest {
    private static final String CLUSTER = EcsFixture.CLUSTER;
    private static final String ID = ScalingFixture.RESOURCE_ID;
    private final ScalingFixture f = new ScalingFixture(31);

    @Test
    void targetsNeedAnExistingServiceBothCapacitiesAndMinNotAboveMax() {
        assertRefused(() -> f.scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER,
                "nope", 1, 2)), "ValidationException", "ECS service doesn't exist: service/test-cluster/nope");
        assertRefused(() -> f.scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER,
                "web", 1, null)), "ValidationException",
                "MinCapacity and MaxCapacity are required when registering a new scalable target.");
        assertRefused(() -> f.register(5, 2), "ValidationException",
                "Minimum capacity cannot be greater than maximum capacity");
        assertRefused(() -> f.scaling.registerScalableTarget(new RegisterScalableTargetRequest(ScalingNames.ECS,
                "cluster/web", ScalingNames.DESIRED_COUNT, 1, 2, null, null)), "ValidationException",
                "Unsupported resource ID: cluster/web. An ECS service's resource ID is "
                        + "service/<cluster-name>/<service-name>.");
        assertThat(f.scaling.describeScalableTargets(ScalingNames.ECS, null, null, null, null).items()).isEmpty();

        f.register(1, 4);
        f.scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "web", null, 6));
        assertThat(f.scaling.describeScalableTargets(ScalingNames.ECS, List.of(ID), null, null, null).items())
                .singleElement().satisfies(t -> {
                    assertThat(t.minCapacity()).isEqualTo(1);
                    assertThat(t.maxCapacity()).isEqualTo(6);
                    assertThat(t.scalableTargetARN()).matches(
                            "arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target/[0-9a-f]{36}");
                });
    }

    @Test
    void policiesAndScheduledActionsOfAnUnregisteredTargetAreNotFound() {
        String notFound = "No scalable target registered for service namespace: ecs, resource ID: "
                + "service/test-cluster/web, scalable dimension: ecs:service:DesiredCount";
        assertRefused(() -> f.scaling.putScalingPolicy(cpu("p", 50.0)), "ObjectNotFoundException", notFound);
        assertRefused(() -> f.scaling.putScheduledAction(PutScheduledActionRequest.ecsService(CLUSTER, "web", "a",
                "rate(1 hour)", null, new ScalableTargetAction(1, 2))), "ObjectNotFoundException", notFound);
        assertRefused(() -> f.scaling.deregisterScalableTarget(ScalingNames.ECS, ID, ScalingNames.DESIRED_COUNT),
                "ObjectNotFoundException", notFound);

        f.register(1, 4);
        assertRefused(() -> f.scaling.deleteScalingPolicy("p", ScalingNames.ECS, ID, ScalingNames.DESIRED_COUNT),
                "ObjectNotFoundException", "No scaling policy found for service namespace: ecs, resource ID: "
                        + "service/test-cluster/web, scalable dimension: ecs:service:DesiredCount, policy name: p");
        assertRefused(() -> f.scaling.deleteScheduledAction(ScalingNames.ECS, "a", ID, ScalingNames.DESIRED_COUNT),
                "ObjectNotFoundException", "No scheduled action found for service namespace: ecs, resource ID: "
                        + "service/test-cluster/web, scalable dimension: ecs:service:DesiredCount, scheduled action "
                        + "name: a");
    }

    @Test
    void policyConfigurationsAreChecked() {
        f.register(1, 4);
        assertRefused(() -> f.scaling.putScalingPolicy(cpu("p", null)), "ValidationException",
                "TargetValue must be greater than 0");
        assertRefused(() -> f.scaling.putScalingPolicy(PutScalingPolicyRequest.targetTracking(CLUSTER, "web", "alb",
                new TargetTrackingScalingPolicyConfiguration(100.0, new PredefinedMetricSpecification(
                        ScalingNames.REQUESTS_PER_TARGET, null), null, null, null, null))), "ValidationException",
                "ResourceLabel must be specified for the predefined metric type ALBRequestCountPerTarget");
        assertRefused(() -> f.scaling.putScalingPolicy(PutScalingPolicyRequest.step(CLUSTER, "web", "gap",
                new StepScalingPolicyConfiguration("ChangeInCapacity", List.of(new StepAdjustment(0.0, 10.0, 1),
                        new StepAdjustment(20.0, null, 2)), null, null, null))), "ValidationException",
                "Step adjustments must not overlap or have gaps between them");
        assertRefused(() -> f.scaling.putScalingPolicy(cpu("bad/name", 50.0)), "ValidationException",
                "1 validation error detected: Value 'bad/name' at 'policyName' failed to satisfy constraint: Member "
                        + "must have length between 1 and 256 and must not contain ':', '/' or '|'");
        assertRefused(() -> f.scaling.putScheduledAction(PutScheduledActionRequest.ecsService(CLUSTER, "web", "a",
                "cron(0 9 * *)", null, new ScalableTargetAction(1, 2))), "ValidationException",
                "Invalid cron expression: cron(0 9 * *). It needs six fields: minutes hours day-of-month month "
                        + "day-of-week year.");
        assertRefused(() -> f.scaling.putScheduledAction(PutScheduledActionRequest.ecsService(CLUSTER, "web", "a",
                "rate(5 minute)", null, new ScalableTargetAction(1, 2))), "ValidationException",
                "Invalid rate expression: rate(5 minute)");
        assertRefused(() -> f.scaling.describeScalingPolicies(ScalingNames.ECS, null, null, null, 51, null),
                "ValidationException", "1 validation error detected: Value '51' at 'maxResults' failed to satisfy "
                        + "constraint: Member must have value less than or equal to 50");
        assertRefused(() -> f.scaling.describeScalingPolicies(ScalingNames.ECS, null, null, null, null, "junk"),
                "InvalidNextTokenException", "Invalid token");
        assertThat(f.scaling.describeScalingPolicies(ScalingNames.ECS, null, null, null, null, null).items())
                .isEmpty();
    }

    private static PutScalingPolicyRequest cpu(String name, Double target) {
        return PutScalingPolicyRequest.targetTracking(CLUSTER, "web", name, new TargetTrackingScalingPolicyConfiguration(
                target, new PredefinedMetricSpecification(ScalingNames.CPU, null), null, null, null, null));
    }
}
