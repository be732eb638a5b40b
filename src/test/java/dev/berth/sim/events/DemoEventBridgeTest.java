package dev.berth.sim.events;

import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.model.Notification;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world's EventBridge flows work as the seeds draw them, by an upload alone. */
class DemoEventBridgeTest {

    @Test
    void anUploadToTheDemoBucketIsProcessedAndTheJobsStopIsAnnounced() {
        Simulator simulator = Simulator.create(WorldSettings.of("demo", 7, Instant.parse("2026-03-02T09:00:00Z")),
                CommandJournal.none());
        DemoWorld.populate(simulator);
        EventsGateway events = simulator.events();
        assertThat(events.listRules(null, null, null).items()).extracting(r -> r.name() + " " + r.state())
                .containsExactly("hourly-batch DISABLED", "object-uploaded ENABLED", "task-stopped ENABLED");
        simulator.advanceBy(Duration.ofMinutes(2));

        simulator.s3().putObject(DemoWorld.BUCKET, "incoming/invoice-42.pdf", 52_000);
        simulator.advanceBy(Duration.ofMinutes(3));

        String taskArn = events.listRuleInvocations("object-uploaded").get(0).taskArns().get(0);
        assertThat(simulator.dynamoDb().scan(DemoWorld.TABLE)).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("OBJECT_KEY", "incoming/invoice-42.pdf")
                        .containsEntry("taskArn", taskArn));
        String topic = simulator.sns().listTopics().get(0);
        assertThat(simulator.sns().listNotifications(topic)).extracting(Notification::message)
                .containsExactly("Task " + taskArn + " stopped: Essential container in task exited");
        assertThat(events.listRuleInvocations("hourly-batch")).isEmpty();
        assertThat(List.of(topic)).containsExactly("arn:aws:sns:us-east-1:123456789012:" + DemoWorld.TOPIC);
    }
}
