package dev.berth.ui.testing;

import dev.berth.core.gateway.GatewayException;
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

import java.util.List;

/**
 * Application Auto Scaling for the fake ECS: no service is scalable, so the describe calls find nothing and every
 * change is refused as AWS refuses changes to targets that were never registered. Scaling itself is tested on the
 * simulator.
 */
final class FakeScaling implements ScalingGateway {

    @Override
    public String registerScalableTarget(RegisterScalableTargetRequest request) {
        throw GatewayException.client("ValidationException", "ECS service doesn't exist: " + request.resourceId());
    }

    @Override
    public Page<ScalableTarget> describeScalableTargets(String serviceNamespace, List<String> resourceIds,
                                                        String scalableDimension, Integer maxResults,
                                                        String nextToken) {
        return new Page<>(List.of(), null);
    }

    @Override
    public void deregisterScalableTarget(String serviceNamespace, String resourceId, String scalableDimension) {
        throw notRegistered(resourceId);
    }

    @Override
    public PutScalingPolicyResult putScalingPolicy(PutScalingPolicyRequest request) {
        throw notRegistered(request.resourceId());
    }

    @Override
    public Page<ScalingPolicy> describeScalingPolicies(String serviceNamespace, List<String> policyNames,
                                                       String resourceId, String scalableDimension,
                                                       Integer maxResults, String nextToken) {
        return new Page<>(List.of(), null);
    }

    @Override
    public void deleteScalingPolicy(String policyName, String serviceNamespace, String resourceId,
                                    String scalableDimension) {
        throw notRegistered(resourceId);
    }

    @Override
    public void putScheduledAction(PutScheduledActionRequest request) {
        throw notRegistered(request.resourceId());
    }

    @Override
    public Page<ScheduledAction> describeScheduledActions(String serviceNamespace, List<String> scheduledActionNames,
                                                          String resourceId, String scalableDimension,
                                                          Integer maxResults, String nextToken) {
        return new Page<>(List.of(), null);
    }

    @Override
    public void deleteScheduledAction(String serviceNamespace, String scheduledActionName, String resourceId,
                                      String scalableDimension) {
        throw notRegistered(resourceId);
    }

    @Override
    public Page<ScalingActivity> describeScalingActivities(String serviceNamespace, String resourceId,
                                                           String scalableDimension, Integer maxResults,
                                                           String nextToken, boolean includeNotScaledActivities) {
        return new Page<>(List.of(), null);
    }

    private static GatewayException notRegistered(String resourceId) {
        return GatewayException.client("ObjectNotFoundException", "No scalable target registered for service "
                + "namespace: ecs, resource ID: " + resourceId + ", scalable dimension: ecs:service:DesiredCount");
    }
}
