package dev.berth.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.Page;
import dev.berth.core.model.Rule;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.Target;

import java.util.List;
import java.util.Optional;

/**
 * The objectives about EventBridge and the DynamoDB table its tasks write to, checked with EventBridge ListRules,
 * DescribeRule and ListTargetsByRule, DynamoDB Scan, and the simulator's record of each rule's invocations.
 */
final class EventsObjectives {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventsObjectives() {
    }

    static ObjectiveCheck ruleTargetsCluster(Objective.RuleTargetsCluster o, Gateway gateway) {
        List<Cluster> clusters = gateway.ecs().describeClusters(List.of(o.cluster())).items();
        if (clusters.isEmpty()) {
            return ObjectiveCheck.notYet("No cluster named " + o.cluster() + " yet.");
        }
        String clusterArn = clusters.get(0).clusterArn();
        EventsGateway events = gateway.events();
        List<Rule> rules = o.rule() != null ? List.of(events.describeRule(o.rule()))
                : Page.all(token -> events.listRules(null, token, null));
        for (Rule rule : rules) {
            if (rule.isEnabled() && triggers(o, rule) && runsFamily(o, clusterArn, rule.name(), events)) {
                return ObjectiveCheck.met("Rule " + rule.name() + " runs " + o.taskDefinitionFamily() + " in "
                        + o.cluster() + ".");
            }
        }
        return ObjectiveCheck.notYet("No enabled rule that fits yet.");
    }

    static ObjectiveCheck tableHasItems(Objective.TableHasItems o, DynamoDbGateway dynamoDb) {
        int items = dynamoDb.scan(o.table()).size();
        return new ObjectiveCheck(items >= o.itemCount(), "Table " + o.table() + " holds " + items
                + (items == 1 ? " item." : " items."));
    }

    static ObjectiveCheck ruleRanTask(Objective.RuleRanTask o, EventsGateway events) {
        Rule rule = events.describeRule(o.rule());
        if (!rule.isEnabled()) {
            return ObjectiveCheck.notYet("Rule " + o.rule() + " is " + rule.state() + ".");
        }
        Optional<RuleInvocation> started = events.listRuleInvocations(o.rule()).stream()
                .filter(i -> i.succeeded() && !i.taskArns().isEmpty()).findFirst();
        return started.map(i -> ObjectiveCheck.met("Rule " + o.rule() + " started "
                        + ObjectiveChecker.familyRevision(i.taskArns().get(0)) + "."))
                .orElseGet(() -> ObjectiveCheck.notYet("Rule " + o.rule() + " has not run a task yet."));
    }

    private static boolean triggers(Objective.RuleTargetsCluster o, Rule rule) {
        if (o.scheduleExpression() != null && !o.scheduleExpression().equals(rule.scheduleExpression())) {
            return false;
        }
        return (o.source() == null || patternLists(rule, "source", o.source()))
                && (o.detailType() == null || patternLists(rule, "detail-type", o.detailType()));
    }

    /** Whether the rule's event pattern has {@code field} as an array that holds {@code value}. */
    private static boolean patternLists(Rule rule, String field, String value) {
        if (rule.eventPattern() == null) {
            return false;
        }
        try {
            JsonNode values = JSON.readTree(rule.eventPattern()).path(field);
            for (JsonNode listed : values) {
                if (value.equals(listed.asText())) {
                    return true;
                }
            }
            return false;
        } catch (JsonProcessingException e) {
            // EventBridge refuses a pattern that is not JSON, so a rule never has one; it would match nothing.
            return false;
        }
    }

    private static boolean runsFamily(Objective.RuleTargetsCluster o, String clusterArn, String rule,
                                      EventsGateway events) {
        List<Target> targets = Page.all(token -> events.listTargetsByRule(rule, token, null));
        return targets.stream().anyMatch(t -> clusterArn.equals(t.arn()) && t.ecsParameters() != null
                && ObjectiveChecker.family(t.ecsParameters().taskDefinitionArn()).equals(o.taskDefinitionFamily()));
    }
}
