package dev.berth.aws;

import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.model.Bucket;
import dev.berth.core.model.Notification;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Rule;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.S3Object;
import dev.berth.core.model.TableDescription;
import dev.berth.core.model.Target;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.util.List;
import java.util.Map;

import static dev.berth.aws.EcsShapes.map;

/**
 * Amazon EventBridge through the SDK's {@link EventBridgeClient}, on the default event bus: one SDK call per rule and
 * target method. The S3, DynamoDB and SNS parts of {@link EventsGateway}, and its two simulator-only reads, are
 * refused before any call: Berth shows them for the simulator's event flows only, and on real AWS they are other
 * services' consoles.
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

    @Override
    public void createBucket(String bucket) {
        throw NotYetOnAws.refused("Amazon S3");
    }

    @Override
    public void putBucketNotificationConfiguration(String bucket, boolean eventBridgeEnabled) {
        throw NotYetOnAws.refused("Amazon S3");
    }

    @Override
    public List<Bucket> listBuckets() {
        throw NotYetOnAws.refused("Amazon S3");
    }

    @Override
    public List<S3Object> listObjects(String bucket) {
        throw NotYetOnAws.refused("Amazon S3");
    }

    @Override
    public S3Object putObject(String bucket, String key, long size) {
        throw NotYetOnAws.refused("Amazon S3");
    }

    @Override
    public void createTable(String tableName, String partitionKey) {
        throw NotYetOnAws.refused("Amazon DynamoDB");
    }

    @Override
    public List<String> listTables() {
        throw NotYetOnAws.refused("Amazon DynamoDB");
    }

    @Override
    public TableDescription describeTable(String tableName) {
        throw NotYetOnAws.refused("Amazon DynamoDB");
    }

    @Override
    public List<Map<String, String>> scan(String tableName) {
        throw NotYetOnAws.refused("Amazon DynamoDB");
    }

    @Override
    public String createTopic(String name) {
        throw NotYetOnAws.refused("Amazon SNS");
    }

    @Override
    public List<String> listTopics() {
        throw NotYetOnAws.refused("Amazon SNS");
    }

    @Override
    public List<Notification> listNotifications(String topicArn) {
        throw NotYetOnAws.refused("what an SNS topic published (on AWS, subscribe to the topic to see it)");
    }
}
