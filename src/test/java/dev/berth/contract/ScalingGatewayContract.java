package dev.berth.contract;

import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.model.Page;
import dev.berth.core.model.PredefinedMetricSpecification;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScalingPolicyResult;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalableTargetAction;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.ScheduledAction;
import dev.berth.core.model.StepAdjustment;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.core.model.SuspendedState;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.berth.sim.EcsFixture.CLUSTER;
import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Application Auto Scaling backend must do, with AWS's error codes and messages: run by
 * {@link SimScalingGatewayTest} against the simulator's own gateway and by {@link AwsScalingGatewayTest} against the
 * AWS SDK gateway talking to the simulator's endpoint (awsJson1_1). The ECS service being scaled is made on the
 * simulator directly; time moves on the simulator behind either.
 */
abstract class ScalingGatewayContract {
    private static final String ID = ScalingNames.resourceId(CLUSTER, "web");
    private static final String NO_TARGET = "No scalable target registered for service namespace: ecs, resource ID: "
            + "service/test-cluster/web, scalable dimension: ecs:service:DesiredCount";

    private EcsFixture ecs;
    private ScalingGateway scaling;

    /** The gateway under test over {@code simulator}. */
    protected abstract ScalingGateway backend(Simulator simulator);

    /** The service "web" with 2 tasks, steady. */
    private void world() {
        ecs = new EcsFixture(31).withCluster();
        ecs.fargateDefinition("web", "nginx:1.27");
        ecs.fargateService("web", "web:1", 2, DeploymentConfiguration.defaults());
        ecs.advance(Duration.ofMinutes(5));
        scaling = backend(ecs.simulator);
    }

    private ScalableTarget target() {
        return scaling.describeScalableTargets(ScalingNames.ECS, List.of(ID), ScalingNames.DESIRED_COUNT, null, null)
                .items().get(0);
    }

    @Test
    void aScalableTargetIsRegisteredUpdatedAndDeregisteredWithItsPoliciesAndActions() {
        world();
        String arn = scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "web", 1, 4));
        scaling.registerScalableTarget(new RegisterScalableTargetRequest(ScalingNames.ECS, ID,
                ScalingNames.DESIRED_COUNT, null, 6, null, new SuspendedState(null, null, true)));

        ScalableTarget target = target();
        assertThat(arn).matches("arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target/[0-9a-f]{36}");
        assertThat(target.scalableTargetARN()).isEqualTo(arn);
        assertThat(target).extracting(ScalableTarget::serviceNamespace, ScalableTarget::resourceId,
                ScalableTarget::scalableDimension, ScalableTarget::minCapacity, ScalableTarget::maxCapacity)
                .containsExactly("ecs", ID, "ecs:service:DesiredCount", 1, 6);
        assertThat(target.suspendedState()).isEqualTo(new SuspendedState(false, false, true));
        assertThat(target.creationTime()).isEqualTo(ecs.simulator.now());
        assertThat(target.roleARN()).contains("AWSServiceRoleForApplicationAutoScaling_ECSService");

        scaling.putScalingPolicy(cpu("cpu50", 50.0));
        scaling.putScheduledAction(PutScheduledActionRequest.ecsService(CLUSTER, "web", "nightly",
                "cron(0 22 * * ? *)", "Europe/Berlin", new ScalableTargetAction(1, 2)));
        scaling.deregisterScalableTarget(ScalingNames.ECS, ID, ScalingNames.DESIRED_COUNT);

        assertThat(scaling.describeScalableTargets(ScalingNames.ECS, null, null, null, null).items()).isEmpty();
        assertThat(scaling.describeScalingPolicies(ScalingNames.ECS, null, ID, null, null, null).items()).isEmpty();
        assertThat(scaling.describeScheduledActions(ScalingNames.ECS, null, ID, null, null, null).items()).isEmpty();
        assertRefused(() -> scaling.deregisterScalableTarget(ScalingNames.ECS, ID, ScalingNames.DESIRED_COUNT),
                "ObjectNotFoundException", NO_TARGET);
    }

    @Test
    void registeringIsValidatedInAwsWords() {
        world();
        assertRefused(() -> scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "nope",
                1, 2)), "ValidationException", "ECS service doesn't exist: service/test-cluster/nope");
        assertRefused(() -> scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "web",
                1, null)), "ValidationException",
                "MinCapacity and MaxCapacity are required when registering a new scalable target.");
        assertRefused(() -> scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "web",
                5, 2)), "ValidationException", "Minimum capacity cannot be greater than maximum capacity");
        assertRefused(() -> scaling.registerScalableTarget(new RegisterScalableTargetRequest(ScalingNames.ECS,
                "cluster/web", ScalingNames.DESIRED_COUNT, 1, 2, null, null)), "ValidationException",
                "Unsupported resource ID: cluster/web. An ECS service's resource ID is "
                        + "service/<cluster-name>/<service-name>.");
        assertThat(scaling.describeScalableTargets(ScalingNames.ECS, null, null, null, null).items()).isEmpty();
    }

    @Test
    void targetTrackingPoliciesComeWithTheirAlarmsAndAreDescribedAsPut() {
        world();
        assertRefused(() -> scaling.putScalingPolicy(cpu("cpu50", 50.0)), "ObjectNotFoundException", NO_TARGET);
        scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "web", 1, 4));

        PutScalingPolicyResult put = scaling.putScalingPolicy(PutScalingPolicyRequest.targetTracking(CLUSTER, "web",
                "cpu50", new TargetTrackingScalingPolicyConfiguration(50.0, new PredefinedMetricSpecification(
                        ScalingNames.CPU, null), 60, 120, true, null)));

        assertThat(put.policyARN()).startsWith("arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:")
                .endsWith(":resource/ecs/service/test-cluster/web:policyName/cpu50");
        assertThat(put.alarms()).hasSize(2).allSatisfy(alarm -> assertThat(alarm.alarmName())
                .startsWith("TargetTracking-service/test-cluster/web-Alarm"));
        ScalingPolicy described = scaling.describeScalingPolicies(ScalingNames.ECS, List.of("cpu50"), ID,
                ScalingNames.DESIRED_COUNT, null, null).items().get(0);
        assertThat(described.policyARN()).isEqualTo(put.policyARN());
        assertThat(described.policyType()).isEqualTo("TargetTrackingScaling");
        assertThat(described.targetTrackingScalingPolicyConfiguration()).isEqualTo(
                new TargetTrackingScalingPolicyConfiguration(50.0, new PredefinedMetricSpecification(ScalingNames.CPU,
                        null), 60, 120, true, null));
        assertThat(described.stepScalingPolicyConfiguration()).isNull();
        assertThat(described.alarms()).isEqualTo(put.alarms());

        scaling.deleteScalingPolicy("cpu50", ScalingNames.ECS, ID, ScalingNames.DESIRED_COUNT);
        assertThat(scaling.describeScalingPolicies(ScalingNames.ECS, null, ID, null, null, null).items()).isEmpty();
        assertRefused(() -> scaling.deleteScalingPolicy("cpu50", ScalingNames.ECS, ID, ScalingNames.DESIRED_COUNT),
                "ObjectNotFoundException", "No scaling policy found for service namespace: ecs, resource ID: "
                        + "service/test-cluster/web, scalable dimension: ecs:service:DesiredCount, policy name: cpu50");
    }

    @Test
    void stepPoliciesKeepTheirStepsAndBadConfigurationsAreRefused() {
        world();
        scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "web", 1, 4));
        StepScalingPolicyConfiguration steps = new StepScalingPolicyConfiguration("ChangeInCapacity", List.of(
                new StepAdjustment(0.0, 20.0, 1), new StepAdjustment(20.0, null, 2)), null, 60, "Average");

        scaling.putScalingPolicy(PutScalingPolicyRequest.step(CLUSTER, "web", "steps", steps));

        assertThat(scaling.describeScalingPolicies(ScalingNames.ECS, null, ID, null, null, null).items())
                .singleElement().satisfies(policy -> {
                    assertThat(policy.policyType()).isEqualTo("StepScaling");
                    assertThat(policy.stepScalingPolicyConfiguration()).isEqualTo(steps);
                    assertThat(policy.alarms()).isEmpty();
                });
        assertRefused(() -> scaling.putScalingPolicy(PutScalingPolicyRequest.step(CLUSTER, "web", "gap",
                new StepScalingPolicyConfiguration("ChangeInCapacity", List.of(new StepAdjustment(0.0, 10.0, 1),
                        new StepAdjustment(20.0, null, 2)), null, null, null))), "ValidationException",
                "Step adjustments must not overlap or have gaps between them");
        assertRefused(() -> scaling.putScalingPolicy(cpu("cpu", null)), "ValidationException",
                "TargetValue must be greater than 0");
        assertRefused(() -> scaling.putScalingPolicy(cpu("bad/name", 50.0)), "ValidationException",
                "1 validation error detected: Value 'bad/name' at 'policyName' failed to satisfy constraint: Member "
                        + "must have length between 1 and 256 and must not contain ':', '/' or '|'");
    }

    @Test
    void scheduledActionsArePutDescribedAndDeleted() {
        world();
        assertRefused(() -> scaling.putScheduledAction(PutScheduledActionRequest.ecsService(CLUSTER, "web", "a",
                "rate(1 hour)", null, new ScalableTargetAction(1, 2))), "ObjectNotFoundException", NO_TARGET);
        scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "web", 1, 10));
        Instant start = ecs.simulator.now().plus(Duration.ofHours(1));
        scaling.putScheduledAction(new PutScheduledActionRequest(ScalingNames.ECS, "rate(5 minutes)", null,
                "every-five", ID, ScalingNames.DESIRED_COUNT, start, start.plus(Duration.ofHours(2)),
                new ScalableTargetAction(3, null)));
        scaling.putScheduledAction(PutScheduledActionRequest.ecsService(CLUSTER, "web", "nightly",
                "cron(0 22 * * ? *)", "Europe/Berlin", new ScalableTargetAction(1, 4)));

        List<ScheduledAction> actions = scaling.describeScheduledActions(ScalingNames.ECS, null, ID,
                ScalingNames.DESIRED_COUNT, null, null).items();

        assertThat(actions).extracting(ScheduledAction::scheduledActionName).containsExactly("every-five", "nightly");
        assertThat(actions.get(0)).satisfies(action -> {
            assertThat(action.schedule()).isEqualTo("rate(5 minutes)");
            assertThat(action.startTime()).isEqualTo(start);
            assertThat(action.endTime()).isEqualTo(start.plus(Duration.ofHours(2)));
            assertThat(action.scalableTargetAction()).isEqualTo(new ScalableTargetAction(3, null));
        });
        assertThat(actions.get(1)).satisfies(action -> {
            assertThat(action.timezone()).isEqualTo("Europe/Berlin");
            assertThat(action.scheduledActionARN()).endsWith(":scheduledActionName/nightly");
            assertThat(action.creationTime()).isEqualTo(ecs.simulator.now());
        });
        assertThat(scaling.describeScheduledActions(ScalingNames.ECS, List.of("nightly"), ID, null, null, null)
                .items()).extracting(ScheduledAction::scheduledActionName).containsExactly("nightly");
        assertRefused(() -> scaling.putScheduledAction(PutScheduledActionRequest.ecsService(CLUSTER, "web", "bad",
                "cron(0 9 * *)", null, new ScalableTargetAction(1, 2))), "ValidationException",
                "Invalid cron expression: cron(0 9 * *). It needs six fields: minutes hours day-of-month month "
                        + "day-of-week year.");

        scaling.deleteScheduledAction(ScalingNames.ECS, "every-five", ID, ScalingNames.DESIRED_COUNT);
        assertThat(scaling.describeScheduledActions(ScalingNames.ECS, null, ID, null, null, null).items())
                .extracting(ScheduledAction::scheduledActionName).containsExactly("nightly");
        assertRefused(() -> scaling.deleteScheduledAction(ScalingNames.ECS, "every-five", ID,
                ScalingNames.DESIRED_COUNT), "ObjectNotFoundException", "No scheduled action found for service "
                + "namespace: ecs, resource ID: service/test-cluster/web, scalable dimension: "
                + "ecs:service:DesiredCount, scheduled action name: every-five");
    }

    @Test
    void activitiesAreListedNewestFirstInPages() {
        world();
        scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "web", 3, 6));
        ecs.advance(Duration.ofMinutes(1));
        scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(CLUSTER, "web", 1, 2));
        ecs.advance(Duration.ofMinutes(1));

        Page<ScalingActivity> first = scaling.describeScalingActivities(ScalingNames.ECS, ID,
                ScalingNames.DESIRED_COUNT, 1, null, false);
        Page<ScalingActivity> rest = scaling.describeScalingActivities(ScalingNames.ECS, ID,
                ScalingNames.DESIRED_COUNT, 50, first.nextToken(), false);

        assertThat(first.items()).singleElement().satisfies(activity -> {
            assertThat(activity.description()).isEqualTo("Setting desired count to 2.");
            assertThat(activity.cause()).isEqualTo("maximum capacity was set to 2");
            assertThat(activity.statusCode()).isEqualTo("Successful");
            assertThat(activity.activityId()).isNotBlank();
            assertThat(activity.endTime()).isNotNull();
        });
        assertThat(rest.items()).extracting(ScalingActivity::description).containsExactly(
                "Setting desired count to 3.");
        assertThat(rest.nextToken()).isNull();
        assertRefused(() -> scaling.describeScalingPolicies(ScalingNames.ECS, null, null, null, 51, null),
                "ValidationException", "1 validation error detected: Value '51' at 'maxResults' failed to satisfy "
                        + "constraint: Member must have value less than or equal to 50");
        assertRefused(() -> scaling.describeScalingActivities(ScalingNames.ECS, ID, null, null, "junk", false),
                "InvalidNextTokenException", "Invalid token");
    }

    private static PutScalingPolicyRequest cpu(String name, Double target) {
        return PutScalingPolicyRequest.targetTracking(CLUSTER, "web", name, new TargetTrackingScalingPolicyConfiguration(
                target, new PredefinedMetricSpecification(ScalingNames.CPU, null), null, null, null, null));
    }
}
