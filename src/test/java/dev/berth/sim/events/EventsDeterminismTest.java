package dev.berth.sim.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.Target;
import dev.berth.core.model.Task;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.JsonRecordingJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventsDeterminismTest {
    private final ObjectMapper json = new ObjectMapper();

    /** What a run leaves behind: the tasks, each rule's invocations, the items written, the notifications. */
    private record Outcome(List<Task> tasks, List<RuleInvocation> invocations, List<Map<String, String>> items,
                           List<String> notifications) {
    }

    @Test
    void theSameCommandsGiveTheSameHistoryAndTheJournalReplaysIt() throws Exception {
        JsonRecordingJournal journal = new JsonRecordingJournal();
        Outcome first = play(new EventsFixture(61, journal));
        Outcome second = play(new EventsFixture(61));
        assertThat(first.tasks()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(first.notifications()).isNotEmpty();
        assertThat(second).isEqualTo(first);

        Simulator rebuilt = Simulator.create(WorldSettings.of("test", 61, EcsFixture.START), CommandJournal.none());
        for (String entry : journal.entries()) {
            JournalEntry read = json.readValue(entry, JournalEntry.class);
            assertThat(json.writeValueAsString(read)).isEqualTo(entry);
            rebuilt.replay(read);
        }
        rebuilt.advanceTo(EventsFixture.at("12:00:00"));
        assertThat(outcome(new EventsFixture(rebuilt))).isEqualTo(first);
    }

    private Outcome play(EventsFixture f) {
        String topic = f.sns.createTopic("ops");
        f.s3.createBucket("uploads");
        f.s3.putBucketNotificationConfiguration("uploads", true);
        f.dynamoDb.createTable("processed-objects", "OBJECT_KEY");
        f.jobDefinition("process-object", 45, "processed-objects");
        f.jobDefinition("hourly-batch", 300, null);
        f.events.putRule(new PutRuleRequest("object-uploaded", null, S3ToFargateFlowTest.PATTERN, null, null, null));
        f.events.putTargets("object-uploaded", List.of(EventsFixture.ecsTarget("process", "process-object",
                S3ToFargateFlowTest.OBJECT_KEY)));
        f.events.putRule(new PutRuleRequest("hourly", "rate(1 hour)", null, null, null, null));
        f.events.putTargets("hourly", List.of(EventsFixture.ecsTarget("batch", "hourly-batch", null)));
        f.events.putRule(new PutRuleRequest("stopped", null, StoppedTaskNotificationTest.STOPPED, null, null, null));
        f.events.putTargets("stopped", List.of(new Target("ops", topic, null, null, "$.detail.taskArn", null,
                null)));
        f.advanceTo("09:20:00");
        f.s3.putObject("uploads", "incoming/1.csv", 10);
        f.s3.putObject("uploads", "incoming/2.csv", 20);
        f.advanceTo("12:00:00");
        return outcome(f);
    }

    private static Outcome outcome(EventsFixture f) {
        return new Outcome(f.tasks(), List.of("object-uploaded", "hourly", "stopped").stream()
                .flatMap(rule -> f.events.listRuleInvocations(rule).stream()).toList(),
                f.dynamoDb.scan("processed-objects"),
                f.sns.listNotifications(f.sns.listTopics().get(0)).stream().map(n -> n.message()).toList());
    }
}
