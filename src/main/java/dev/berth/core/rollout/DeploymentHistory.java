package dev.berth.core.rollout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * A service's rollouts as the timeline draws them, from {@code from} to {@code to}: a lane per task, oldest first;
 * the healthy count of each task definition revision; the band the deployment configuration allowed; the circuit
 * breaker's count per deployment; the service events; and the deployments, oldest first. Built by a {@link DeploymentRecorder} from what the
 * gateway returns, so it is the same for the simulator and for AWS.
 */
public record DeploymentHistory(String serviceName, Instant from, Instant to, List<TaskLane> lanes,
                                List<RevisionSeries> healthyByRevision, List<BoundsStep> bounds,
                                List<BreakerSeries> breakers, List<EventMarker> events,
                                List<DeploymentSpan> deployments) {
    public DeploymentHistory {
        lanes = List.copyOf(lanes);
        healthyByRevision = List.copyOf(healthyByRevision);
        bounds = List.copyOf(bounds);
        breakers = List.copyOf(breakers);
        events = List.copyOf(events);
        deployments = List.copyOf(deployments);
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

    public Optional<DeploymentSpan> deployment(String deploymentId) {
        return deployments.stream().filter(d -> d.deploymentId().equals(deploymentId)).findFirst();
    }

    /**
     * From the deployment's creation until the service next settled: the completion of the first deployment
     * created since (itself included) that completed, so a rollback or a deployment that replaced it mid-way is part
     * of its story. Until then, up to {@code to}.
     */
    public Window windowOf(String deploymentId) {
        DeploymentSpan deployment = deployment(deploymentId).orElseThrow(
                () -> new IllegalArgumentException("No deployment " + deploymentId + " in the history."));
        Instant start = deployment.createdAt() == null ? from : deployment.createdAt();
        Instant settled = deployments.stream()
                .filter(d -> d.completed() && d.finishedAt() != null && d.createdAt() != null
                        && !d.createdAt().isBefore(start))
                .map(DeploymentSpan::finishedAt).min(Comparator.naturalOrder()).orElse(to);
        return new Window(start, settled.isBefore(start) ? start : settled);
    }

    /**
     * The part of the history from {@code start} to {@code end}: the tasks alive in it (whole), the healthy counts
     * they make, the band in force from {@code start}, the breakers of deployments that had tasks or were created in
     * it, its events, and the deployments under way in it.
     */
    public DeploymentHistory during(Instant start, Instant end) {
        List<TaskLane> alive = lanes.stream().filter(l -> l.aliveDuring(start, end)).toList();
        List<BoundsStep> band = new ArrayList<>();
        BoundsStep opening = boundsAt(start);
        band.add(new BoundsStep(start, opening.desiredCount(), opening.minimumHealthyPercent(),
                opening.maximumPercent(), opening.minimumHealthy(), opening.maximumTotal()));
        bounds.stream().filter(b -> b.from().isAfter(start) && !b.from().isAfter(end)).forEach(band::add);
        List<DeploymentSpan> underWay = deployments.stream()
                .filter(d -> (d.createdAt() == null || !d.createdAt().isAfter(end))
                        && (d.finishedAt() == null || !d.finishedAt().isBefore(start)))
                .toList();
        Set<String> involved = new HashSet<>();
        alive.forEach(l -> involved.add(l.deploymentId()));
        underWay.forEach(d -> involved.add(d.deploymentId()));
        return new DeploymentHistory(serviceName, start, end, alive, RevisionSeries.of(alive, start), band,
                breakers.stream().filter(b -> involved.contains(b.deploymentId())).toList(),
                events.stream().filter(e -> !e.at().isBefore(start) && !e.at().isAfter(end)).toList(), underWay);
    }

    /** A stretch of the history's time. */
    public record Window(Instant from, Instant to) {
    }
}
