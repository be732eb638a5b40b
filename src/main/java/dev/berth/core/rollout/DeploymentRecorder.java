package dev.berth.core.rollout;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Watches one service refresh by refresh and remembers what AWS does not keep: when each task first counted as
 * healthy, how the desired count and deployment configuration changed, how the circuit breaker's count moved, and
 * every event and task seen (DescribeServices keeps 100 events, stopped tasks vanish after about an hour).
 * <p>
 * Healthy follows the rule the service scheduler applies: a task with a container health check is healthy once its
 * {@code healthStatus} is HEALTHY, which a refresh sees no later than the refresh after it happened (a task first
 * seen already healthy is taken as healthy since it started); a task without one is healthy 40 s after RUNNING,
 * unless it was told to stop first.
 * <p>
 * Not thread-safe: refresh from one thread at a time and hand the immutable {@link DeploymentHistory} on.
 */
public final class DeploymentRecorder {
    /** With no health check, the service scheduler counts a task healthy this long after RUNNING. */
    static final Duration HEALTHY_WITHOUT_CHECK = Duration.ofSeconds(40);
    private static final Pattern TASK_ID = Pattern.compile("\\(task ([0-9a-f]{32})\\)");
    private static final int MAX_PAGE = 100;

    private final String cluster;
    private final String serviceName;
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Map<String, Instant> observedHealthy = new HashMap<>();
    private final Set<String> healthChecked = new HashSet<>();
    private final Map<String, Boolean> definitionHasCheck = new HashMap<>();
    private final Map<String, ServiceEvent> events = new LinkedHashMap<>();
    private final List<BoundsStep> bounds = new ArrayList<>();
    private final Map<String, List<BreakerSeries.Step>> breakerSteps = new LinkedHashMap<>();
    private final Map<String, Deployment> deployments = new LinkedHashMap<>();
    private final Map<String, Instant> seenFinished = new HashMap<>();
    private final Set<String> listed = new HashSet<>();
    private Instant first;
    private Instant last;
    private Instant earliestDeployment;

    public DeploymentRecorder(String cluster, String serviceName) {
        this.cluster = cluster;
        this.serviceName = serviceName;
    }

    /**
     * One refresh through the gateway: DescribeServices, ListTasks and DescribeTasks for the service's tasks wanting
     * to run and stopped, and DescribeTaskDefinition once per revision not seen before. {@code at} is the time the
     * reads finished (the simulator's clock, or the wall clock on AWS).
     */
    public DeploymentHistory poll(EcsGateway ecs, Instant at) {
        List<Service> found = ecs.describeServices(cluster, List.of(serviceName)).items();
        if (found.isEmpty()) {
            throw GatewayException.client("ServiceNotFoundException", "Service not found.");
        }
        List<Task> serviceTasks = new ArrayList<>(tasks(ecs, "RUNNING"));
        serviceTasks.addAll(tasks(ecs, "STOPPED"));
        Set<String> checked = new HashSet<>();
        for (String definition : serviceTasks.stream().map(Task::taskDefinitionArn).distinct().toList()) {
            boolean hasCheck = definitionHasCheck.computeIfAbsent(definition, arn -> hasHealthCheck(ecs, arn));
            if (hasCheck) {
                checked.add(definition);
            }
        }
        record(new ServiceSnapshot(at, found.get(0), serviceTasks, checked));
        return history();
    }

    /** Takes in one refresh's reads, however they were made. */
    public void record(ServiceSnapshot snapshot) {
        Instant at = snapshot.at();
        first = first == null ? at : first;
        last = at;
        healthChecked.addAll(snapshot.healthCheckedDefinitions());
        for (Task task : snapshot.tasks()) {
            boolean seenBefore = tasks.containsKey(task.taskArn());
            tasks.put(task.taskArn(), task);
            if ("HEALTHY".equals(task.healthStatus()) && task.startedAt() != null) {
                observedHealthy.putIfAbsent(task.taskArn(), seenBefore ? at : task.startedAt());
            }
        }
        Service service = snapshot.service();
        List<ServiceEvent> newestFirst = service.events();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            events.putIfAbsent(newestFirst.get(i).id(), newestFirst.get(i));
        }
        DeploymentConfiguration configuration = service.deploymentConfiguration();
        BoundsStep band = BoundsStep.of(at, service.desiredCount(), configuration.minimumHealthyPercent(),
                configuration.maximumPercent());
        if (bounds.isEmpty() || !bounds.get(bounds.size() - 1).sameBand(band)) {
            bounds.add(band);
        }
        int threshold = DeploymentBounds.circuitBreakerThreshold(service.desiredCount());
        listed.clear();
        for (Deployment deployment : service.deployments()) {
            recordBreaker(deployment, threshold, at);
            deployments.put(deployment.id(), deployment);
            listed.add(deployment.id());
            if ("COMPLETED".equals(deployment.rolloutState()) || "FAILED".equals(deployment.rolloutState())) {
                seenFinished.putIfAbsent(deployment.id(), at);
            }
        }
    }

    /** Everything recorded so far; throws {@link IllegalStateException} before the first refresh. */
    public DeploymentHistory history() {
        if (last == null) {
            throw new IllegalStateException("Nothing recorded yet.");
        }
        List<TaskLane> lanes = tasks.values().stream().sorted(Comparator.comparing(Task::createdAt))
                .map(t -> TaskLane.of(t, healthyAt(t))).toList();
        Instant from = Stream.concat(Stream.concat(tasks.values().stream().map(Task::createdAt),
                        events.values().stream().map(ServiceEvent::createdAt)), Stream.of(first, earliestDeployment))
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElseThrow();
        List<BoundsStep> band = new ArrayList<>(bounds);
        BoundsStep opening = band.get(0);
        band.set(0, BoundsStep.of(from, opening.desiredCount(), opening.minimumHealthyPercent(),
                opening.maximumPercent()));
        List<EventMarker> markers = events.values().stream()
                .sorted(Comparator.comparing(ServiceEvent::createdAt))
                .map(e -> new EventMarker(e.createdAt(), e.message(), taskIds(e.message()))).toList();
        List<BreakerSeries> breakers = new ArrayList<>();
        breakerSteps.forEach((id, steps) -> breakers.add(new BreakerSeries(id, steps, trippedAt(id))));
        List<DeploymentSpan> spans = deployments.values().stream().map(this::span)
                .sorted(Comparator.comparing(DeploymentSpan::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new DeploymentHistory(serviceName, from, last, lanes, RevisionSeries.of(lanes, from), band, breakers,
                markers, spans);
    }

    private void recordBreaker(Deployment deployment, int threshold, Instant at) {
        String id = deployment.id();
        List<BreakerSeries.Step> steps = breakerSteps.computeIfAbsent(id, key -> new ArrayList<>());
        if (steps.isEmpty()) {
            boolean earlier = earliestDeployment == null
                    || deployment.createdAt() != null && deployment.createdAt().isBefore(earliestDeployment);
            earliestDeployment = earlier ? deployment.createdAt() : earliestDeployment;
            Instant since = deployment.failedTasks() == 0 && deployment.createdAt() != null
                    ? deployment.createdAt() : at;
            steps.add(new BreakerSeries.Step(since, deployment.failedTasks(), threshold));
        } else {
            BreakerSeries.Step previous = steps.get(steps.size() - 1);
            if (previous.failedTasks() != deployment.failedTasks() || previous.threshold() != threshold) {
                steps.add(new BreakerSeries.Step(at, deployment.failedTasks(), threshold));
            }
        }
    }

    /** The event's own time when AWS reported the failure; else the refresh that first saw the deployment FAILED. */
    private Instant trippedAt(String deploymentId) {
        Deployment deployment = deployments.get(deploymentId);
        return deployment != null && "FAILED".equals(deployment.rolloutState()) ? finishedAt(deployment) : null;
    }

    /**
     * When the rollout ended: the time of AWS's "deployment completed" or "deployment failed" event, else the refresh
     * that first saw it ended; null while in progress.
     */
    private Instant finishedAt(Deployment deployment) {
        if (!seenFinished.containsKey(deployment.id())) {
            return null;
        }
        String ended = "(deployment " + deployment.id() + ") deployment "
                + ("FAILED".equals(deployment.rolloutState()) ? "failed" : "completed");
        return events.values().stream().filter(e -> e.message().contains(ended)).map(ServiceEvent::createdAt)
                .findFirst().orElse(seenFinished.get(deployment.id()));
    }

    private DeploymentSpan span(Deployment deployment) {
        String status = listed.contains(deployment.id()) ? deployment.status() : "INACTIVE";
        return new DeploymentSpan(deployment.id(), TaskLane.familyRevision(deployment.taskDefinition()), status,
                deployment.rolloutState(), deployment.rolloutStateReason(), deployment.desiredCount(),
                deployment.pendingCount(), deployment.runningCount(), deployment.failedTasks(),
                deployment.createdAt(), finishedAt(deployment));
    }

    private Instant healthyAt(Task task) {
        if (task.startedAt() == null) {
            return null;
        }
        if (healthChecked.contains(task.taskDefinitionArn())) {
            return observedHealthy.get(task.taskArn());
        }
        Instant healthy = task.startedAt().plus(HEALTHY_WITHOUT_CHECK);
        boolean stoppedFirst = task.stoppingAt() != null && !task.stoppingAt().isAfter(healthy);
        return stoppedFirst || healthy.isAfter(last) ? null : healthy;
    }

    private List<Task> tasks(EcsGateway ecs, String desiredStatus) {
        List<Task> found = new ArrayList<>();
        String token = null;
        do {
            Page<String> page = ecs.listTasks(new ListTasksRequest(cluster, serviceName, null, null, null,
                    desiredStatus, token, MAX_PAGE));
            if (!page.items().isEmpty()) {
                found.addAll(ecs.describeTasks(cluster, page.items()).items());
            }
            token = page.nextToken();
        } while (token != null);
        return found;
    }

    private static boolean hasHealthCheck(EcsGateway ecs, String taskDefinitionArn) {
        TaskDefinition definition = ecs.describeTaskDefinition(taskDefinitionArn);
        return definition.containerDefinitions().stream().anyMatch(c -> c.healthCheck() != null);
    }

    private static List<String> taskIds(String message) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = TASK_ID.matcher(message);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
