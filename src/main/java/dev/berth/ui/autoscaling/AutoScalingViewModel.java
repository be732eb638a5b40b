package dev.berth.ui.autoscaling;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.LoadSimulation;
import dev.berth.core.gateway.MessageBurst;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.Message;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricStat;
import dev.berth.core.model.PutMetricAlarmRequest;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.ReceiveMessageRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.ScheduledAction;
import dev.berth.core.model.Service;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.common.WhileShown;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The auto scaling of one service: its scalable target, policies, scheduled actions and activities, its one-minute
 * CloudWatch metrics, and on the simulator its load profile. Every read and change runs in the background; the
 * service it shows follows the services table's selection.
 */
public final class AutoScalingViewModel {
    /** How much metric history the charts show. */
    static final int CHART_MINUTES = 60;
    /** Query ids of the charts' metrics; a query id starts with a lower-case letter. */
    static final String CPU = "cpu";
    static final String MEMORY = "memory";
    static final String REQUESTS = "requests";
    static final String TASKS = "tasks";
    static final String BACKLOG = "backlog";
    private static final String VISIBLE = "visible";
    /** The metrics a step policy's alarm may watch. */
    static final List<String> ALARM_METRICS = List.of("CPUUtilization", "MemoryUtilization",
            "RequestCountPerTarget");

    /**
     * Everything the tab shows, read together so the parts agree; {@code metricsError} says why CloudWatch could not
     * be read (the rest still shows), null when it could.
     */
    record Snapshot(ScalableTarget target, List<ScalingPolicy> policies, List<ScheduledAction> scheduledActions,
                    List<ScalingActivity> activities, List<MetricDataResult> metrics, String metricsError,
                    LoadProfile loadProfile, WorkerQueue queue) {
    }

    private final ScalingGateway scaling;
    /** Asked at each use: the backend behind it may switch between the simulator and AWS. */
    private final Gateway gateway;
    private final String region;
    private final Clock clock;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final ObjectProperty<Service> service = new SimpleObjectProperty<>(this, "service");
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final FilteredRows<ScalingPolicy, PolicyRow> policies =
            new FilteredRows<>(ScalingPolicy::policyARN, PolicyRow::new);
    private final FilteredRows<ScheduledAction, ScheduledActionRow> scheduledActions =
            new FilteredRows<>(ScheduledAction::scheduledActionARN, ScheduledActionRow::new);
    private final FilteredRows<ScalingActivity, ActivityRow> activities =
            new FilteredRows<>(ScalingActivity::activityId, ActivityRow::new);

    private final FilteredRows<Message, MessageRow> peekedMessages =
            new FilteredRows<>(Message::messageId, MessageRow::new);

    private final WhileShown onScreen = new WhileShown(this::refresh);

    public AutoScalingViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.scaling = gateway.scaling();
        this.gateway = gateway;
        this.region = gateway.region();
        this.clock = clock;
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        service.addListener((observable, old, next) -> {
            if (next == null || old == null || !next.serviceArn().equals(old.serviceArn())) {
                refresher.cancelPending();
                show(null);
                refresh();
            }
        });
    }

    /** Reads the selected service's auto scaling again. */
    public void refresh() {
        Service shown = service.get();
        if (shown == null || !onScreen.isShown()) {
            return;
        }
        refresher.read(() -> read(shown), this::show, failure -> Messages.explain(failure, where(shown)));
    }

    private Snapshot read(Service shown) {
        String cluster = cluster(shown);
        String name = shown.serviceName();
        String resourceId = ScalingNames.resourceId(cluster, name);
        List<ScalableTarget> targets = scaling.describeScalableTargets(ScalingNames.ECS, List.of(resourceId),
                ScalingNames.DESIRED_COUNT, null, null).items();
        List<ScalingPolicy> policyList = Page.all(token -> scaling.describeScalingPolicies(ScalingNames.ECS, null,
                resourceId, ScalingNames.DESIRED_COUNT, null, token));
        List<ScheduledAction> actions = Page.all(token -> scaling.describeScheduledActions(ScalingNames.ECS, null,
                resourceId, ScalingNames.DESIRED_COUNT, null, token));
        List<ScalingActivity> recent = scaling.describeScalingActivities(ScalingNames.ECS, resourceId,
                ScalingNames.DESIRED_COUNT, null, null, false).items();
        Optional<LoadSimulation> load = gateway.loadSimulation();
        LoadProfile profile = load.flatMap(l -> l.loadProfile(cluster, name)).orElse(null);
        WorkerQueue queue = load.isPresent() ? workerQueue(shown.taskDefinition()) : null;
        List<MetricDataResult> metrics = List.of();
        String metricsError = null;
        try {
            metrics = metrics(shown, queue);
        } catch (GatewayException e) {
            metricsError = "The service's CloudWatch metrics could not be read: " + Messages.explain(e, where(shown));
        }
        return new Snapshot(targets.isEmpty() ? null : targets.get(0), policyList, actions, recent, metrics,
                metricsError, profile, queue);
    }

    /**
     * The charts' one-minute metrics of the last hour, one GetMetricData call: CPU and memory (AWS/ECS), running
     * tasks (Container Insights), requests per target of the service's target group, and for a queue worker the
     * backlog per task, its queue's visible messages divided by the running tasks.
     */
    private List<MetricDataResult> metrics(Service shown, WorkerQueue queue) {
        String cluster = cluster(shown);
        String name = shown.serviceName();
        List<MetricDataQuery> queries = new ArrayList<>(List.of(
                query(CPU, Metric.ecsService("CPUUtilization", cluster, name), "Average"),
                query(MEMORY, Metric.ecsService("MemoryUtilization", cluster, name), "Average"),
                query(TASKS, Metric.runningTaskCount(cluster, name), "Average")));
        targetGroupArn(shown).ifPresent(arn -> queries.add(query(REQUESTS,
                Metric.targetGroup("RequestCountPerTarget", arn), "Sum")));
        if (queue != null) {
            queries.add(new MetricDataQuery(VISIBLE, new MetricStat(Metric.visibleMessages(queue.queueName()), 60,
                    "Average"), null, null));
        }
        Instant end = now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        List<MetricDataResult> results = Page.all(token -> gateway.cloudWatch().getMetricData(queries,
                end.minus(CHART_MINUTES + 1, ChronoUnit.MINUTES), end, token));
        List<MetricDataResult> charted = new ArrayList<>(results.stream().filter(r -> !r.id().equals(VISIBLE))
                .toList());
        results.stream().filter(r -> r.id().equals(VISIBLE)).findFirst()
                .ifPresent(visible -> charted.add(backlogPerTask(visible, results.stream()
                        .filter(r -> r.id().equals(TASKS)).findFirst().orElseThrow())));
        return charted;
    }

    private static MetricDataQuery query(String id, Metric metric, String stat) {
        return new MetricDataQuery(id, new MetricStat(metric, 60, stat), metric.metricName(), null);
    }

    /** Visible messages over running tasks, minute by minute; a minute without running tasks has no datapoint. */
    private static MetricDataResult backlogPerTask(MetricDataResult visible, MetricDataResult tasks) {
        Map<Instant, Double> running = new HashMap<>();
        for (int i = 0; i < tasks.timestamps().size(); i++) {
            running.put(tasks.timestamps().get(i), tasks.values().get(i));
        }
        List<Instant> timestamps = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < visible.timestamps().size(); i++) {
            Double count = running.get(visible.timestamps().get(i));
            if (count != null && count > 0) {
                timestamps.add(visible.timestamps().get(i));
                values.add(visible.values().get(i) / count);
            }
        }
        return new MetricDataResult(BACKLOG, "BacklogPerTask", timestamps, values);
    }

    private static Optional<String> targetGroupArn(Service shown) {
        return shown.loadBalancers().stream().map(LoadBalancer::targetGroupArn).filter(Objects::nonNull).findFirst();
    }

    /** The simulator's clock, or the wall clock for real AWS. */
    private Instant now() {
        return gateway.simulationClock().map(SimulationClock::now).orElseGet(clock::instant);
    }

    /** The queue the service's task definition names in QUEUE_URL, read from SQS; null when it names none. */
    private WorkerQueue workerQueue(String taskDefinition) {
        Optional<String> url = gateway.ecs().describeTaskDefinition(taskDefinition).containerDefinitions().stream()
                .flatMap(c -> c.environment().stream())
                .filter(v -> QueueAttributeNames.WORKER_ENVIRONMENT_VARIABLE.equals(v.name()))
                .map(KeyValuePair::value).findFirst();
        if (url.isEmpty()) {
            return null;
        }
        Map<String, String> attributes = gateway.sqs().getQueueAttributes(url.get(), List.of(
                QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
        return new WorkerQueue(url.get(), ResourceNames.lastSegment(url.get()),
                Long.parseLong(attributes.get(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES)),
                Long.parseLong(attributes.get(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)),
                gateway.loadSimulation().flatMap(l -> l.producerLoad(url.get())).orElse(null));
    }

    private void show(Snapshot next) {
        snapshot.set(next);
        policies.update(next == null ? List.of() : next.policies());
        scheduledActions.update(next == null ? List.of() : next.scheduledActions());
        activities.update(next == null ? List.of() : next.activities());
    }

    public void setCapacity(int min, int max, Outcome outcome) {
        change(() -> scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(cluster(), name(), min,
                max)), outcome);
    }

    public void putPolicy(PutScalingPolicyRequest request, Outcome outcome) {
        change(() -> scaling.putScalingPolicy(request), outcome);
    }

    /**
     * A step policy and the CloudWatch alarm that invokes it, on one of {@link #ALARM_METRICS} of the service; the
     * alarm goes off on the first minute whose average breaches the threshold.
     */
    public void putStepPolicy(PutScalingPolicyRequest request, String alarmName, String metricName,
                              String comparisonOperator, double threshold, Outcome outcome) {
        Service shown = service.get();
        Optional<Metric> metric = "RequestCountPerTarget".equals(metricName)
                ? targetGroupArn(shown).map(arn -> Metric.targetGroup(metricName, arn))
                : Optional.of(Metric.ecsService(metricName, cluster(shown), shown.serviceName()));
        if (metric.isEmpty()) {
            outcome.failed("RequestCountPerTarget is a target group's metric, and service " + shown.serviceName()
                    + " has no target group. Alarm on CPU or memory instead.");
            return;
        }
        change(() -> {
            String arn = scaling.putScalingPolicy(request).policyARN();
            gateway.cloudWatch().putMetricAlarm(PutMetricAlarmRequest.everyMinute(alarmName, metric.get(),
                    comparisonOperator, threshold, List.of(arn)));
            return arn;
        }, outcome);
    }

    public void deletePolicy(String policyName, Outcome outcome) {
        String resourceId = resourceId();
        change(() -> {
            scaling.deleteScalingPolicy(policyName, ScalingNames.ECS, resourceId, ScalingNames.DESIRED_COUNT);
            return policyName;
        }, outcome);
    }

    public void putScheduledAction(PutScheduledActionRequest request, Outcome outcome) {
        change(() -> {
            scaling.putScheduledAction(request);
            return request.scheduledActionName();
        }, outcome);
    }

    public void deleteScheduledAction(String name, Outcome outcome) {
        String resourceId = resourceId();
        change(() -> {
            scaling.deleteScheduledAction(ScalingNames.ECS, name, resourceId, ScalingNames.DESIRED_COUNT);
            return name;
        }, outcome);
    }

    /** Simulator only: the service receives this load from now on. */
    public void setLoadProfile(LoadProfile profile, Outcome outcome) {
        String cluster = cluster();
        String name = name();
        change(() -> {
            gateway.loadSimulation().orElseThrow().setLoadProfile(cluster, name, profile);
            return profile;
        }, outcome);
    }

    /** Simulator only: a producer sends the service's queue this load from now on. */
    public void setProducerLoad(LoadProfile profile, Outcome outcome) {
        String queueUrl = snapshot.get().queue().queueUrl();
        change(() -> {
            gateway.loadSimulation().orElseThrow().setProducerLoad(queueUrl, profile);
            return profile;
        }, outcome);
    }

    /** Sends the service's worker queue {@code count} messages in SendMessageBatch calls of ten. */
    public void sendMessages(int count, String body, Outcome outcome) {
        String queueUrl = snapshot.get().queue().queueUrl();
        change(() -> {
            MessageBurst.send(gateway.sqs(), queueUrl, count, body);
            return count;
        }, outcome);
    }

    /**
     * A look at up to ten of the worker queue's visible messages (ReceiveMessage with a visibility timeout of 0, so
     * they stay visible to the workers); they show in {@link #peekedMessages()}.
     */
    public void peekMessages(Outcome outcome) {
        String queueUrl = snapshot.get().queue().queueUrl();
        Service shown = service.get();
        changes.run(() -> gateway.sqs().receiveMessage(ReceiveMessageRequest.peek(queueUrl, 10)),
                failure -> Messages.explain(failure, where(shown)), outcome, peekedMessages::update);
    }

    public FilteredRows<Message, MessageRow> peekedMessages() {
        return peekedMessages;
    }

    /** The name of the queue the shown service's tasks work on, when they work on one. */
    public Optional<String> workerQueueName() {
        return Optional.ofNullable(snapshot.get()).map(Snapshot::queue).map(WorkerQueue::queueName);
    }

    private void change(Callable<?> call, Outcome outcome) {
        Service shown = service.get();
        changes.run(call, failure -> Messages.explain(failure, where(shown)), outcome, done -> refresh());
    }

    private ErrorContext where(Service shown) {
        return ErrorContext.in(region).cluster(cluster(shown)).service(shown.serviceName());
    }

    private static String cluster(Service shown) {
        return ResourceNames.lastSegment(shown.clusterArn());
    }

    public String cluster() {
        return cluster(service.get());
    }

    public String name() {
        return service.get().serviceName();
    }

    public String resourceId() {
        return ScalingNames.resourceId(cluster(), name());
    }

    /** Present on the simulator: when a new load profile starts. */
    public Optional<Instant> simulatedNow() {
        return gateway.simulationClock().map(SimulationClock::now);
    }

    public boolean canSimulateLoad() {
        return gateway.loadSimulation().isPresent();
    }

    /** Whether the tab is on screen: the tab's data is read only while it is. */
    public WhileShown onScreen() {
        return onScreen;
    }

    public ObjectProperty<Service> serviceProperty() {
        return service;
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    public FilteredRows<ScalingPolicy, PolicyRow> policies() {
        return policies;
    }

    public FilteredRows<ScheduledAction, ScheduledActionRow> scheduledActions() {
        return scheduledActions;
    }

    public FilteredRows<ScalingActivity, ActivityRow> activities() {
        return activities;
    }

    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }
}
