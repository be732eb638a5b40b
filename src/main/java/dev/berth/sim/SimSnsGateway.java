package dev.berth.sim;

import dev.berth.core.gateway.SnsGateway;
import dev.berth.core.model.Notification;
import dev.berth.sim.events.CreateTopicCommand;

import java.util.List;

/**
 * The simulator behind {@link SnsGateway}: its topics live in the EventBridge engine, which publishes on them when
 * tasks stop; changes become journaled commands, reads look at the world.
 */
final class SimSnsGateway implements SnsGateway {
    private final Simulator simulator;

    SimSnsGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String createTopic(String name) {
        return simulator.execute(new CreateTopicCommand(name));
    }

    @Override
    public List<String> listTopics() {
        return simulator.readEvents(e -> e.listTopics());
    }

    @Override
    public List<Notification> listNotifications(String topicArn) {
        return simulator.readEvents(e -> e.listNotifications(topicArn));
    }
}
