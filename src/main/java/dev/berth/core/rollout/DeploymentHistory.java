package dev.berth.core.rollout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A service's rollouts as the timeline draws them, from {@code from} to {@code to}: a lane per task, oldest first;
 * the healthy count of each task definition revision; the band the deployment configuration allowed; the circuit
 * breaker's count per deployment; and the service events. Built by a {@link DeploymentRecorder} from what the
 * gateway returns, so it is the same for the simulator and for AWS.
 */
public record DeploymentHistory(String serviceName, Instant from, Instant to, List<TaskLane> lanes,
                                List<RevisionSeries> healthyByRevision, List<BoundsStep> bounds,
                                List<BreakerSeries> breakers, List<EventMarker> events) {
    public DeploymentHistory {
        lanes = List.copyOf(lanes);
        healthyByRevision = List.copyOf(healthyByRevision);
        bounds = List.copyOf(bounds);
        breakers = List.copyOf(breakers);
        events = List.copyOf(events);
    }

    public Optional<RevisionSeries> revision(String taskDefinition) {
        return healthyByRevision.stream().filter(r -> r.taskDefinition().equals(taskDefinition)).findFirst();
    }

    /** Healthy tasks of {@code taskDefinition} ({@code family:revision}) at {@code at}; 0 for one never seen. */
    public int healthyAt(String taskDefinition, Instant at) {
        return revision(taskDefinition).map(r -> r.healthyAt(at)).orElse(0);
    }

    /** The band in force at {@code at}; the first one before the history starts. */
    public BoundsStep boundsAt(Instant at) {
        BoundsStep current = bounds.get(0);
        for (BoundsStep step : bounds) {
            if (!step.from().isAfter(at)) {
                current = step;
            }
        }
        return current;
    }

    public Optional<BreakerSeries> breaker(String deploymentId) {
        return breakers.stream().filter(b -> b.deploymentId().equals(deploymentId)).findFirst();
    }

    public Optional<TaskLane> lane(String taskId) {
        return lanes.stream().filter(l -> l.taskId().equals(taskId)).findFirst();
    }
}
