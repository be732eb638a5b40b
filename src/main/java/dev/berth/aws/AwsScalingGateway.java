package dev.berth.aws;

import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScalingPolicyResult;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.ScheduledAction;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;

import java.util.List;

import static dev.berth.aws.EcsShapes.map;

/**
 * Application Auto Scaling through the SDK's {@link ApplicationAutoScalingClient}: one SDK call per method, failures
 * translated, writes refused while the connection is read-only. Empty name filters are left out, as "every one".
 */
public final class AwsScalingGateway implements ScalingGateway {
    private final ApplicationAutoScalingClient scaling;
    private final SdkCalls calls;

    AwsScalingGateway(ApplicationAutoScalingClient scaling, SdkCalls calls) {
        this.scaling = scaling;
        this.calls = calls;
    }

    @Override
    public String registerScalableTarget(RegisterScalableTargetRequest request) {
        return calls.write("RegisterScalableTarget", () -> scaling.registerScalableTarget(
                ScalingShapes.register(request)).scalableTargetARN());
    }

    @Override
    public Page<ScalableTarget> describeScalableTargets(String serviceNamespace, List<String> resourceIds,
                                                        String scalableDimension, Integer maxResults,
                                                        String nextToken) {
        return calls.read("DescribeScalableTargets", () -> {
            var answer = scaling.describeScalableTargets(r -> r.serviceNamespace(serviceNamespace)
                    .resourceIds(emptyAsNull(resourceIds)).scalableDimension(scalableDimension)
                    .maxResults(maxResults).nextToken(nextToken));
            return new Page<>(map(answer.scalableTargets(), ScalingShapes::target), answer.nextToken());
        });
    }

    @Override
    public void deregisterScalableTarget(String serviceNamespace, String resourceId, String scalableDimension) {
        calls.write("DeregisterScalableTarget", () -> scaling.deregisterScalableTarget(r -> r
                .serviceNamespace(serviceNamespace).resourceId(resourceId).scalableDimension(scalableDimension)));
    }

    @Override
    public PutScalingPolicyResult putScalingPolicy(PutScalingPolicyRequest request) {
        return calls.write("PutScalingPolicy", () -> ScalingShapes.putPolicyResult(
                scaling.putScalingPolicy(ScalingShapes.putPolicy(request))));
    }

    @Override
    public Page<ScalingPolicy> describeScalingPolicies(String serviceNamespace, List<String> policyNames,
                                                       String resourceId, String scalableDimension,
                                                       Integer maxResults, String nextToken) {
        return calls.read("DescribeScalingPolicies", () -> {
            var answer = scaling.describeScalingPolicies(r -> r.serviceNamespace(serviceNamespace)
                    .policyNames(emptyAsNull(policyNames)).resourceId(resourceId)
                    .scalableDimension(scalableDimension).maxResults(maxResults).nextToken(nextToken));
            return new Page<>(map(answer.scalingPolicies(), ScalingShapes::policy), answer.nextToken());
        });
    }

    @Override
    public void deleteScalingPolicy(String policyName, String serviceNamespace, String resourceId,
                                    String scalableDimension) {
        calls.write("DeleteScalingPolicy", () -> scaling.deleteScalingPolicy(r -> r.policyName(policyName)
                .serviceNamespace(serviceNamespace).resourceId(resourceId).scalableDimension(scalableDimension)));
    }

    @Override
    public void putScheduledAction(PutScheduledActionRequest request) {
        calls.write("PutScheduledAction", () -> scaling.putScheduledAction(
                ScalingShapes.putScheduledAction(request)));
    }

    @Override
    public Page<ScheduledAction> describeScheduledActions(String serviceNamespace, List<String> scheduledActionNames,
                                                          String resourceId, String scalableDimension,
                                                          Integer maxResults, String nextToken) {
        return calls.read("DescribeScheduledActions", () -> {
            var answer = scaling.describeScheduledActions(r -> r.serviceNamespace(serviceNamespace)
                    .scheduledActionNames(emptyAsNull(scheduledActionNames)).resourceId(resourceId)
                    .scalableDimension(scalableDimension).maxResults(maxResults).nextToken(nextToken));
            return new Page<>(map(answer.scheduledActions(), ScalingShapes::scheduledAction), answer.nextToken());
        });
    }

    @Override
    public void deleteScheduledAction(String serviceNamespace, String scheduledActionName, String resourceId,
                                      String scalableDimension) {
        calls.write("DeleteScheduledAction", () -> scaling.deleteScheduledAction(r -> r
                .serviceNamespace(serviceNamespace).scheduledActionName(scheduledActionName).resourceId(resourceId)
                .scalableDimension(scalableDimension)));
    }

    @Override
    public Page<ScalingActivity> describeScalingActivities(String serviceNamespace, String resourceId,
                                                           String scalableDimension, Integer maxResults,
                                                           String nextToken, boolean includeNotScaledActivities) {
        return calls.read("DescribeScalingActivities", () -> {
            var answer = scaling.describeScalingActivities(r -> r.serviceNamespace(serviceNamespace)
                    .resourceId(resourceId).scalableDimension(scalableDimension).maxResults(maxResults)
                    .nextToken(nextToken).includeNotScaledActivities(includeNotScaledActivities ? Boolean.TRUE : null));
            return new Page<>(map(answer.scalingActivities(), ScalingShapes::activity), answer.nextToken());
        });
    }

    private static List<String> emptyAsNull(List<String> names) {
        return names == null || names.isEmpty() ? null : names;
    }
}
