package dev.berth.core.gateway;

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

import java.util.List;
import java.util.Map;

/**
 * Amazon EventBridge on the default event bus (rules, their targets, their invocations), and the little of S3,
 * DynamoDB and SNS its flows with ECS need: buckets that send events when an object is uploaded, tables the tasks
 * write to, topics that notify. One method per AWS operation, except the two reads marked simulator only.
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

    // --- S3 ---

    void createBucket(String bucket);

    /** PutBucketNotificationConfiguration, as far as its EventBridgeConfiguration goes. */
    void putBucketNotificationConfiguration(String bucket, boolean eventBridgeEnabled);

    List<Bucket> listBuckets();

    /** ListObjectsV2, every object of the bucket by key. */
    List<S3Object> listObjects(String bucket);

    /** PutObject of an object of {@code size} bytes; on the simulator "Upload object", with no content. */
    S3Object putObject(String bucket, String key, long size);

    // --- DynamoDB ---

    /** CreateTable with one string partition key. */
    void createTable(String tableName, String partitionKey);

    List<String> listTables();

    TableDescription describeTable(String tableName);

    /** Scan: every item, each as attribute name to string value. */
    List<Map<String, String>> scan(String tableName);

    // --- SNS ---

    /** Answers the topic's ARN; idempotent. */
    String createTopic(String name);

    List<String> listTopics();

    /** Simulator only: what the topic published, newest first. */
    List<Notification> listNotifications(String topicArn);
}
