package dev.berth.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Bucket;
import dev.berth.core.model.ContainerOverride;
import dev.berth.core.model.EcsParameters;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.Notification;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Rule;
import dev.berth.core.model.FeedKind;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.RunTaskResult;
import dev.berth.core.model.S3Object;
import dev.berth.core.model.SimulatedApplication;
import dev.berth.core.model.TableDescription;
import dev.berth.core.model.Target;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskOverride;
import dev.berth.sim.SimContext;
import dev.berth.sim.ecs.ArnFactory;
import dev.berth.sim.ecs.EcsWorld;
import dev.berth.sim.ecs.JobWork;
import dev.berth.sim.ecs.Pager;
import dev.berth.sim.scaling.ScheduleExpression;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The simulated Amazon EventBridge of one world: rules on the default event bus, with a schedule (rate or cron) or
 * an event pattern, delivering to ECS clusters (RunTask with the target's parameters and overrides) and SNS topics.
 * Events come from the simulated S3 (an object uploaded to a bucket that sends its events to EventBridge), from ECS
 * (every task state change) and from the schedules. Also here: the S3 buckets, DynamoDB tables and SNS topics the
 * seeds' flows use, and the work of {@link JobWork job} containers: one that sets
 * {@link SimulatedApplication#DYNAMODB_TABLE} writes one item to that DynamoDB table when it finishes.
 */
public final class EventsWorld {
    static final String DEFAULT_BUS = "default";
    private static final String BERTH_VARIABLES = "BERTH_";
    private static final Pattern NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private static final Pattern ECS_CLUSTER = Pattern.compile("arn:aws[\\w-]*:ecs:[a-z0-9-]+:\\d{12}:cluster/.+");
    private static final Pattern SNS_TOPIC = Pattern.compile("arn:aws[\\w-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]+");
    private static final Pattern ARN = Pattern.compile("arn:aws[\\w-]*:[a-z0-9-]+:[a-z0-9-]*:\\d{0,12}:.+");
    private static final Set<String> STATES = Set.of("ENABLED", "DISABLED",
            "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
    /** Quotas: rules per event bus, targets per rule. */
    private static final int MAX_RULES = 300;
    private static final int MAX_TARGETS = 5;
    private static final int MAX_LIMIT = 100;
    /** EventBridge delivers within about a second of the event. */
    private static final Duration DELIVERY_MIN = Duration.ofMillis(100);
    private static final Duration DELIVERY_MAX = Duration.ofMillis(900);

    private final SimContext context;
    private final EcsWorld ecs;
    private final AwsEvents events;
    private final Buckets buckets;
    private final Tables tables;
    private final Topics topics;
    private final Map<String, RuleState> rules = new TreeMap<>();
    private final List<RuleInvocation> invocations = new ArrayList<>();

    /** {@code context} must carry this engine's own random stream; ECS tells it of every task state change. */
    public EventsWorld(SimContext context, EcsWorld ecs) {
        this.context = context;
        this.ecs = ecs;
        this.events = new AwsEvents(context);
        this.buckets = new Buckets(context);
        this.tables = new Tables(context);
        this.topics = new Topics(context);
        ecs.onTaskStateChange(this::hasEnabledPatternRule, task -> put(events.taskStateChange(task)));
        ecs.runJobsWith(this::finishJob);
    }

    // --- EventBridge ---

    public String putRule(PutRuleRequest request) {
        checkName(request.name(), "name");
        if (request.scheduleExpression() == null && request.eventPattern() == null) {
            throw EventsErrors.validation("Parameter(s) EventPattern or ScheduleExpression must be specified.");
        }
        String state = request.state() == null ? "ENABLED" : request.state();
        if (!STATES.contains(state)) {
            throw EventsErrors.constraint(state, "state", "Member must satisfy enum value set: "
                    + "[ENABLED, DISABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS]");
        }
        if (request.description() != null && request.description().length() > 512) {
            throw EventsErrors.constraint(request.description(), "description",
                    "Member must have length less than or equal to 512");
        }
        ScheduleExpression schedule = request.scheduleExpression() == null ? null
                : schedule(request.scheduleExpression());
        EventPattern pattern = request.eventPattern() == null ? null : EventPattern.parse(request.eventPattern());
        RuleState rule = rules.get(request.name());
        if (rule == null) {
            if (rules.size() >= MAX_RULES) {
                throw EventsErrors.limit("The requested resource exceeds the maximum number allowed.");
            }
            rule = new RuleState("arn:aws:events:" + context.settings().region() + ":"
                    + context.settings().accountId() + ":rule/" + request.name());
            rules.put(request.name(), rule);
        }
        rule.rule = new Rule(request.name(), rule.arn, request.eventPattern(), request.scheduleExpression(), state,
                request.description(), request.roleArn(), DEFAULT_BUS);
        rule.pattern = pattern;
        rule.schedule = schedule;
        restart(rule);
        return rule.arn;
    }

    /**
     * EventBridge reads rate and cron as Application Auto Scaling does, but has no {@code at(...)}, and a cron
     * expression must leave exactly one of day-of-month and day-of-week as {@code ?}.
     */
    private static ScheduleExpression schedule(String expression) {
        String text = expression.strip();
        if (text.startsWith("rate(") || text.startsWith("cron(") && cronDaysValid(text)) {
            try {
                return ScheduleExpression.parse(text, null);
            } catch (GatewayException invalid) {
                // falls through to EventBridge's own refusal below
            }
        }
        throw EventsErrors.validation("Parameter ScheduleExpression is not valid.");
    }

    private static boolean cronDaysValid(String cron) {
        if (!cron.endsWith(")")) {
            return false;
        }
        String[] fields = cron.substring("cron(".length(), cron.length() - 1).strip().split("\\s+");
        return fields.length == 6 && ("?".equals(fields[2]) != "?".equals(fields[4]));
    }

    public Rule describeRule(String name) {
        return existing(name).rule;
    }

    public Page<Rule> listRules(String namePrefix, String nextToken, Integer limit) {
        List<Rule> matching = rules.values().stream().map(r -> r.rule)
                .filter(r -> namePrefix == null || r.name().startsWith(namePrefix)).toList();
        return page(matching, nextToken, limit);
    }

    public Void enableRule(String name) {
        return setState(name, "ENABLED");
    }

    public Void disableRule(String name) {
        return setState(name, "DISABLED");
    }

    private Void setState(String name, String state) {
        RuleState rule = existing(name);
        Rule r = rule.rule;
        rule.rule = new Rule(r.name(), r.arn(), r.eventPattern(), r.scheduleExpression(), state, r.description(),
                r.roleArn(), r.eventBusName());
        restart(rule);
        return null;
    }

    /** AWS: deleting a rule that is not there succeeds; one with targets is refused. */
    public Void deleteRule(String name) {
        checkName(name, "name");
        RuleState rule = rules.get(name);
        if (rule == null) {
            return null;
        }
        if (!rule.targets.isEmpty()) {
            throw EventsErrors.validation("Rule can't be deleted since it has targets.");
        }
        rule.generation++;
        rules.remove(name);
        return null;
    }

    /** Answers the targets it could not put; a refused request as a whole throws and puts none. */
    public List<PutTargetsResultEntry> putTargets(String ruleName, List<Target> targets) {
        RuleState rule = existing(ruleName);
        if (targets == null || targets.isEmpty() || targets.size() > MAX_LIMIT) {
            throw EventsErrors.constraint(String.valueOf(targets), "targets",
                    "Member must have length between 1 and 100");
        }
        targets.forEach(EventsWorld::checkTarget);
        List<PutTargetsResultEntry> failed = new ArrayList<>();
        Map<String, Target> accepted = new LinkedHashMap<>(rule.targets);
        for (Target target : targets) {
            String refusal = unsupported(target.arn());
            if (refusal != null) {
                failed.add(new PutTargetsResultEntry(target.id(), "ValidationException", refusal));
            } else {
                accepted.put(target.id(), target);
            }
        }
        if (accepted.size() > MAX_TARGETS) {
            throw EventsErrors.limit("The requested resource exceeds the maximum number allowed.");
        }
        rule.targets.clear();
        rule.targets.putAll(accepted);
        return failed;
    }

    private static void checkTarget(Target target) {
        if (target.id() == null || !NAME.matcher(target.id()).matches()) {
            throw EventsErrors.constraint(String.valueOf(target.id()), "targets.member.id",
                    "Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
        }
        if (target.arn() == null || target.arn().isEmpty()) {
            throw EventsErrors.constraint("null", "targets.member.arn", "Member must not be null");
        }
        int inputs = (target.input() != null ? 1 : 0) + (target.inputPath() != null ? 1 : 0)
                + (target.inputTransformer() != null ? 1 : 0);
        if (inputs > 1) {
            throw EventsErrors.validation("Only one of Input, InputPath, or InputTransformer must be provided.");
        }
        if (target.input() != null) {
            try {
                TargetInput.parse(target.input());
            } catch (IllegalArgumentException notJson) {
                throw EventsErrors.validation("Target " + target.id() + " Input is not a valid JSON text.");
            }
        }
        if (target.inputPath() != null && !TargetInput.isPath(target.inputPath())) {
            throw EventsErrors.validation("Target " + target.id() + " InputPath is not a valid JsonPath.");
        }
        if (target.inputTransformer() != null) {
            target.inputTransformer().inputPathsMap().forEach((key, path) -> {
                if (!TargetInput.isPath(path)) {
                    throw EventsErrors.validation("Target " + target.id() + " InputPathsMap value " + path
                            + " is not a valid JsonPath.");
                }
            });
        }
        if (ECS_CLUSTER.matcher(target.arn()).matches()) {
            if (target.ecsParameters() == null) {
                throw EventsErrors.validation("Parameter(s) EcsParameters must be specified for target: "
                        + target.id() + ".");
            }
            if (target.roleArn() == null) {
                throw EventsErrors.validation("Parameter(s) RoleArn must be specified for target: " + target.id()
                        + ".");
            }
            Integer count = target.ecsParameters().taskCount();
            if (count != null && count < 1) {
                throw EventsErrors.constraint(String.valueOf(count), "targets.member.ecsParameters.taskCount",
                        "Member must have value greater than or equal to 1");
            }
        }
    }

    /** Why the simulator cannot deliver to this ARN, or null when it can. */
    private static String unsupported(String arn) {
        if (ECS_CLUSTER.matcher(arn).matches() || SNS_TOPIC.matcher(arn).matches()) {
            return null;
        }
        return ARN.matcher(arn).matches() ? "The simulator delivers to ECS clusters and SNS topics only."
                : "Provided Arn is not in correct format.";
    }

    public Page<Target> listTargetsByRule(String ruleName, String nextToken, Integer limit) {
        return page(List.copyOf(existing(ruleName).targets.values()), nextToken, limit);
    }

    /** Answers the ids it could not remove. */
    public List<PutTargetsResultEntry> removeTargets(String ruleName, List<String> ids) {
        RuleState rule = existing(ruleName);
        if (ids == null || ids.isEmpty() || ids.size() > MAX_LIMIT) {
            throw EventsErrors.constraint(String.valueOf(ids), "ids", "Member must have length between 1 and 100");
        }
        ids.forEach(rule.targets::remove);
        return List.of();
    }

    /** Newest first; the simulator's record of what each rule delivered (AWS only counts invocations). */
    public List<RuleInvocation> listRuleInvocations(String ruleName) {
        List<RuleInvocation> matching = new ArrayList<>(invocations.stream()
                .filter(i -> i.ruleName().equals(ruleName)).toList());
        Collections.reverse(matching);
        return matching;
    }

    // --- S3, DynamoDB and SNS ---

    public Void createBucket(String bucket) {
        buckets.create(bucket);
        return null;
    }

    /** PutBucketNotificationConfiguration with (or without) its EventBridgeConfiguration. */
    public Void putBucketNotificationConfiguration(String bucket, boolean eventBridgeEnabled) {
        buckets.sendToEventBridge(bucket, eventBridgeEnabled);
        return null;
    }

    /** GetBucketNotificationConfiguration: whether it has an EventBridgeConfiguration. */
    public boolean getBucketNotificationConfiguration(String bucket) {
        return buckets.sendsToEventBridge(bucket);
    }

    /** PutObject of {@code size} bytes (the simulator keeps no content). */
    public S3Object putObject(String bucket, String key, long size) {
        if (size < 0) {
            throw EventsErrors.validation("Content-Length must not be negative.");
        }
        S3Object object = new S3Object(key, size, "\"" + context.random().hex(32) + "\"", context.now());
        if (buckets.put(bucket, object)) {
            put(events.objectCreated(bucket, object));
        }
        return object;
    }

    public List<Bucket> listBuckets() {
        return buckets.list();
    }

    public List<S3Object> listObjects(String bucket) {
        return buckets.objects(bucket);
    }

    public Void createTable(String tableName, String partitionKey) {
        tables.create(tableName, partitionKey);
        return null;
    }

    public List<String> listTables() {
        return tables.names();
    }

    public TableDescription describeTable(String tableName) {
        return tables.describe(tableName);
    }

    public List<Map<String, String>> scan(String tableName) {
        return tables.scan(tableName);
    }

    public String createTopic(String name) {
        return topics.create(name);
    }

    public List<String> listTopics() {
        return topics.list();
    }

    public List<Notification> listNotifications(String topicArn) {
        return topics.notifications(topicArn);
    }

    // --- events and their delivery ---

    private boolean hasEnabledPatternRule() {
        return rules.values().stream().anyMatch(r -> r.pattern != null && r.rule.isEnabled());
    }

    /** Matches the event against every enabled pattern rule; each match is delivered shortly after. */
    private void put(ObjectNode event) {
        for (RuleState rule : rules.values()) {
            if (rule.pattern != null && rule.rule.isEnabled() && rule.pattern.matches(event)) {
                long generation = rule.generation;
                long at = context.nowMillis() + context.random().between(DELIVERY_MIN, DELIVERY_MAX).toMillis();
                context.schedule(at, () -> {
                    if (rule.generation == generation && rules.get(rule.rule.name()) == rule) {
                        deliver(rule, event);
                    }
                });
            }
        }
    }

    /** A new generation: planned firings of the old one lapse, and an enabled schedule counts from now. */
    private void restart(RuleState rule) {
        rule.generation++;
        rule.rateAnchor = context.now();
        if (rule.schedule != null && rule.rule.isEnabled()) {
            planNext(rule, context.now());
        }
    }

    private void planNext(RuleState rule, Instant after) {
        Instant next = rule.schedule.nextAfter(after, rule.rateAnchor);
        if (next == null) {
            return;
        }
        long generation = rule.generation;
        context.schedule(next.toEpochMilli(), () -> {
            if (rule.generation == generation && rules.get(rule.rule.name()) == rule) {
                deliver(rule, events.scheduled(rule.arn));
                planNext(rule, next);
            }
        });
    }

    private void deliver(RuleState rule, ObjectNode event) {
        for (Target target : List.copyOf(rule.targets.values())) {
            RuleInvocation invocation = invoke(rule.rule.name(), target, event);
            invocations.add(invocation);
            if (ECS_CLUSTER.matcher(target.arn()).matches()) {
                context.feed().record(ArnFactory.lastSegment(target.arn()), FeedKind.RULE,
                        "rule " + invocation.ruleName(), feedMessage(invocation));
            }
        }
    }

    /** The cluster feed's line for a rule's invocation: what started it, and the tasks it started or why none. */
    private static String feedMessage(RuleInvocation invocation) {
        String what = "Rule " + invocation.ruleName() + " matched " + invocation.detailType();
        if (invocation.failure() != null) {
            return what + " but could not run its task: " + invocation.failure();
        }
        return what + " and started " + invocation.taskArns().size() + " task(s): " + invocation.taskArns().stream()
                .map(ArnFactory::lastSegment).toList();
    }

    private RuleInvocation invoke(String ruleName, Target target, ObjectNode event) {
        String eventId = event.get("id").asText();
        String detailType = event.get("detail-type").asText();
        Instant now = context.now();
        try {
            JsonNode input = TargetInput.of(target, event);
            if (SNS_TOPIC.matcher(target.arn()).matches()) {
                String message = input.isTextual() ? input.asText() : input.toString();
                return new RuleInvocation(ruleName, target.id(), now, eventId, detailType, List.of(),
                        topics.publish(target.arn(), message), null);
            }
            boolean overrides = target.input() != null || target.inputPath() != null
                    || target.inputTransformer() != null;
            RunTaskResult result = ecs.runTask(runTask(ruleName, target, overrides ? taskOverride(input) : null));
            List<String> started = result.tasks().stream().map(Task::taskArn).toList();
            String failure = result.failures().isEmpty() ? null : "RunTask failures: " + String.join(", ",
                    result.failures().stream().map(f -> f.reason()).toList());
            return new RuleInvocation(ruleName, target.id(), now, eventId, detailType, started, null, failure);
        } catch (GatewayException | IllegalArgumentException failed) {
            return new RuleInvocation(ruleName, target.id(), now, eventId, detailType, List.of(), null,
                    failed.getMessage());
        }
    }

    /** EventBridge starts the task as RunTask would, with {@code startedBy} naming the rule. */
    private static RunTaskRequest runTask(String ruleName, Target target, TaskOverride overrides) {
        EcsParameters ecsParameters = target.ecsParameters();
        int count = ecsParameters.taskCount() == null ? 1 : ecsParameters.taskCount();
        return new RunTaskRequest(target.arn(), ecsParameters.taskDefinitionArn(), count,
                ecsParameters.launchType(), List.of(), ecsParameters.platformVersion(),
                ecsParameters.networkConfiguration(), ecsParameters.group(), "events-rule/" + ruleName, List.of(),
                overrides);
    }

    /** An ECS target's input is RunTask's overrides: {@code {"containerOverrides":[{"name":..,"environment":..}]}}. */
    private static TaskOverride taskOverride(JsonNode input) {
        if (!input.isObject()) {
            throw new IllegalArgumentException("An ECS target's input must be a JSON object of task overrides.");
        }
        List<ContainerOverride> containers = new ArrayList<>();
        for (JsonNode container : input.path("containerOverrides")) {
            List<KeyValuePair> environment = new ArrayList<>();
            for (JsonNode variable : container.path("environment")) {
                environment.add(new KeyValuePair(variable.path("name").asText(), variable.path("value").asText()));
            }
            containers.add(new ContainerOverride(container.path("name").asText(), environment));
        }
        return new TaskOverride(containers);
    }

    /**
     * A job container is done, and ECS found its task role allowed its calls. With
     * {@link SimulatedApplication#DYNAMODB_TABLE} it writes one item: its environment variables (Berth's own and the
     * {@link SimulatedApplication} ones left out) and the task's ARN as {@code taskArn}; a table that is missing, or
     * an item without the table's key, makes the job fail with exit code 1.
     */
    private int finishJob(Task task, String containerName, Map<String, String> environment) {
        String table = environment.get(SimulatedApplication.DYNAMODB_TABLE);
        if (table == null) {
            return 0;
        }
        Map<String, String> item = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (!name.startsWith(BERTH_VARIABLES) && !SimulatedApplication.VARIABLES.contains(name)) {
                item.put(name, value);
            }
        });
        item.put("taskArn", task.taskArn());
        try {
            tables.putItem(table, item);
            return 0;
        } catch (GatewayException failed) {
            return 1;
        }
    }

    // --- helpers ---

    private RuleState existing(String name) {
        checkName(name, "name");
        RuleState rule = rules.get(name);
        if (rule == null) {
            throw EventsErrors.noRule(name);
        }
        return rule;
    }

    private static void checkName(String name, String member) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw EventsErrors.constraint(String.valueOf(name), member,
                    "Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
        }
    }

    private static <T> Page<T> page(List<T> items, String nextToken, Integer limit) {
        int size = limit == null ? MAX_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw EventsErrors.constraint(String.valueOf(size), "limit",
                    "Member must have value between 1 and " + MAX_LIMIT);
        }
        try {
            return Pager.page(items, nextToken, size);
        } catch (GatewayException badToken) {
            throw EventsErrors.validation("The NextToken is not valid.");
        }
    }
}
