package dev.berth.sim.events;

import dev.berth.core.model.PutTargetsResultEntry;

import java.util.List;

/** RemoveTargets. */
public record RemoveTargetsCommand(String rule, List<String> ids)
        implements EventsCommand<List<PutTargetsResultEntry>> {
    @Override
    public List<PutTargetsResultEntry> applyTo(EventsWorld events) {
        return events.removeTargets(rule, ids);
    }
}
