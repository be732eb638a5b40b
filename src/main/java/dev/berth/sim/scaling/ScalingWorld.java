package dev.berth.sim.scaling;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Alarm;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutMetricAlarmRequest;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScalingPolicyResult;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalableTargetAction;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.ScheduledAction;
import dev.berth.core.model.Service;
import dev.berth.core.model.SuspendedState;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.SimContext;
import dev.berth.sim.ecs.EcsWorld;
import dev.berth.sim.sqs.QueueDepths;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The simulated Application Auto Scaling for ECS services, and the CloudWatch it watches: one-minute metrics per
 * service derived from its load profile and running tasks, target tracking with its managed alarms, step scaling on
 * the user's alarms, scheduled actions. Desired counts change through the ECS engine as UpdateService would, as
 * events of the world itself. Nothing ticks until the first target, load profile or alarm exists, so a world that
 * never scales keeps its history.
 */
public final class ScalingWorld {
    private static final long MINUTE = 60_000;
    private static final Pattern NAME = Pattern.compile("(?!((^[ ]+.*)|(.*([\\u0000-\\u001f]|[\\u007f-\\u009f]|[:/|])+.*)|(.*[ ]+$))).{1,256}");

    private final SimContext context;
    private final EcsWorld ecs;
    private final QueueDepths queues;
    private final String region;
    private final String accountId;
    private final ActivityLog activities;
    private final DynamicScaling dynamic;
    private final Map<String, ScalableTargetState> targets = new LinkedHashMap<>();
    private final Map<String, LoadProfile> profiles = new LinkedHashMap<>();
    private final Map<String, ServiceMetrics> metrics = new LinkedHashMap<>();
    private final Map<String, MetricAlarm> alarms = new LinkedHashMap<>();
    private boolean ticking;

    /**
     * {@code context} must carry the scaling engine's own random stream, not the ECS engine's; {@code queues} are
     * the SQS queues whose depth services scale on.
     */
    public ScalingWorld(SimContext context, EcsWorld ecs, QueueDepths queues) {
        this.context = context;
        this.ecs = ecs;
        this.queues = queues;
        this.region = context.settings().region();
        this.accountId = context.settings().accountId();
        this.activities = new ActivityLog(context);
        this.dynamic = new DynamicScaling(this::setDesiredCount, activities);
    }

    // --- Application Auto Scaling ---

    public String registerScalableTarget(RegisterScalableTargetRequest request) {
        ServiceKey key = ServiceKey.of(request.serviceNamespace(), request.resourceId(), request.scalableDimension());
        Service service = findService(key);
        if (service == null) {
            throw ScalingErrors.validation("ECS service doesn't exist: " + key.resourceId());
        }
        ScalableTargetState existing = targets.get(key.resourceId());
        if (existing == null && (request.minCapacity() == null || request.maxCapacity() == null)) {
            throw ScalingErrors.validation("MinCapacity and MaxCapacity are required when registering a new "
                    + "scalable target.");
        }
        int min = request.minCapacity() != null ? request.minCapacity() : existing.minCapacity;
        int max = request.maxCapacity() != null ? request.maxCapacity() : existing.maxCapacity;
        if (min < 0 || max < 0) {
            throw ScalingErrors.validation("Minimum and maximum capacity must be 0 or more.");
        }
        if (min > max) {
            throw ScalingErrors.validation("Minimum capacity cannot be greater than maximum capacity");
        }
        ScalableTargetState target = existing != null ? existing : new ScalableTargetState(key,
                "arn:aws:application-autoscaling:" + region + ":" + accountId + ":scalable-target/"
                        + context.random().hex(36), context.now());
        int oldMin = target.minCapacity;
        int oldMax = target.maxCapacity;
        target.minCapacity = min;
        target.maxCapacity = max;
        if (request.roleARN() != null) {
            target.roleARN = request.roleARN();
        }
        target.roleARN = target.roleARN != null ? target.roleARN : "arn:aws:iam::" + accountId
                + ":role/aws-service-role/ecs.application-autoscaling.amazonaws.com/"
                + "AWSServiceRoleForApplicationAutoScaling_ECSService";
        target.suspendedState = merged(target.suspendedState, request.suspendedState());
        targets.put(key.resourceId(), target);
        track(key);
        if (existing == null || oldMin != min || oldMax != max) {
            clampDesiredCount(target, service.desiredCount());
        }
        return target.arn;
    }

    public Page<ScalableTarget> describeScalableTargets(String serviceNamespace, List<String> resourceIds,
                                                        String scalableDimension, Integer maxResults,
                                                        String nextToken) {
        List<ScalableTarget> matching = matchingTargets(serviceNamespace, scalableDimension).stream()
                .filter(t -> resourceIds == null || resourceIds.isEmpty() || resourceIds.contains(t.key.resourceId()))
                .map(ScalableTargetState::toScalableTarget).toList();
        return ScalingPages.page(matching, nextToken, maxResults);
    }

    public Void deregisterScalableTarget(String serviceNamespace, String resourceId, String scalableDimension) {
        ScalableTargetState target = existingTarget(serviceNamespace, resourceId, scalableDimension);
        target.scheduledActions.values().forEach(action -> action.generation++);
        targets.remove(target.key.resourceId());
        return null;
    }

    public PutScalingPolicyResult putScalingPolicy(PutScalingPolicyRequest request) {
        ScalableTargetState target = existingTarget(request.serviceNamespace(), request.resourceId(),
                request.scalableDimension());
        checkName(request.policyName(), "policyName");
        PutScalingPolicyRequest checked = PolicyValidation.checked(request);
        PolicyState policy = target.policies.get(request.policyName());
        if (policy == null) {
            String id = context.random().uuid();
            String alarmPrefix = "TargetTracking-" + target.key.resourceId() + "-";
            policy = new PolicyState("arn:aws:autoscaling:" + region + ":" + accountId + ":scalingPolicy:" + id
                    + ":resource/ecs/" + target.key.resourceId() + ":policyName/" + request.policyName(),
                    context.now(), alarm(alarmPrefix + "AlarmHigh-" + context.random().uuid()),
                    alarm(alarmPrefix + "AlarmLow-" + context.random().uuid()), checked);
            target.policies.put(request.policyName(), policy);
        }
        policy.request = checked;
        return new PutScalingPolicyResult(policy.arn, policy.toScalingPolicy(List.of()).alarms());
    }

    public Page<ScalingPolicy> describeScalingPolicies(String serviceNamespace, List<String> policyNames,
                                                       String resourceId, String scalableDimension,
                                                       Integer maxResults, String nextToken) {
        List<ScalingPolicy> matching = matchingTargets(serviceNamespace, scalableDimension).stream()
                .filter(t -> resourceId == null || t.key.resourceId().equals(resourceId))
                .flatMap(t -> t.policies.values().stream())
                .filter(p -> policyNames == null || policyNames.isEmpty() || policyNames.contains(p.name()))
                .map(p -> p.toScalingPolicy(alarmsInvoking(p.arn))).toList();
        return ScalingPages.page(matching, nextToken, maxResults);
    }

    public Void deleteScalingPolicy(String policyName, String serviceNamespace, String resourceId,
                                    String scalableDimension) {
        ScalableTargetState target = existingTarget(serviceNamespace, resourceId, scalableDimension);
        if (target.policies.remove(policyName) == null) {
            throw ScalingErrors.noPolicy(target.key.resourceId(), policyName);
        }
        return null;
    }

    public Void putScheduledAction(PutScheduledActionRequest request) {
        ScalableTargetState target = existingTarget(request.serviceNamespace(), request.resourceId(),
                request.scalableDimension());
        checkName(request.scheduledActionName(), "scheduledActionName");
        ScalableTargetAction action = request.scalableTargetAction();
        if (action != null && action.minCapacity() != null && action.maxCapacity() != null
                && action.minCapacity() > action.maxCapacity()) {
            throw ScalingErrors.validation("Minimum capacity cannot be greater than maximum capacity");
        }
        if (request.startTime() != null && request.endTime() != null
                && !request.endTime().isAfter(request.startTime())) {
            throw ScalingErrors.validation("EndTime must be after StartTime");
        }
        ScheduleExpression schedule = ScheduleExpression.parse(request.schedule(), request.timezone());
        ScheduledActionState state = target.scheduledActions.get(request.scheduledActionName());
        if (state == null) {
            state = new ScheduledActionState("arn:aws:autoscaling:" + region + ":" + accountId
                    + ":scheduledAction:" + context.random().uuid() + ":resource/ecs/" + target.key.resourceId()
                    + ":scheduledActionName/" + request.scheduledActionName(), context.now());
            target.scheduledActions.put(request.scheduledActionName(), state);
        }
        state.request = request;
        state.schedule = schedule;
        state.putAt = context.now();
        state.generation++;
        planNext(target, state, context.now());
        return null;
    }

    public Page<ScheduledAction> describeScheduledActions(String serviceNamespace, List<String> names,
                                                          String resourceId, String scalableDimension,
                                                          Integer maxResults, String nextToken) {
        List<ScheduledAction> matching = matchingTargets(serviceNamespace, scalableDimension).stream()
                .filter(t -> resourceId == null || t.key.resourceId().equals(resourceId))
                .flatMap(t -> t.scheduledActions.values().stream())
                .map(ScheduledActionState::toScheduledAction)
                .filter(a -> names == null || names.isEmpty() || names.contains(a.scheduledActionName())).toList();
        return ScalingPages.page(matching, nextToken, maxResults);
    }

    public Void deleteScheduledAction(String serviceNamespace, String name, String resourceId,
                                      String scalableDimension) {
        ScalableTargetState target = existingTarget(serviceNamespace, resourceId, scalableDimension);
        ScheduledActionState removed = target.scheduledActions.remove(name);
        if (removed == null) {
            throw ScalingErrors.noScheduledAction(target.key.resourceId(), name);
        }
        removed.generation++;
        return null;
    }

    public Page<ScalingActivity> describeScalingActivities(String serviceNamespace, String resourceId,
                                                           String scalableDimension, Integer maxResults,
                                                           String nextToken, boolean includeNotScaled) {
        requireNamespace(serviceNamespace);
        List<ScalingActivity> matching = isEcs(serviceNamespace, scalableDimension)
                ? activities.list(resourceId, includeNotScaled) : List.of();
        return ScalingPages.page(matching, nextToken, maxResults);
    }

    // --- load and CloudWatch (simulator only) ---

    public Void setLoadProfile(String cluster, String service, LoadProfile profile) {
        ServiceKey key = new ServiceKey(cluster, service);
        if (findService(key) == null) {
            throw GatewayException.client("ServiceNotFoundException", "Service not found.");
        }
        profiles.put(key.resourceId(), profile);
        track(key);
        return null;
    }

    public Optional<LoadProfile> loadProfile(String cluster, String service) {
        return Optional.ofNullable(profiles.get(new ServiceKey(cluster, service).resourceId()));
    }

    // --- CloudWatch: the services' metrics and the alarms on them ---

    /**
     * The one-minute datapoints of a metric the simulator computes for the services it tracks, the minutes that start
     * in [startTime, endTime): AWS/ECS CPUUtilization and MemoryUtilization and ECS/ContainerInsights
     * RunningTaskCount by ClusterName and ServiceName, AWS/ApplicationELB RequestCount and RequestCountPerTarget by
     * TargetGroup, AWS/SQS ApproximateNumberOfMessagesVisible by QueueName. Null for any other metric.
     */
    public MetricDataResult minuteSeries(Metric metric, Instant startTime, Instant endTime) {
        ServiceSeries series = seriesOf(metric);
        if (series == null) {
            return null;
        }
        ServiceMetrics history = metrics.get(series.key().resourceId());
        return (history != null ? history : new ServiceMetrics()).series(series.datapointName(), startTime, endTime);
    }

    public Void putMetricAlarm(PutMetricAlarmRequest request) {
        CloudWatchRules.check(request);
        MetricAlarm alarm = new MetricAlarm(request.alarmName(), alarm(request.alarmName()).alarmARN(),
                request.metric().namespace(), request.metric().metricName(), request.metric().dimensions(),
                request.statistic(), request.period(), request.evaluationPeriods(), request.datapointsToAlarm(),
                request.threshold(), request.comparisonOperator(), request.alarmActions(), "INSUFFICIENT_DATA");
        alarms.put(alarm.alarmName(), alarm);
        ServiceSeries series = seriesOf(alarm.metric());
        if (series != null) {
            track(series.key());
        }
        startTicking();
        return null;
    }

    /** The named alarms (every one when none is named), by name as CloudWatch lists them. */
    public List<MetricAlarm> describeAlarms(List<String> alarmNames) {
        return alarms.values().stream().filter(a -> alarmNames.isEmpty() || alarmNames.contains(a.alarmName()))
                .sorted(Comparator.comparing(MetricAlarm::alarmName)).toList();
    }

    public Void deleteAlarms(List<String> alarmNames) {
        alarmNames.forEach(alarms::remove);
        return null;
    }

    /** Which tracked service's history holds the metric, and under which name; null when none does. */
    private ServiceSeries seriesOf(Metric metric) {
        String name = metric.metricName();
        String namespace = String.valueOf(metric.namespace());
        switch (namespace) {
            case Metric.ECS, Metric.CONTAINER_INSIGHTS -> {
                boolean known = namespace.equals(Metric.ECS)
                        ? List.of("CPUUtilization", "MemoryUtilization").contains(name)
                        : "RunningTaskCount".equals(name);
                String cluster = metric.dimension("ClusterName");
                String service = metric.dimension("ServiceName");
                return known && cluster != null && service != null
                        ? new ServiceSeries(new ServiceKey(cluster, service), name) : null;
            }
            case Metric.APPLICATION_ELB -> {
                String targetGroup = metric.dimension("TargetGroup");
                if (targetGroup == null || !List.of("RequestCount", "RequestCountPerTarget").contains(name)) {
                    return null;
                }
                return trackedServices().filter(key -> findService(key).loadBalancers().stream()
                                .anyMatch(lb -> lb.targetGroupArn() != null
                                        && lb.targetGroupArn().endsWith(":" + targetGroup)))
                        .findFirst().map(key -> new ServiceSeries(key, name)).orElse(null);
            }
            case Metric.SQS -> {
                String queue = metric.dimension("QueueName");
                if (queue == null || !QueueMetric.VISIBLE.equals(name)) {
                    return null;
                }
                return trackedServices().filter(key -> queue.equals(queueOf(key))).findFirst()
                        .map(key -> new ServiceSeries(key, name)).orElse(null);
            }
            default -> {
                return null;
            }
        }
    }

    /** The services whose metrics the simulator keeps and that still exist. */
    private Stream<ServiceKey> trackedServices() {
        return metrics.keySet().stream()
                .map(id -> ServiceKey.of(ScalingNames.ECS, id, ScalingNames.DESIRED_COUNT))
                .filter(key -> findService(key) != null);
    }

    /** A service's history and the name of a metric in its datapoints. */
    private record ServiceSeries(ServiceKey key, String datapointName) {
    }

    // --- the minute tick ---

    private void track(ServiceKey key) {
        metrics.computeIfAbsent(key.resourceId(), id -> new ServiceMetrics());
        startTicking();
    }

    private void startTicking() {
        if (!ticking) {
            ticking = true;
            scheduleTick((context.nowMillis() / MINUTE + 1) * MINUTE);
        }
    }

    private void scheduleTick(long atMillis) {
        context.schedule(atMillis, () -> {
            tick(atMillis);
            scheduleTick(atMillis + MINUTE);
        });
    }

    /** Records the minute that just ended, brings the alarms up to date, then lets the policies act on them. */
    private void tick(long now) {
        metrics.forEach((resourceId, history) -> {
            ServiceKey key = ServiceKey.of(ScalingNames.ECS, resourceId, ScalingNames.DESIRED_COUNT);
            Service service = findService(key);
            if (service != null) {
                LoadProfile profile = profiles.get(resourceId);
                long minuteStart = now - MINUTE;
                double load = profile == null ? 0 : profile.requestsPerMinuteAt(Instant.ofEpochMilli(now - MINUTE / 2));
                double capacity = profile == null ? LoadProfile.DEFAULT_TASK_CAPACITY
                        : profile.requestsPerTaskAtFullCpu();
                String queue = queueOf(key);
                history.add(MetricDatapoint.of(minuteStart, load, service.runningCount(), capacity,
                        queue == null ? null : queues.visibleMessages(queue)));
            }
        });
        alarms.replaceAll((name, alarm) -> withState(alarm, evaluate(alarm, now)));
        for (ScalableTargetState target : List.copyOf(targets.values())) {
            Service service = findService(target.key);
            if (service != null) {
                dynamic.evaluate(target, service.desiredCount(), metrics.get(target.key.resourceId()),
                        List.copyOf(alarms.values()), alarm -> window(alarm, now), now);
            }
        }
    }

    /** The queue a target tracking policy of the service names, else the queue its tasks work on, else null. */
    private String queueOf(ServiceKey key) {
        ScalableTargetState target = targets.get(key.resourceId());
        if (target != null) {
            for (PolicyState policy : target.policies.values()) {
                if (policy.isTargetTracking() && policy.targetTracking().customizedMetricSpecification() != null) {
                    return QueueMetric.of(policy.targetTracking().customizedMetricSpecification(), key).queueName();
                }
            }
        }
        return queues.workerQueue(key.cluster(), key.service());
    }

    private String evaluate(MetricAlarm alarm, long now) {
        List<Double> values = window(alarm, now);
        if (values == null) {
            return "INSUFFICIENT_DATA";
        }
        long breaching = values.stream().filter(v -> DynamicScaling.breaches(alarm, v)).count();
        return breaching >= alarm.datapointsToAlarm() ? "ALARM" : "OK";
    }

    /**
     * The alarm's statistic over each of its last evaluation periods before {@code now}, oldest first; null when a
     * period has no datapoint (the alarm then lacks data).
     */
    private List<Double> window(MetricAlarm alarm, long now) {
        ServiceSeries series = seriesOf(alarm.metric());
        ServiceMetrics history = series == null ? null : metrics.get(series.key().resourceId());
        int minutesPerPeriod = alarm.period() / 60;
        List<Double> minutes = history == null ? null
                : history.last(series.datapointName(), alarm.evaluationPeriods() * minutesPerPeriod, now);
        if (minutes == null) {
            return null;
        }
        List<Double> periods = new ArrayList<>();
        for (int from = 0; from < minutes.size(); from += minutesPerPeriod) {
            periods.add(MinuteStatistics.of(alarm.statistic(), minutes.subList(from, from + minutesPerPeriod)));
        }
        return periods;
    }

    // --- scheduled actions ---

    private void planNext(ScalableTargetState target, ScheduledActionState action, Instant after) {
        PutScheduledActionRequest request = action.request;
        Instant from = request.startTime() != null && request.startTime().isAfter(after)
                ? request.startTime().minusMillis(1) : after;
        Instant next = action.schedule.nextAfter(from, action.rateAnchor());
        if (next == null || (request.endTime() != null && next.isAfter(request.endTime()))) {
            return;
        }
        long generation = action.generation;
        context.schedule(next.toEpochMilli(), () -> {
            if (action.generation == generation && targets.get(target.key.resourceId()) == target) {
                fire(target, action);
                planNext(target, action, next);
            }
        });
    }

    /** Sets the target's capacities, then brings the desired count inside them. */
    private void fire(ScalableTargetState target, ScheduledActionState action) {
        ScalableTargetAction capacities = action.request.scalableTargetAction();
        Service service = findService(target.key);
        if (target.suspendedState.scheduledScalingSuspended() || capacities == null || service == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (capacities.minCapacity() != null) {
            target.minCapacity = capacities.minCapacity();
            parts.add("min capacity to " + capacities.minCapacity());
        }
        if (capacities.maxCapacity() != null) {
            target.maxCapacity = capacities.maxCapacity();
            parts.add("max capacity to " + capacities.maxCapacity());
        }
        target.maxCapacity = Math.max(target.minCapacity, target.maxCapacity);
        String change = String.join(" and ", parts);
        activities.successful(target.key, "Setting " + change, "scheduled action name "
                + action.request.scheduledActionName() + " was triggered", "Successfully set " + change);
        clampDesiredCount(target, service.desiredCount());
    }

    // --- changing the desired count ---

    private void clampDesiredCount(ScalableTargetState target, int desired) {
        if (desired < target.minCapacity) {
            setDesiredCount(target, target.minCapacity, "minimum capacity was set to " + target.minCapacity);
        } else if (desired > target.maxCapacity) {
            setDesiredCount(target, target.maxCapacity, "maximum capacity was set to " + target.maxCapacity);
        }
    }

    /** Through the ECS engine, as UpdateService with only a desired count; the activity says why. */
    private void setDesiredCount(ScalableTargetState target, int desired, String cause) {
        ecs.updateService(UpdateServiceRequest.desiredCount(target.key.cluster(), target.key.service(), desired));
        activities.successful(target.key, "Setting desired count to " + desired + ".", cause,
                "Successfully set desired count to " + desired + ". Change successfully fulfilled by ecs.");
    }

    // --- lookups and checks ---

    private Service findService(ServiceKey key) {
        try {
            return ecs.describeServices(key.cluster(), List.of(key.service())).items().stream()
                    .filter(s -> "ACTIVE".equals(s.status())).findFirst().orElse(null);
        } catch (GatewayException noSuchCluster) {
            return null;
        }
    }

    private ScalableTargetState existingTarget(String serviceNamespace, String resourceId, String dimension) {
        ServiceKey key = ServiceKey.of(serviceNamespace, resourceId, dimension);
        ScalableTargetState target = targets.get(key.resourceId());
        if (target == null) {
            throw ScalingErrors.noTarget(key.resourceId());
        }
        return target;
    }

    private List<ScalableTargetState> matchingTargets(String serviceNamespace, String scalableDimension) {
        requireNamespace(serviceNamespace);
        return isEcs(serviceNamespace, scalableDimension) ? List.copyOf(targets.values()) : List.of();
    }

    private static boolean isEcs(String serviceNamespace, String scalableDimension) {
        return ScalingNames.ECS.equals(serviceNamespace)
                && (scalableDimension == null || ScalingNames.DESIRED_COUNT.equals(scalableDimension));
    }

    private static void requireNamespace(String serviceNamespace) {
        if (serviceNamespace == null) {
            throw ScalingErrors.constraint("null", "serviceNamespace", "Member must not be null");
        }
    }

    private static void checkName(String name, String member) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ScalingErrors.constraint(String.valueOf(name), member,
                    "Member must have length between 1 and 256 and must not contain ':', '/' or '|'");
        }
    }

    private List<Alarm> alarmsInvoking(String policyArn) {
        return alarms.values().stream().filter(a -> a.alarmActions().contains(policyArn))
                .map(a -> alarm(a.alarmName())).toList();
    }

    private Alarm alarm(String name) {
        return new Alarm(name, "arn:aws:cloudwatch:" + region + ":" + accountId + ":alarm:" + name);
    }

    private static SuspendedState merged(SuspendedState current, SuspendedState requested) {
        if (requested == null) {
            return current;
        }
        return new SuspendedState(
                requested.dynamicScalingInSuspended() != null ? requested.dynamicScalingInSuspended()
                        : current.dynamicScalingInSuspended(),
                requested.dynamicScalingOutSuspended() != null ? requested.dynamicScalingOutSuspended()
                        : current.dynamicScalingOutSuspended(),
                requested.scheduledScalingSuspended() != null ? requested.scheduledScalingSuspended()
                        : current.scheduledScalingSuspended());
    }

    private static MetricAlarm withState(MetricAlarm alarm, String state) {
        return new MetricAlarm(alarm.alarmName(), alarm.alarmArn(), alarm.namespace(), alarm.metricName(),
                alarm.dimensions(), alarm.statistic(), alarm.period(), alarm.evaluationPeriods(),
                alarm.datapointsToAlarm(), alarm.threshold(), alarm.comparisonOperator(), alarm.alarmActions(), state);
    }
}
