package dev.berth.aws;

import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Rule;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.Target;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.util.List;

import static dev.berth.aws.EcsShapes.map;

/**
 * Amazon EventBridge through the SDK's {@link EventBridgeClient}, on the default event bus: one SDK call per rule and
 * target method. Its simulator-only read of a rule's invocations is refused before any call.
 */
public final class AwsEventsGateway implements EventsGateway {
    private final EventBridgeClient events;
    private final SdkCalls calls;

    AwsEventsGateway(EventBridgeClient events, SdkCalls calls) {
        this.events = events;
        this.calls = calls;
    }

    @Override
    public String putRule(PutRuleRequest request) {
        return calls.write("PutRule", () -> events.putRule(r -> r.name(request.name())
                .scheduleExpression(request.scheduleExpression()).eventPattern(request.eventPattern())
                .state(request.state()).description(request.description()).roleArn(request.roleArn())).ruleArn());
    }

    @Override
    public Rule describeRule(String name) {
        return calls.read("DescribeRule", () -> EventsShapes.rule(events.describeRule(r -> r.name(name))));
    }

    @Override
    public Page<Rule> listRules(String namePrefix, String nextToken, Integer limit) {
        return calls.read("ListRules", () -> {
            var answer = events.listRules(r -> r.namePrefix(namePrefix).nextToken(nextToken).limit(limit));
            return new Page<>(map(answer.rules(), EventsShapes::rule), answer.nextToken());
        });
    }

    @Override
    public List<PutTargetsResultEntry> putTargets(String rule, List<Target> targets) {
        return calls.write("PutTargets", () -> map(events.putTargets(r -> r.rule(rule)
                .targets(map(targets, EventsShapes::target))).failedEntries(), EventsShapes::failed));
    }

    @Override
    public Page<Target> listTargetsByRule(String rule, String nextToken, Integer limit) {
        return calls.read("ListTargetsByRule", () -> {
            var answer = events.listTargetsByRule(r -> r.rule(rule).nextToken(nextToken).limit(limit));
            return new Page<>(map(answer.targets(), EventsShapes::target), answer.nextToken());
        });
    }

    @Override
    public List<PutTargetsResultEntry> removeTargets(String rule, List<String> ids) {
        return calls.write("RemoveTargets", () -> map(events.removeTargets(r -> r.rule(rule).ids(ids))
                .failedEntries(), EventsShapes::failed));
    }

    @Override
    public void deleteRule(String name) {
        calls.write("DeleteRule", () -> events.deleteRule(r -> r.name(name)));
    }

    @Override
    public void enableRule(String name) {
        calls.write("EnableRule", () -> events.enableRule(r -> r.name(name)));
    }

    @Override
    public void disableRule(String name) {
        calls.write("DisableRule", () -> events.disableRule(r -> r.name(name)));
    }

    @Override
    public List<RuleInvocation> listRuleInvocations(String rule) {
        throw NotYetOnAws.refused("a rule's invocations (on AWS they are CloudWatch metrics of AWS/Events)");
    }
}
