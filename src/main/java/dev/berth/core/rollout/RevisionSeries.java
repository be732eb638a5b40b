package dev.berth.core.rollout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many tasks of one task definition revision ({@code family:revision}) were healthy, as a step series. */
public record RevisionSeries(String taskDefinition, List<CountStep> healthy) {
    public RevisionSeries {
        healthy = List.copyOf(healthy);
    }

    /** One series per revision, in the order the revisions first appear among the lanes, from {@code from}. */
    static List<RevisionSeries> of(List<TaskLane> lanes, Instant from) {
        Map<String, TreeMap<Instant, Integer>> changes = new LinkedHashMap<>();
        for (TaskLane lane : lanes) {
            TreeMap<Instant, Integer> revision = changes.computeIfAbsent(lane.taskDefinition(), r -> new TreeMap<>());
            if (lane.healthyAt() == null) {
                continue;
            }
            revision.merge(lane.healthyAt(), 1, Integer::sum);
            lane.phases().stream().filter(p -> p.phase() == TaskPhase.HEALTHY && p.end() != null).findFirst()
                    .ifPresent(p -> revision.merge(p.end(), -1, Integer::sum));
        }
        List<RevisionSeries> series = new ArrayList<>();
        changes.forEach((revision, deltas) -> {
            // Changes before the history starts make its opening count.
            int count = deltas.headMap(from, true).values().stream().mapToInt(Integer::intValue).sum();
            List<CountStep> steps = new ArrayList<>();
            steps.add(new CountStep(from, count));
            for (Map.Entry<Instant, Integer> delta : deltas.tailMap(from, false).entrySet()) {
                if (delta.getValue() != 0) {
                    count += delta.getValue();
                    steps.add(new CountStep(delta.getKey(), count));
                }
            }
            series.add(new RevisionSeries(revision, steps));
        });
        return series;
    }

    /** The healthy count at {@code at}; 0 before the first step. */
    public int healthyAt(Instant at) {
        int count = 0;
        for (CountStep step : healthy) {
            if (!step.at().isAfter(at)) {
                count = step.count();
            }
        }
        return count;
    }
}
