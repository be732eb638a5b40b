package dev.berth.contract;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.SnsGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SNS contract against the AWS SDK gateway, talking awsQuery to the simulator's endpoint: one endpoint and one
 * SDK client for every test, each test's simulator put behind the endpoint as the test builds its world.
 */
class AwsSnsGatewayTest extends SnsGatewayContract {
    private static final AtomicReference<SnsGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("sns", LocalAws.forwardingTo(SnsGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected SnsGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.sns());
        return aws.gateway().sns();
    }

    @Test
    void whatATopicPublishedIsNotAskedOfAwsWhichKeepsNoCopy() {
        SnsGateway sns = backend(world());
        String arn = sns.createTopic("ops-alerts");
        long attempts = aws.gateway().apiCalls().orElseThrow().snapshot().attempts();

        assertThatThrownBy(() -> sns.listNotifications(arn)).isInstanceOf(GatewayException.class)
                .hasMessageContaining("subscribe to the topic");
        assertThat(aws.gateway().apiCalls().orElseThrow().snapshot().attempts()).isEqualTo(attempts);
    }
}
