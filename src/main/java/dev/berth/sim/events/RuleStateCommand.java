package dev.berth.sim.events;

/** EnableRule or DisableRule. */
public record RuleStateCommand(String name, boolean enabled) implements EventsCommand<Void> {
    @Override
    public Void applyTo(EventsWorld events) {
        return enabled ? events.enableRule(name) : events.disableRule(name);
    }
}
