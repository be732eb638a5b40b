package dev.berth.core.rollout;

import java.time.Instant;

/**
 * From {@code from} until the next step, the service's desired count and deployment configuration, and the band
 * they allow: at least {@code minimumHealthy} healthy tasks, at most {@code maximumTotal} wanting to run.
 */
public record BoundsStep(Instant from, int desiredCount, int minimumHealthyPercent, int maximumPercent,
                         int minimumHealthy, int maximumTotal) {

    static BoundsStep of(Instant from, int desiredCount, int minimumHealthyPercent, int maximumPercent) {
        DeploymentBounds bounds = DeploymentBounds.of(desiredCount, minimumHealthyPercent, maximumPercent);
        return new BoundsStep(from, desiredCount, minimumHealthyPercent, maximumPercent, bounds.minimumHealthy(),
                bounds.maximumTotal());
    }

    boolean sameBand(BoundsStep other) {
        return desiredCount == other.desiredCount && minimumHealthyPercent == other.minimumHealthyPercent
                && maximumPercent == other.maximumPercent;
    }
}
