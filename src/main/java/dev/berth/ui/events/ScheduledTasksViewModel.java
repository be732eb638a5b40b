package dev.berth.ui.events;

import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.gateway.SnsGateway;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.EcsParameters;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.Rule;
import dev.berth.core.model.Target;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.common.TimeText;
import dev.berth.ui.common.WhileShown;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The clusters area's "Scheduled tasks" tab: the EventBridge rules that run tasks in the selected cluster (on a
 * schedule or on an event pattern), with their latest invocations; create, enable, disable and delete them. On the
 * simulator it also lists the S3 objects, DynamoDB items and SNS messages of the seeds' flows and uploads objects.
 */
public final class ScheduledTasksViewModel {
    /** The role EventBridge assumes to call RunTask, as the console's default names it. */
    static final String EVENTS_ROLE = "ecsEventsRole";

    /** What the tab shows, read together. */
    record Snapshot(List<ScheduledTask> tasks, List<StoredEntry> stored, List<String> buckets) {
    }

    private final EventsGateway events;
    private final Gateway gateway;
    private final Refresher refresher;
    private final ChangeRunner changes;
    /** The shown cluster's ARN: the targets that run tasks in it name it, and it gives the account for the role. */
    private final StringProperty clusterArn = new SimpleStringProperty(this, "clusterArn");
    private final FilteredRows<ScheduledTask, ScheduledTaskRow> rules =
            new FilteredRows<>(t -> t.rule().arn(), ScheduledTaskRow::new);
    private final FilteredRows<StoredEntry, StoredEntryRow> stored =
            new FilteredRows<>(StoredEntry::id, StoredEntryRow::new);
    private List<String> buckets = List.of();
    private final WhileShown onScreen = new WhileShown(this::refresh);

    public ScheduledTasksViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.events = gateway.events();
        this.gateway = gateway;
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        clusterArn.addListener((observable, old, next) -> {
            refresher.cancelPending();
            rules.clear();
            refresh();
        });
    }

    public void refresh() {
        String shown = clusterArn.get();
        if (shown == null || !onScreen.isShown()) {
            return;
        }
        refresher.read(() -> read(shown), this::show, failure -> Messages.explain(failure, where()));
    }

    private Snapshot read(String shownArn) {
        List<ScheduledTask> tasks = new ArrayList<>();
        for (Rule rule : Page.all(token -> events.listRules(null, token, null))) {
            Page.all(token -> events.listTargetsByRule(rule.name(), token, null)).stream()
                    .filter(target -> target.arn().equals(shownArn)).findFirst()
                    .ifPresent(target -> tasks.add(new ScheduledTask(rule, target,
                            simulated() ? events.listRuleInvocations(rule.name()) : List.of())));
        }
        List<StoredEntry> entries = new ArrayList<>();
        List<String> bucketNames = new ArrayList<>();
        if (simulated()) {
            S3Gateway s3 = gateway.s3();
            s3.listBuckets().forEach(bucket -> {
                bucketNames.add(bucket.name());
                s3.listObjects(bucket.name()).forEach(object -> entries.add(new StoredEntry(
                        "s3://" + bucket.name() + "/" + object.key(), "S3 " + bucket.name(),
                        object.key() + " (" + object.size() + " bytes)")));
            });
            DynamoDbGateway dynamoDb = gateway.dynamoDb();
            for (String table : dynamoDb.listTables()) {
                dynamoDb.scan(table).forEach(item -> entries.add(new StoredEntry("dynamodb:" + table + ":" + item,
                        "DynamoDB " + table, describe(item))));
            }
            SnsGateway sns = gateway.sns();
            for (String topic : sns.listTopics()) {
                sns.listNotifications(topic).forEach(notification -> entries.add(new StoredEntry(
                        notification.messageId(), "SNS " + ResourceNames.lastSegment(topic) + " "
                        + TimeText.time(notification.publishedAt()), notification.message())));
            }
        }
        return new Snapshot(tasks, entries, bucketNames);
    }

    private static String describe(Map<String, String> item) {
        return item.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private void show(Snapshot snapshot) {
        rules.update(snapshot.tasks());
        stored.update(snapshot.stored());
        buckets = snapshot.buckets();
    }

    /**
     * PutRule then PutTargets: the rule runs {@code count} tasks of {@code taskDefinition} in the shown cluster,
     * on the schedule or when an event matches the pattern (one of the two is blank).
     */
    public void create(String name, String schedule, String pattern, String taskDefinition, int count,
                       String launchType, List<String> subnets, Outcome outcome) {
        String arn = clusterArn.get();
        String account = arn.split(":")[4];
        NetworkConfiguration network = subnets.isEmpty() ? null
                : new NetworkConfiguration(new AwsVpcConfiguration(subnets, List.of(), "DISABLED"));
        Target target = new Target(clusterName() + "-task", arn, "arn:aws:iam::" + account + ":role/" + EVENTS_ROLE,
                null, null, null,
                new EcsParameters(taskDefinition, count, launchType, network, null, null));
        change(() -> {
            events.putRule(new PutRuleRequest(name, blankAsNull(schedule), blankAsNull(pattern), "ENABLED", null,
                    null));
            return events.putTargets(name, List.of(target));
        }, outcome);
    }

    public void setEnabled(String rule, boolean enabled, Outcome outcome) {
        change(() -> {
            if (enabled) {
                events.enableRule(rule);
            } else {
                events.disableRule(rule);
            }
            return rule;
        }, outcome);
    }

    /** RemoveTargets first: EventBridge refuses to delete a rule that still has targets. */
    public void delete(String rule, Outcome outcome) {
        change(() -> {
            List<String> ids = Page.all(token -> events.listTargetsByRule(rule, token, null)).stream()
                    .map(Target::id).toList();
            if (!ids.isEmpty()) {
                events.removeTargets(rule, ids);
            }
            events.deleteRule(rule);
            return rule;
        }, outcome);
    }

    /** Simulator only: PutObject of an object of {@code size} bytes, as a client's upload. */
    public void upload(String bucket, String key, long size, Outcome outcome) {
        change(() -> gateway.s3().putObject(bucket, key, size), outcome);
    }

    private void change(Callable<?> call, Outcome outcome) {
        changes.run(call, failure -> Messages.explain(failure, where()), outcome, done -> refresh());
    }

    private ErrorContext where() {
        return ErrorContext.in(gateway.region()).cluster(clusterArn.get() == null ? null : clusterName());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The simulator keeps what AWS does not show through the API: invocations, and the flow's S3 and DynamoDB. */
    public boolean simulated() {
        return gateway.simulationClock().isPresent();
    }

    List<String> buckets() {
        return buckets;
    }

    /** Whether the tab is on screen: the tab's data is read only while it is. */
    public WhileShown onScreen() {
        return onScreen;
    }

    public StringProperty clusterArnProperty() {
        return clusterArn;
    }

    String clusterName() {
        return ResourceNames.lastSegment(clusterArn.get());
    }

    public FilteredRows<ScheduledTask, ScheduledTaskRow> rules() {
        return rules;
    }

    public FilteredRows<StoredEntry, StoredEntryRow> stored() {
        return stored;
    }

    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }
}
