package dev.berth.sim.events;

import dev.berth.core.model.EcsParameters;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Target;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** PutRule, PutTargets and DeleteRule refuse what EventBridge refuses, with its codes and wording. */
class EventsValidationTest {
    private final EventsFixture f = new EventsFixture(51);

    @Test
    void putRuleChecksItsNameScheduleAndPattern() {
        assertRefused(() -> f.events.putRule(new PutRuleRequest("bad name", "rate(1 hour)", null, null, null, null)),
                "ValidationException", "1 validation error detected: Value 'bad name' at 'name' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
        assertRefused(() -> f.events.putRule(new PutRuleRequest("r", null, null, null, null, null)),
                "ValidationException", "Parameter(s) EventPattern or ScheduleExpression must be specified.");
        for (String schedule : List.of("rate(1 hours)", "rate(0 minutes)", "cron(0 * * * * *)",
                "cron(0 * ? * ? *)", "at(2026-03-02T10:00:00)", "every hour")) {
            assertRefused(() -> f.events.putRule(new PutRuleRequest("r", schedule, null, null, null, null)),
                    "ValidationException", "Parameter ScheduleExpression is not valid.");
        }
        assertRefused(() -> f.events.putRule(new PutRuleRequest("r", null, "{\"source\": \"aws.s3\"}", null, null,
                null)), "InvalidEventPatternException",
                "Event pattern is not valid. Reason: \"source\" must be an object or an array");
        assertRefused(() -> f.events.putRule(new PutRuleRequest("r", null, "{\"source\": [{\"wildcard\": \"a*\"}]}",
                null, null, null)), "InvalidEventPatternException",
                "Event pattern is not valid. Reason: Unrecognized match type wildcard");
        assertRefused(() -> f.events.putRule(new PutRuleRequest("r", null, "not json", null, null, null)),
                "InvalidEventPatternException", "Event pattern is not valid. Reason: Filter is not an object");
        assertThat(f.events.listRules(null, null, null).items()).isEmpty();
    }

    @Test
    void targetsNeedTheirRuleAndEcsTargetsTheirParametersAndRole() {
        assertRefused(() -> f.events.putTargets("missing", List.of(EventsFixture.ecsTarget("t", "job", null))),
                "ResourceNotFoundException", "Rule missing does not exist on EventBus default.");
        f.events.putRule(new PutRuleRequest("r", "rate(1 hour)", null, null, null, null));
        assertRefused(() -> f.events.putTargets("r", List.of(new Target("t", EventsFixture.CLUSTER_ARN, null, null,
                null, null, new EcsParameters("job", 1, "FARGATE", null, null, null)))),
                "ValidationException", "Parameter(s) RoleArn must be specified for target: t.");
        assertRefused(() -> f.events.putTargets("r", List.of(new Target("t", EventsFixture.CLUSTER_ARN,
                EventsFixture.ROLE, null, null, null, null))),
                "ValidationException", "Parameter(s) EcsParameters must be specified for target: t.");
        assertRefused(() -> f.events.putTargets("r", List.of(new Target("t", EventsFixture.CLUSTER_ARN,
                EventsFixture.ROLE, "{}", "$.detail", null, new EcsParameters("job", 1, null, null, null, null)))),
                "ValidationException", "Only one of Input, InputPath, or InputTransformer must be provided.");

        List<PutTargetsResultEntry> failed = f.events.putTargets("r", List.of(
                EventsFixture.ecsTarget("ok", "job", null),
                new Target("lambda", "arn:aws:lambda:us-east-1:123456789012:function:f", null, null, null, null,
                        null),
                new Target("junk", "not-an-arn", null, null, null, null, null)));
        assertThat(failed).extracting(PutTargetsResultEntry::targetId, PutTargetsResultEntry::errorMessage)
                .containsExactly(
                        tuple("lambda",
                                "The simulator delivers to ECS clusters and SNS topics only."),
                        tuple("junk", "Provided Arn is not in correct format."));
        assertThat(f.events.listTargetsByRule("r", null, null).items()).extracting(Target::id).containsExactly("ok");

        assertRefused(() -> f.events.deleteRule("r"), "ValidationException",
                "Rule can't be deleted since it has targets.");
        f.events.removeTargets("r", List.of("ok"));
        f.events.deleteRule("r");
        f.events.deleteRule("r");
        assertRefused(() -> f.events.describeRule("r"), "ResourceNotFoundException",
                "Rule r does not exist on EventBus default.");
        assertRefused(() -> f.events.enableRule("r"), "ResourceNotFoundException",
                "Rule r does not exist on EventBus default.");
    }

    @Test
    void aRuleHoldsAtMostFiveTargetsAndListRulesPagesByName() {
        f.events.putRule(new PutRuleRequest("b-rule", "rate(1 hour)", null, null, null, null));
        f.events.putRule(new PutRuleRequest("a-rule", "rate(2 hours)", null, "DISABLED", null, null));
        f.events.putRule(new PutRuleRequest("other", "rate(3 hours)", null, null, null, null));
        assertRefused(() -> f.events.putTargets("b-rule", List.of(1, 2, 3, 4, 5, 6).stream()
                .map(i -> EventsFixture.ecsTarget("t" + i, "job", null)).toList()),
                "LimitExceededException", "The requested resource exceeds the maximum number allowed.");

        var first = f.events.listRules(null, null, 2);
        assertThat(first.items()).extracting(r -> r.name() + " " + r.state())
                .containsExactly("a-rule DISABLED", "b-rule ENABLED");
        assertThat(f.events.listRules(null, first.nextToken(), 2).items()).extracting(r -> r.name())
                .containsExactly("other");
        assertThat(f.events.listRules("a-", null, null).items()).singleElement()
                .satisfies(r -> assertThat(r.arn()).isEqualTo("arn:aws:events:us-east-1:123456789012:rule/a-rule"));
        assertRefused(() -> f.events.listRules(null, null, 101), "ValidationException",
                "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: "
                        + "Member must have value between 1 and 100");
    }
}
