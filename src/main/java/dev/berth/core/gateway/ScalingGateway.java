package dev.berth.core.gateway;

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
 * Application Auto Scaling for ECS services (namespace {@code ecs}, dimension {@code ecs:service:DesiredCount},
 * resource id {@code service/CLUSTER/SERVICE}). One method per operation; null filters match everything; pages of
 * at most 50 (the default). Throws {@link GatewayException} with ValidationException, ObjectNotFoundException or
 * InvalidNextTokenException.
 */
public interface ScalingGateway {

    /** Returns the target's ARN. */
    String registerScalableTarget(RegisterScalableTargetRequest request);

    Page<ScalableTarget> describeScalableTargets(String serviceNamespace, List<String> resourceIds,
                                                 String scalableDimension, Integer maxResults, String nextToken);

    /** Also deletes the target's policies and scheduled actions. */
    void deregisterScalableTarget(String serviceNamespace, String resourceId, String scalableDimension);

    PutScalingPolicyResult putScalingPolicy(PutScalingPolicyRequest request);

    Page<ScalingPolicy> describeScalingPolicies(String serviceNamespace, List<String> policyNames, String resourceId,
                                                String scalableDimension, Integer maxResults, String nextToken);

    void deleteScalingPolicy(String policyName, String serviceNamespace, String resourceId, String scalableDimension);

    void putScheduledAction(PutScheduledActionRequest request);

    Page<ScheduledAction> describeScheduledActions(String serviceNamespace, List<String> scheduledActionNames,
                                                   String resourceId, String scalableDimension, Integer maxResults,
                                                   String nextToken);

    void deleteScheduledAction(String serviceNamespace, String scheduledActionName, String resourceId,
                               String scalableDimension);

    /** Newest first. */
    Page<ScalingActivity> describeScalingActivities(String serviceNamespace, String resourceId,
                                                    String scalableDimension, Integer maxResults, String nextToken,
                                                    boolean includeNotScaledActivities);
}
