package dev.berth.contract;

import dev.berth.core.gateway.SnsGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.Test;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** The SNS contract against the simulator's own gateway, which alone keeps what a topic published. */
class SimSnsGatewayTest extends SnsGatewayContract {

    @Override
    protected SnsGateway backend(Simulator simulator) {
        return simulator.sns();
    }

    @Test
    void aNewTopicHasPublishedNothingAndAMissingTopicIsNotFound() {
        SnsGateway sns = backend(world());
        String arn = sns.createTopic("ops-alerts");

        assertThat(sns.listNotifications(arn)).isEmpty();
        assertRefused(() -> sns.listNotifications("arn:aws:sns:us-east-1:" + ACCOUNT + ":missing"), "NotFound",
                "Topic does not exist");
    }
}
