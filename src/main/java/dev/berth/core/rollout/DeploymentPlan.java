package dev.berth.core.rollout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a rolling update will do before it starts, wave by wave. It applies the service scheduler's reconcile step
 * (AWS-BEHAVIOUR.md §2.5, as the simulator's {@code EcsServiceScheduler} runs it) on the assumption that every task
 * started in a wave is running and healthy by the next one. In one pass the scheduler first starts
 * {@code min(maximumTotal − wanting to run, desired − new)} tasks, then stops {@code healthy − minimumHealthy} old
 * ones; tasks it has just started are not healthy yet, and the room stopped tasks free is used by the next pass.
 *
 * @param runningCount healthy tasks of the old revision when the deployment starts
 * @param waves        the passes that start or stop something, in order
 * @param lowestHealthy the fewest healthy tasks at any moment, the running count before the first wave included
 * @param highestTotal the most tasks wanting to run at any moment
 */
public record DeploymentPlan(int runningCount, int desiredCount, int minimumHealthyPercent, int maximumPercent,
                             DeploymentBounds bounds, List<Wave> waves, int lowestHealthy, int highestTotal,
                             Set<PlanWarning> warnings) {

    /**
     * One scheduler pass: {@code started} new tasks and {@code stopped} old ones; {@code healthy} tasks stay healthy
     * while it runs and {@code total} tasks want to run once its tasks have started.
     */
    public record Wave(int started, int stopped, int healthy, int total) {
    }

    public DeploymentPlan {
        waves = List.copyOf(waves);
        warnings = warnings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(warnings));
    }

    /** A new revision replacing {@code desiredCount} healthy tasks of the old one. */
    public static DeploymentPlan preview(int desiredCount, int minimumHealthyPercent, int maximumPercent) {
        return preview(desiredCount, desiredCount, minimumHealthyPercent, maximumPercent);
    }

    /** A new revision replacing {@code runningCount} healthy old tasks, with {@code desiredCount} new ones wanted. */
    public static DeploymentPlan preview(int runningCount, int desiredCount, int minimumHealthyPercent,
                                         int maximumPercent) {
        DeploymentBounds bounds = DeploymentBounds.of(desiredCount, minimumHealthyPercent, maximumPercent);
        Set<PlanWarning> warnings = EnumSet.noneOf(PlanWarning.class);
        if (desiredCount < 0) {
            warnings.add(PlanWarning.INVALID_DESIRED_COUNT);
        }
        if (minimumHealthyPercent < 0 || minimumHealthyPercent > 100) {
            warnings.add(PlanWarning.INVALID_MINIMUM_HEALTHY_PERCENT);
        }
        if (maximumPercent < 100) {
            warnings.add(PlanWarning.INVALID_MAXIMUM_PERCENT);
        }
        List<Wave> waves = new ArrayList<>();
        if (warnings.isEmpty()) {
            waves = waves(Math.max(0, runningCount), bounds, warnings);
        }
        if (desiredCount == 0) {
            warnings.add(PlanWarning.NOTHING_TO_DEPLOY);
        }
        int lowestHealthy = Math.max(0, runningCount);
        int highestTotal = lowestHealthy;
        for (Wave wave : waves) {
            lowestHealthy = Math.min(lowestHealthy, wave.healthy());
            highestTotal = Math.max(highestTotal, wave.total());
        }
        if (lowestHealthy == 0 && runningCount > 0 && desiredCount > 0) {
            warnings.add(PlanWarning.FULL_OUTAGE);
        }
        return new DeploymentPlan(runningCount, desiredCount, minimumHealthyPercent, maximumPercent, bounds, waves,
                lowestHealthy, highestTotal, warnings);
    }

    /** True when the waves end with the desired count of new tasks and no old one. */
    public boolean completes() {
        return warnings.stream().noneMatch(PlanWarning::blocking);
    }

    private static List<Wave> waves(int runningCount, DeploymentBounds bounds, Set<PlanWarning> warnings) {
        List<Wave> waves = new ArrayList<>();
        int desired = bounds.desiredCount();
        int old = runningCount;
        int fresh = 0;
        while (old > 0 || fresh < desired) {
            int wanting = old + fresh;
            int started = Math.max(0, Math.min(bounds.maximumTotal() - wanting, desired - fresh));
            int stopped = Math.min(old, Math.max(0, wanting - bounds.minimumHealthy()));
            if (started == 0 && stopped == 0) {
                warnings.add(PlanWarning.CANNOT_MOVE);
                break;
            }
            waves.add(new Wave(started, stopped, wanting - stopped, wanting + started));
            old -= stopped;
            fresh += started;
        }
        return waves;
    }
}
