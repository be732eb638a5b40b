package dev.berth.sim.events;

import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Target;

import java.util.List;

/** PutTargets. */
public record PutTargetsCommand(String rule, List<Target> targets)
        implements EventsCommand<List<PutTargetsResultEntry>> {
    @Override
    public List<PutTargetsResultEntry> applyTo(EventsWorld events) {
        return events.putTargets(rule, targets);
    }
}
