package dev.berth.sim.events;

import dev.berth.core.model.PutRuleRequest;

/** PutRule. */
public record PutRuleCommand(PutRuleRequest request) implements EventsCommand<String> {
    @Override
    public String applyTo(EventsWorld events) {
        return events.putRule(request);
    }
}
