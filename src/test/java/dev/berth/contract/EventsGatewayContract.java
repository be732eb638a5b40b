package dev.berth.contract;

import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.EcsParameters;
import dev.berth.core.model.InputTransformer;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Rule;
import dev.berth.core.model.Target;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every EventBridge backend must do with rules and their targets, with AWS's error codes and messages: run by
 * {@link SimEventsGatewayTest} against the simulator's own gateway and by {@link AwsEventsGatewayTest} against the
 * AWS SDK gateway talking to the simulator's endpoint.
 */
abstract class EventsGatewayContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ACCOUNT = WorldSettings.DEFAULT_ACCOUNT_ID;
    private static final String CLUSTER = "arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/prod";
    private static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/ecsEventsRole";

    private EventsGateway events;

    /** The gateway under test over {@code simulator}. */
    protected abstract EventsGateway backend(Simulator simulator);

    @BeforeEach
    void world() {
        events = backend(Simulator.create(WorldSettings.of("events-contract", 5, START), CommandJournal.none()));
    }

    @Test
    void aRuleIsPutDescribedDisabledAndDeleted() {
        String arn = events.putRule(new PutRuleRequest("hourly", "rate(1 hour)", null, null, "Every hour", null));

        Rule expected = new Rule("hourly", "arn:aws:events:us-east-1:" + ACCOUNT + ":rule/hourly", null,
                "rate(1 hour)", "ENABLED", "Every hour", null, "default");
        assertThat(arn).isEqualTo(expected.arn());
        assertThat(events.describeRule("hourly")).isEqualTo(expected);
        events.disableRule("hourly");
        assertThat(events.describeRule("hourly").state()).isEqualTo("DISABLED");
        events.enableRule("hourly");
        assertThat(events.listRules(null, null, null).items()).containsExactly(expected);

        events.deleteRule("hourly");

        assertThat(events.listRules(null, null, null).items()).isEmpty();
        assertRefused(() -> events.describeRule("hourly"), "ResourceNotFoundException",
                "Rule hourly does not exist on EventBus default.");
        assertRefused(() -> events.enableRule("hourly"), "ResourceNotFoundException",
                "Rule hourly does not exist on EventBus default.");
        assertRefused(() -> events.putRule(new PutRuleRequest("bad", "every hour", null, null, null, null)),
                "ValidationException", "Parameter ScheduleExpression is not valid.");
    }

    @Test
    void anEcsTargetKeepsItsTaskCountNetworkAndInputAndHoldsItsRule() {
        events.putRule(new PutRuleRequest("on-upload", null, "{\"source\":[\"aws.s3\"]}", null, null, null));
        Target task = new Target("batch", CLUSTER, ROLE, null, null,
                new InputTransformer(Map.of("key", "$.detail.object.key"),
                        "{\"containerOverrides\":[{\"name\":\"app\",\"environment\":[{\"name\":\"KEY\","
                                + "\"value\":<key>}]}]}"),
                new EcsParameters("arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/batch:1", 2, "FARGATE",
                        new NetworkConfiguration(new AwsVpcConfiguration(List.of("subnet-1"), List.of("sg-1"),
                                "DISABLED")), null, null));

        assertThat(events.putTargets("on-upload", List.of(task))).isEmpty();

        assertThat(events.listTargetsByRule("on-upload", null, null).items()).containsExactly(task);
        assertRefused(() -> events.deleteRule("on-upload"), "ValidationException",
                "Rule can't be deleted since it has targets.");
        assertThat(events.removeTargets("on-upload", List.of("batch"))).isEmpty();
        events.deleteRule("on-upload");
        assertRefused(() -> events.listTargetsByRule("on-upload", null, null), "ResourceNotFoundException",
                "Rule on-upload does not exist on EventBus default.");
    }

    @Test
    void aTargetTheSimulatorCannotDeliverToIsAFailedEntry() {
        events.putRule(new PutRuleRequest("hourly", "rate(1 hour)", null, null, null, null));

        List<PutTargetsResultEntry> failed = events.putTargets("hourly", List.of(new Target("fn",
                "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:f", null, null, null, null, null)));

        assertThat(failed).containsExactly(new PutTargetsResultEntry("fn", "ValidationException",
                "The simulator delivers to ECS clusters and SNS topics only."));
        assertThat(events.listTargetsByRule("hourly", null, null).items()).isEmpty();
    }

    @Test
    void listRulesFiltersByPrefixAndPagesWithItsToken() {
        for (String name : List.of("nightly-a", "nightly-b", "nightly-c", "other")) {
            events.putRule(new PutRuleRequest(name, "rate(1 day)", null, null, null, null));
        }

        Page<Rule> first = events.listRules("nightly", null, 2);
        assertThat(first.items()).extracting(Rule::name).containsExactly("nightly-a", "nightly-b");
        Page<Rule> second = events.listRules("nightly", first.nextToken(), 2);
        assertThat(second.items()).extracting(Rule::name).containsExactly("nightly-c");
        assertThat(second.nextToken()).isNull();
        assertRefused(() -> events.listRules(null, "not-a-token", null), "ValidationException",
                "The NextToken is not valid.");
    }
}
