package dev.berth.sim.events;

/** SNS CreateTopic. */
public record CreateTopicCommand(String name) implements EventsCommand<String> {
    @Override
    public String applyTo(EventsWorld events) {
        return events.createTopic(name);
    }
}
