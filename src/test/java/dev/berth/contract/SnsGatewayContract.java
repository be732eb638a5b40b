package dev.berth.contract;

import dev.berth.core.gateway.SnsGateway;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every SNS backend must do with the event flows' topics, with SNS's error codes and messages: run by
 * {@link SimSnsGatewayTest} against the simulator's own gateway and by {@link AwsSnsGatewayTest} against the AWS
 * SDK gateway talking awsQuery to the simulator's endpoint.
 */
abstract class SnsGatewayContract {
    static final String ACCOUNT = WorldSettings.DEFAULT_ACCOUNT_ID;

    /** The gateway under test over {@code simulator}. */
    protected abstract SnsGateway backend(Simulator simulator);

    static Simulator world() {
        return Simulator.create(WorldSettings.of("sns-contract", 5, Instant.parse("2026-03-02T09:00:00Z")),
                CommandJournal.none());
    }

    @Test
    void aTopicIsCreatedOnceByNameAndListed() {
        SnsGateway sns = backend(world());

        String arn = sns.createTopic("ops-alerts");

        assertThat(arn).isEqualTo("arn:aws:sns:us-east-1:" + ACCOUNT + ":ops-alerts");
        assertThat(sns.createTopic("ops-alerts")).isEqualTo(arn);
        assertThat(sns.listTopics()).containsExactly(arn);
    }

    @Test
    void everyTopicIsListedPastTheHundredOfOnePage() {
        Simulator simulator = world();
        SnsGateway sns = backend(simulator);
        for (int i = 0; i < 101; i++) {
            simulator.sns().createTopic(String.format("topic-%03d", i));
        }

        assertThat(sns.listTopics()).hasSize(101).endsWith("arn:aws:sns:us-east-1:" + ACCOUNT + ":topic-100");
    }

    @Test
    void aTopicNameOutsideTheAllowedCharactersIsAnInvalidParameter() {
        SnsGateway sns = backend(world());

        assertRefused(() -> sns.createTopic("ops alerts"), "InvalidParameter", "Invalid parameter: Topic Name");
    }
}
