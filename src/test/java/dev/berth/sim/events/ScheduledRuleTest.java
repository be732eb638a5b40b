package dev.berth.sim.events;

import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.Task;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds' "ECS tasks invoked by EventBridge Schedule": a batch task every hour. */
class ScheduledRuleTest {

    @Test
    void aRateRuleRunsTheBatchTaskEveryHourFromWhenItWasPutAndEachRunStopsWhenItsWorkIsDone() {
        EventsFixture f = new EventsFixture(21);
        f.jobDefinition("hourly-batch", 120, null);
        f.advanceTo("09:10:00");
        f.events.putRule(new PutRuleRequest("hourly-batch", "rate(1 hour)", null, null, null, null));
        f.events.putTargets("hourly-batch", List.of(EventsFixture.ecsTarget("batch", "hourly-batch", null)));

        f.advanceTo("10:09:59");
        assertThat(f.tasks()).isEmpty();
        f.advanceTo("12:30:00");

        List<RuleInvocation> invocations = f.events.listRuleInvocations("hourly-batch");
        assertThat(invocations).extracting(i -> i.invokedAt().toString())
                .containsExactly("2026-03-02T12:10:00Z", "2026-03-02T11:10:00Z", "2026-03-02T10:10:00Z");
        assertThat(invocations).allSatisfy(i -> {
            assertThat(i.succeeded()).isTrue();
            assertThat(i.detailType()).isEqualTo("Scheduled Event");
            assertThat(i.taskArns()).hasSize(1);
        });
        List<Task> tasks = f.tasks();
        assertThat(tasks).hasSize(3).allSatisfy(task -> {
            assertThat(task.startedBy()).isEqualTo("events-rule/hourly-batch");
            assertThat(task.lastStatus()).isEqualTo("STOPPED");
            assertThat(task.stopCode()).isEqualTo("EssentialContainerExited");
            assertThat(task.stoppedReason()).isEqualTo("Essential container in task exited");
            assertThat(task.containers().get(0).exitCode()).isZero();
            assertThat(task.stoppingAt()).isEqualTo(task.startedAt().plusSeconds(120));
        });
        assertThat(tasks).extracting(Task::taskArn)
                .containsExactlyInAnyOrderElementsOf(invocations.stream().flatMap(i -> i.taskArns().stream()).toList());
    }

    @Test
    void aCronRuleFiresOnTheHourAndADisabledRuleNotAtAll() {
        EventsFixture f = new EventsFixture(22);
        f.jobDefinition("hourly-batch", 60, null);
        f.events.putRule(new PutRuleRequest("on-the-hour", "cron(0 * * * ? *)", null, null, null, null));
        f.events.putTargets("on-the-hour", List.of(EventsFixture.ecsTarget("batch", "hourly-batch", null)));
        f.events.putRule(new PutRuleRequest("switched-off", "rate(5 minutes)", null, "DISABLED", null, null));
        f.events.putTargets("switched-off", List.of(EventsFixture.ecsTarget("batch", "hourly-batch", null)));

        f.advanceTo("11:30:00");
        assertThat(f.events.listRuleInvocations("on-the-hour")).extracting(i -> i.invokedAt().toString())
                .containsExactly("2026-03-02T11:00:00Z", "2026-03-02T10:00:00Z");
        assertThat(f.events.listRuleInvocations("switched-off")).isEmpty();

        f.events.disableRule("on-the-hour");
        f.events.enableRule("switched-off");
        f.advanceTo("12:11:00");
        assertThat(f.events.listRuleInvocations("on-the-hour")).hasSize(2);
        assertThat(f.events.listRuleInvocations("switched-off")).extracting(i -> i.invokedAt().toString())
                .first().isEqualTo("2026-03-02T12:10:00Z");
        assertThat(f.events.listRuleInvocations("switched-off")).hasSize(8);
        assertThat(f.events.describeRule("on-the-hour").state()).isEqualTo("DISABLED");
    }
}
