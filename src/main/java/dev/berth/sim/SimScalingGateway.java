package dev.berth.sim;

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
import dev.berth.sim.scaling.DeleteScalingPolicyCommand;
import dev.berth.sim.scaling.DeleteScheduledActionCommand;
import dev.berth.sim.scaling.DeregisterScalableTargetCommand;
import dev.berth.sim.scaling.PutScalingPolicyCommand;
import dev.berth.sim.scaling.PutScheduledActionCommand;
import dev.berth.sim.scaling.RegisterScalableTargetCommand;

import java.util.List;

/** The simulator behind {@link ScalingGateway}: changes become journaled commands, reads look at the world. */
final class SimScalingGateway implements ScalingGateway {
    private final Simulator simulator;

    SimScalingGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String registerScalableTarget(RegisterScalableTargetRequest request) {
        return simulator.execute(new RegisterScalableTargetCommand(request));
    }

    @Override
    public Page<ScalableTarget> describeScalableTargets(String serviceNamespace, List<String> resourceIds,
                                                        String scalableDimension, Integer maxResults,
                                                        String nextToken) {
        return simulator.readScaling(s -> s.describeScalableTargets(serviceNamespace, resourceIds, scalableDimension,
                maxResults, nextToken));
    }

    @Override
    public void deregisterScalableTarget(String serviceNamespace, String resourceId, String scalableDimension) {
        simulator.execute(new DeregisterScalableTargetCommand(serviceNamespace, resourceId, scalableDimension));
    }

    @Override
    public PutScalingPolicyResult putScalingPolicy(PutScalingPolicyRequest request) {
        return simulator.execute(new PutScalingPolicyCommand(request));
    }

    @Override
    public Page<ScalingPolicy> describeScalingPolicies(String serviceNamespace, List<String> policyNames,
                                                       String resourceId, String scalableDimension,
                                                       Integer maxResults, String nextToken) {
        return simulator.readScaling(s -> s.describeScalingPolicies(serviceNamespace, policyNames, resourceId,
                scalableDimension, maxResults, nextToken));
    }

    @Override
    public void deleteScalingPolicy(String policyName, String serviceNamespace, String resourceId,
                                    String scalableDimension) {
        simulator.execute(new DeleteScalingPolicyCommand(policyName, serviceNamespace, resourceId,
                scalableDimension));
    }

    @Override
    public void putScheduledAction(PutScheduledActionRequest request) {
        simulator.execute(PutScheduledActionCommand.of(request));
    }

    @Override
    public Page<ScheduledAction> describeScheduledActions(String serviceNamespace, List<String> scheduledActionNames,
                                                          String resourceId, String scalableDimension,
                                                          Integer maxResults, String nextToken) {
        return simulator.readScaling(s -> s.describeScheduledActions(serviceNamespace, scheduledActionNames,
                resourceId, scalableDimension, maxResults, nextToken));
    }

    @Override
    public void deleteScheduledAction(String serviceNamespace, String scheduledActionName, String resourceId,
                                      String scalableDimension) {
        simulator.execute(new DeleteScheduledActionCommand(serviceNamespace, scheduledActionName, resourceId,
                scalableDimension));
    }

    @Override
    public Page<ScalingActivity> describeScalingActivities(String serviceNamespace, String resourceId,
                                                           String scalableDimension, Integer maxResults,
                                                           String nextToken, boolean includeNotScaledActivities) {
        return simulator.readScaling(s -> s.describeScalingActivities(serviceNamespace, resourceId,
                scalableDimension, maxResults, nextToken, includeNotScaledActivities));
    }
}
