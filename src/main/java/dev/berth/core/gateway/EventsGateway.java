package dev.berth.core.gateway;

import dev.berth.core.model.Page;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Rule;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.Target;

import java.util.List;

/**
 * Amazon EventBridge on the default event bus: rules, their targets, their invocations. One method per AWS
 * operation, except the read marked simulator only. The S3, DynamoDB and SNS of its flows are their own parts.
 */
public interface EventsGateway {

    /** PutRule: creates the rule or replaces it; answers its ARN. */
    String putRule(PutRuleRequest request);

    Rule describeRule(String name);

    Page<Rule> listRules(String namePrefix, String nextToken, Integer limit);

    /** Answers the targets that could not be put (FailedEntries). */
    List<PutTargetsResultEntry> putTargets(String rule, List<Target> targets);

    Page<Target> listTargetsByRule(String rule, String nextToken, Integer limit);

    /** Answers the targets that could not be removed (FailedEntries). */
    List<PutTargetsResultEntry> removeTargets(String rule, List<String> ids);

    /** Refused while the rule has targets. */
    void deleteRule(String name);

    void enableRule(String name);

    void disableRule(String name);

    /** Simulator only: each delivery of an event to a target of the rule, newest first. */
    List<RuleInvocation> listRuleInvocations(String rule);
}
