package dev.berth.sim.events;

/** DeleteRule. */
public record DeleteRuleCommand(String name) implements EventsCommand<Void> {
    @Override
    public Void applyTo(EventsWorld events) {
        return events.deleteRule(name);
    }
}
