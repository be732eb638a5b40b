package dev.berth.training;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.Page;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.Repository;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceSummary;
import dev.berth.core.model.Task;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealthDescription;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.core.model.TaskDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks objectives against the world with ordinary reads (ECS DescribeClusters, ListTaskDefinitions,
 * DescribeServices, ListTasks, DescribeTasks; ECR DescribeRepositories, DescribeImages; EKS DescribeCluster,
 * DescribeNodegroup; App Runner ListServices, DescribeService; EventBridge and DynamoDB, see {@link EventsObjectives}),
 * the same calls the views make. Something missing is
 * an objective not met yet, not an error; any other gateway failure is thrown for the caller to show.
 */
public final class ObjectiveChecker {
    private static final int MAX_PAGE = 100;
    /** The error codes AWS answers with when what an objective names does not exist (yet). */
    private static final List<String> NOT_FOUND = List.of("ClusterNotFoundException", "RepositoryNotFoundException",
            "ImageNotFoundException", "ResourceNotFoundException", "TargetGroupNotFound");

    public ObjectiveCheck check(Objective objective, Gateway gateway) {
        try {
            return checkOrThrow(objective, gateway);
        } catch (GatewayException e) {
            if (NOT_FOUND.contains(e.errorCode())) {
                return ObjectiveCheck.notYet("Not there yet: " + e.getMessage());
            }
            throw e;
        }
    }

    private ObjectiveCheck checkOrThrow(Objective objective, Gateway gateway) {
        if (objective instanceof Objective.RepositoryExists o) {
            return repositoryExists(o, gateway);
        }
        if (objective instanceof Objective.ImagePushed o) {
            // DescribeImages of an image id answers ImageNotFoundException while no image has the tag.
            gateway.ecr().describeImages(o.repository(), List.of(ImageIdentifier.tag(o.imageTag())), null, null,
                    null);
            return ObjectiveCheck.met(o.repository() + ":" + o.imageTag() + " is in the repository.");
        }
        if (objective instanceof Objective.EksClusterActive o) {
            EksCluster cluster = gateway.eks().describeCluster(o.cluster());
            return new ObjectiveCheck("ACTIVE".equals(cluster.status()),
                    "EKS cluster " + o.cluster() + " is " + cluster.status() + ".");
        }
        if (objective instanceof Objective.NodegroupActive o) {
            return nodegroupActive(o, gateway.eks().describeNodegroup(o.cluster(), o.nodegroup()));
        }
        if (objective instanceof Objective.AppRunnerServiceRunning o) {
            return appRunnerServiceRunning(o, gateway.appRunner());
        }
        if (objective instanceof Objective.AppRunnerServicePaused o) {
            return appRunnerServicePaused(o, gateway.appRunner());
        }
        if (objective instanceof Objective.TargetsHealthy o) {
            return targetsHealthy(o, gateway.elb());
        }
        if (objective instanceof Objective.ScalableTargetRegistered o) {
            return scalableTargetRegistered(o, gateway.scaling());
        }
        if (objective instanceof Objective.TargetTrackingPolicy o) {
            return targetTrackingPolicy(o, gateway.scaling());
        }
        if (objective instanceof Objective.ServiceScaledOut o) {
            return withService(gateway.ecs(), o.cluster(), o.service(),
                    service -> scaledOut(o, service, gateway.scaling()));
        }
        if (objective instanceof Objective.ServiceScaledIn o) {
            return withService(gateway.ecs(), o.cluster(), o.service(),
                    service -> scaledIn(o, service, gateway.scaling()));
        }
        if (objective instanceof Objective.BacklogTrackingPolicy o) {
            return QueueObjectives.backlogTrackingPolicy(o, gateway.scaling());
        }
        if (objective instanceof Objective.FileSystemAvailable o) {
            return EfsObjectives.fileSystemAvailable(o, gateway.efs());
        }
        if (objective instanceof Objective.TaskDefinitionMountsEfs o) {
            return EfsObjectives.taskDefinitionMountsEfs(o, gateway);
        }
        if (objective instanceof Objective.TasksMountFileSystem o) {
            return withService(gateway.ecs(), o.cluster(), o.service(),
                    service -> EfsObjectives.tasksMountFileSystem(o, service, gateway));
        }
        if (objective instanceof Objective.RuleTargetsCluster o) {
            return EventsObjectives.ruleTargetsCluster(o, gateway);
        }
        if (objective instanceof Objective.TableHasItems o) {
            return EventsObjectives.tableHasItems(o, gateway.dynamoDb());
        }
        if (objective instanceof Objective.RuleRanTask o) {
            return EventsObjectives.ruleRanTask(o, gateway.events());
        }
        return checkEcs(objective, gateway.ecs());
    }

    private ObjectiveCheck checkEcs(Objective objective, EcsGateway ecs) {
        if (objective instanceof Objective.ClusterExists o) {
            return clusterExists(o, ecs);
        }
        if (objective instanceof Objective.TaskDefinitionRegistered o) {
            return taskDefinitionRegistered(o, ecs);
        }
        if (objective instanceof Objective.ServiceRunning o) {
            return serviceRunning(o, ecs);
        }
        if (objective instanceof Objective.ServiceDeploymentConfiguration o) {
            return withService(ecs, o.cluster(), o.service(), service -> deploymentConfiguration(o, service));
        }
        if (objective instanceof Objective.ServiceDeploymentCompleted o) {
            return withService(ecs, o.cluster(), o.service(), service -> o.image() == null
                    ? deploymentCompleted(o, service) : deploymentOfImageCompleted(o, service, ecs));
        }
        if (objective instanceof Objective.RolloutCanProceed o) {
            return withService(ecs, o.cluster(), o.service(), ObjectiveChecker::rolloutCanProceed);
        }
        if (objective instanceof Objective.RolloutObserved o) {
            return withService(ecs, o.cluster(), o.service(), service -> rolloutObserved(o, service, ecs));
        }
        if (objective instanceof Objective.TaskStopped o) {
            return taskStopped(o, ecs);
        }
        throw new IllegalArgumentException("no check for " + objective);
    }

    private static ObjectiveCheck clusterExists(Objective.ClusterExists o, EcsGateway ecs) {
        List<Cluster> found = ecs.describeClusters(List.of(o.cluster())).items();
        if (found.isEmpty()) {
            return ObjectiveCheck.notYet("No cluster named " + o.cluster() + " yet.");
        }
        Cluster cluster = found.get(0);
        return "ACTIVE".equals(cluster.status()) ? ObjectiveCheck.met("Cluster " + o.cluster() + " is ACTIVE.")
                : ObjectiveCheck.notYet("Cluster " + o.cluster() + " is " + cluster.status() + ".");
    }

    private static ObjectiveCheck taskDefinitionRegistered(Objective.TaskDefinitionRegistered o, EcsGateway ecs) {
        List<TaskDefinition> revisions = activeRevisions(o.family(), ecs);
        if (revisions.isEmpty()) {
            return ObjectiveCheck.notYet("No active revision of " + o.family() + " yet.");
        }
        List<String> closest = List.of();
        for (TaskDefinition revision : revisions) {
            List<String> mismatches = mismatches(o, revision);
            if (mismatches.isEmpty()) {
                return ObjectiveCheck.met(revision.familyRevision() + " matches.");
            }
            if (closest.isEmpty()) {
                closest = mismatches;
            }
        }
        return ObjectiveCheck.notYet("The latest revision, " + revisions.get(0).familyRevision() + ", differs: "
                + String.join("; ", closest) + ".");
    }

    /** ACTIVE revisions of exactly this family, newest first. */
    static List<TaskDefinition> activeRevisions(String family, EcsGateway ecs) {
        List<TaskDefinition> revisions = new ArrayList<>();
        String token = null;
        do {
            Page<String> page = ecs.listTaskDefinitions(family, "ACTIVE", "DESC", token, MAX_PAGE);
            for (String arn : page.items()) {
                if (family(arn).equals(family)) {
                    revisions.add(ecs.describeTaskDefinition(arn));
                }
            }
            token = page.nextToken();
        } while (token != null);
        return revisions;
    }

    private static List<String> mismatches(Objective.TaskDefinitionRegistered o, TaskDefinition revision) {
        List<String> problems = new ArrayList<>();
        if (o.compatibility() != null && !revision.requiresCompatibilities().contains(o.compatibility())) {
            problems.add("it does not require " + o.compatibility());
        }
        if (o.cpu() != null && !o.cpu().equals(revision.cpu())) {
            problems.add("cpu is " + revision.cpu() + ", not " + o.cpu());
        }
        if (o.memory() != null && !o.memory().equals(revision.memory())) {
            problems.add("memory is " + revision.memory() + ", not " + o.memory());
        }
        Optional<ContainerDefinition> container = revision.containerDefinitions().stream().findFirst();
        String image = container.map(ContainerDefinition::image).orElse("");
        if (o.image() != null && !withTag(image).equals(withTag(o.image()))) {
            problems.add("the image is " + image + ", not " + o.image());
        }
        if (o.containerPort() != null && container.map(ContainerDefinition::portMappings).orElse(List.of()).stream()
                .map(PortMapping::containerPort).noneMatch(o.containerPort()::equals)) {
            problems.add("no container port " + o.containerPort());
        }
        if (o.executionRole() != null && o.executionRole() != hasText(revision.executionRoleArn())) {
            problems.add(o.executionRole() ? "no execution role" : "it has an execution role");
        }
        if (o.taskRole() != null && o.taskRole() != hasText(revision.taskRoleArn())) {
            problems.add(o.taskRole() ? "no task role" : "it has a task role");
        }
        return problems;
    }

    private static ObjectiveCheck serviceRunning(Objective.ServiceRunning o, EcsGateway ecs) {
        List<Service> candidates = o.service() == null ? new EcsInventory(ecs).services(o.cluster())
                : ecs.describeServices(o.cluster(), List.of(o.service())).items();
        List<Service> active = candidates.stream()
                .filter(s -> "ACTIVE".equals(s.status()))
                .filter(s -> o.taskDefinitionFamily() == null || family(s.taskDefinition())
                        .equals(o.taskDefinitionFamily()))
                .toList();
        if (active.isEmpty()) {
            return ObjectiveCheck.notYet(o.service() == null ? "No matching service in " + o.cluster() + " yet."
                    : "No active service " + o.service() + " yet.");
        }
        for (Service service : active) {
            if (service.desiredCount() == o.runningCount() && service.runningCount() == o.runningCount()) {
                return ObjectiveCheck.met(service.serviceName() + " runs " + service.runningCount() + " of "
                        + service.desiredCount() + ".");
            }
        }
        Service first = active.get(0);
        return ObjectiveCheck.notYet(first.serviceName() + " runs " + first.runningCount() + " of "
                + first.desiredCount() + " desired (" + first.pendingCount() + " pending).");
    }

    private static ObjectiveCheck deploymentConfiguration(Objective.ServiceDeploymentConfiguration o,
                                                          Service service) {
        DeploymentConfiguration configuration = service.deploymentConfiguration();
        String now = "minimum healthy " + configuration.minimumHealthyPercent() + " %, maximum "
                + configuration.maximumPercent() + " %.";
        boolean met = configuration.minimumHealthyPercent() == o.minimumHealthyPercent()
                && configuration.maximumPercent() == o.maximumPercent();
        return new ObjectiveCheck(met, "Now " + now);
    }

    private static ObjectiveCheck deploymentCompleted(Objective.ServiceDeploymentCompleted o, Service service) {
        Deployment primary = service.primaryDeployment();
        if (primary == null) {
            return ObjectiveCheck.notYet("The service has no deployment.");
        }
        String revision = familyRevision(primary.taskDefinition());
        if (o.taskDefinition() != null && !o.taskDefinition().equals(revision)) {
            return ObjectiveCheck.notYet("The latest deployment is of " + revision + ".");
        }
        boolean done = service.deployments().size() == 1 && "COMPLETED".equals(primary.rolloutState())
                && primary.runningCount() == primary.desiredCount();
        return new ObjectiveCheck(done, revision + ": " + primary.rolloutState() + ", " + primary.runningCount()
                + " of " + primary.desiredCount() + " running, " + service.deployments().size()
                + (service.deployments().size() == 1 ? " deployment." : " deployments."));
    }

    private static ObjectiveCheck deploymentOfImageCompleted(Objective.ServiceDeploymentCompleted o, Service service,
                                                            EcsGateway ecs) {
        ObjectiveCheck completed = deploymentCompleted(o, service);
        if (!completed.met()) {
            return completed;
        }
        String image = ecs.describeTaskDefinition(service.primaryDeployment().taskDefinition()).containerDefinitions()
                .stream().findFirst().map(ContainerDefinition::image).orElse("");
        return withTag(image).equals(withTag(o.image())) ? completed
                : ObjectiveCheck.notYet(familyRevision(service.primaryDeployment().taskDefinition()) + " runs "
                + image + ", not " + o.image() + ".");
    }

    private static ObjectiveCheck rolloutCanProceed(Service service) {
        int desired = service.desiredCount();
        DeploymentConfiguration configuration = service.deploymentConfiguration();
        int mostTasks = desired * configuration.maximumPercent() / 100;
        int fewestHealthy = (desired * configuration.minimumHealthyPercent() + 99) / 100;
        String detail = "With " + desired + " desired: at most " + mostTasks + " tasks, at least " + fewestHealthy
                + " healthy.";
        return new ObjectiveCheck(desired > 0 && (mostTasks > desired || fewestHealthy < desired), detail);
    }

    private static ObjectiveCheck rolloutObserved(Objective.RolloutObserved o, Service service, EcsGateway ecs) {
        ObjectiveCheck completed = deploymentCompleted(
                new Objective.ServiceDeploymentCompleted(o.cluster(), o.service(), o.taskDefinition(), null), service);
        if (!completed.met()) {
            return completed;
        }
        EcsInventory inventory = new EcsInventory(ecs);
        String group = "service:" + service.serviceName();
        List<Task> tasks = new ArrayList<>();
        for (String desiredStatus : List.of("RUNNING", "STOPPED")) {
            inventory.tasks(o.cluster(), desiredStatus).stream().filter(t -> group.equals(t.group()))
                    .forEach(tasks::add);
        }
        RolloutHistory history = RolloutHistory.since(service.primaryDeployment().createdAt(), tasks);
        boolean met = history.fewestRunning() == o.fewestRunning() && history.mostTasks() == o.mostTasks();
        return new ObjectiveCheck(met, "During the rollout: never fewer than " + history.fewestRunning()
                + " running, never more than " + history.mostTasks() + " tasks.");
    }

    private static ObjectiveCheck taskStopped(Objective.TaskStopped o, EcsGateway ecs) {
        List<Task> stopped = new EcsInventory(ecs).tasks(o.cluster(), "STOPPED").stream()
                .filter(t -> o.taskDefinitionFamily() == null
                        || family(t.taskDefinitionArn()).equals(o.taskDefinitionFamily()))
                .toList();
        for (Task task : stopped) {
            if (task.stoppedReason() != null && task.stoppedReason().contains(o.stoppedReasonContains())) {
                return ObjectiveCheck.met("Task " + task.taskId() + ": " + task.stoppedReason());
            }
        }
        return ObjectiveCheck.notYet(stopped.isEmpty() ? "No stopped task yet."
                : "The stopped tasks stopped for other reasons.");
    }

    private static ObjectiveCheck repositoryExists(Objective.RepositoryExists o, Gateway gateway) {
        Repository repository = gateway.ecr().describeRepositories(List.of(o.repository()), null, null).items()
                .get(0);
        boolean scanOnPush = repository.imageScanningConfiguration() != null
                && repository.imageScanningConfiguration().scanOnPush();
        List<String> problems = new ArrayList<>();
        if (o.imageTagMutability() != null && !o.imageTagMutability().equals(repository.imageTagMutability())) {
            problems.add("its tags are " + repository.imageTagMutability());
        }
        if (o.scanOnPush() != null && o.scanOnPush() != scanOnPush) {
            problems.add(scanOnPush ? "it scans on push" : "it does not scan on push");
        }
        return problems.isEmpty() ? ObjectiveCheck.met("Repository " + o.repository() + " exists.")
                : ObjectiveCheck.notYet("Repository " + o.repository() + " exists, but " + String.join(" and ",
                problems) + ".");
    }

    private static ObjectiveCheck nodegroupActive(Objective.NodegroupActive o, Nodegroup nodegroup) {
        List<String> problems = new ArrayList<>();
        if (!"ACTIVE".equals(nodegroup.status())) {
            problems.add("it is " + nodegroup.status());
        }
        if (o.instanceType() != null && !nodegroup.instanceTypes().contains(o.instanceType())) {
            problems.add("its instance types are " + nodegroup.instanceTypes());
        }
        int desired = nodegroup.scalingConfig().desiredSize();
        if (o.desiredSize() != null && o.desiredSize() != desired) {
            problems.add("it wants " + desired + (desired == 1 ? " node" : " nodes"));
        }
        return problems.isEmpty() ? ObjectiveCheck.met(o.nodegroup() + " is ACTIVE with " + desired + " nodes.")
                : ObjectiveCheck.notYet(o.nodegroup() + ": " + String.join(", ", problems) + ".");
    }

    private static ObjectiveCheck appRunnerServiceRunning(Objective.AppRunnerServiceRunning o,
                                                          AppRunnerGateway appRunner) {
        Optional<ServiceSummary> summary = appRunnerService(o.service(), appRunner);
        if (summary.isEmpty()) {
            return ObjectiveCheck.notYet("No App Runner service named " + o.service() + " yet.");
        }
        AppRunnerService service = appRunner.describeService(summary.get().serviceArn());
        List<String> problems = new ArrayList<>();
        if (!"RUNNING".equals(service.status())) {
            problems.add("it is " + service.status());
        }
        if (o.cpu() != null && !o.cpu().equals(service.instanceConfiguration().cpu())) {
            problems.add("cpu is " + service.instanceConfiguration().cpu());
        }
        if (o.memory() != null && !o.memory().equals(service.instanceConfiguration().memory())) {
            problems.add("memory is " + service.instanceConfiguration().memory());
        }
        String port = service.sourceConfiguration().imageRepository().imageConfiguration().port();
        if (o.port() != null && !o.port().equals(port)) {
            problems.add("the port is " + port);
        }
        return problems.isEmpty() ? ObjectiveCheck.met(o.service() + " is RUNNING at " + service.serviceUrl() + ".")
                : ObjectiveCheck.notYet(o.service() + ": " + String.join(", ", problems) + ".");
    }

    private static ObjectiveCheck appRunnerServicePaused(Objective.AppRunnerServicePaused o,
                                                         AppRunnerGateway appRunner) {
        return appRunnerService(o.service(), appRunner)
                .map(service -> new ObjectiveCheck("PAUSED".equals(service.status()),
                        o.service() + " is " + service.status() + "."))
                .orElseGet(() -> ObjectiveCheck.notYet("No App Runner service named " + o.service() + " yet."));
    }

    private static ObjectiveCheck targetsHealthy(Objective.TargetsHealthy o, ElbGateway elb) {
        TargetGroup group = elb.describeTargetGroups(null, List.of(), List.of(o.targetGroup())).get(0);
        List<TargetHealthDescription> targets = elb.describeTargetHealth(group.targetGroupArn(), List.of());
        long healthy = targets.stream().filter(t -> "healthy".equals(t.targetHealth().state())).count();
        return new ObjectiveCheck(healthy == o.healthyCount(), healthy + " of " + targets.size()
                + " registered targets healthy.");
    }

    private static Optional<ScalableTarget> scalableTarget(String cluster, String service, ScalingGateway scaling) {
        return scaling.describeScalableTargets(ScalingNames.ECS, List.of(ScalingNames.resourceId(cluster, service)),
                ScalingNames.DESIRED_COUNT, null, null).items().stream().findFirst();
    }

    private static ObjectiveCheck scalableTargetRegistered(Objective.ScalableTargetRegistered o,
                                                           ScalingGateway scaling) {
        return scalableTarget(o.cluster(), o.service(), scaling)
                .map(target -> new ObjectiveCheck(target.minCapacity() == o.minCapacity()
                        && target.maxCapacity() == o.maxCapacity(), "Now between " + target.minCapacity() + " and "
                        + target.maxCapacity() + " tasks."))
                .orElseGet(() -> ObjectiveCheck.notYet("The service is not a scalable target yet."));
    }

    private static ObjectiveCheck targetTrackingPolicy(Objective.TargetTrackingPolicy o, ScalingGateway scaling) {
        List<ScalingPolicy> policies = scaling.describeScalingPolicies(ScalingNames.ECS, null,
                ScalingNames.resourceId(o.cluster(), o.service()), ScalingNames.DESIRED_COUNT, null, null).items();
        for (ScalingPolicy policy : policies) {
            TargetTrackingScalingPolicyConfiguration tracking = policy.targetTrackingScalingPolicyConfiguration();
            if (tracking != null && tracking.predefinedMetricSpecification() != null
                    && o.predefinedMetricType().equals(tracking.predefinedMetricSpecification().predefinedMetricType())
                    && o.targetValue().equals(tracking.targetValue())) {
                return ObjectiveCheck.met("Policy " + policy.policyName() + " tracks it.");
            }
        }
        return ObjectiveCheck.notYet(policies.isEmpty() ? "The service has no scaling policy yet."
                : "No policy tracks " + o.predefinedMetricType() + " at " + Objective.number(o.targetValue()) + ".");
    }

    private static ObjectiveCheck scaledOut(Objective.ServiceScaledOut o, Service service, ScalingGateway scaling) {
        boolean scaled = scaling.describeScalingActivities(ScalingNames.ECS,
                        ScalingNames.resourceId(o.cluster(), o.service()), ScalingNames.DESIRED_COUNT, null, null, false)
                .items().stream().anyMatch(activity -> "Successful".equals(activity.statusCode())
                        && activity.description() != null && activity.description().contains("desired count"));
        boolean running = service.runningCount() >= o.runningCountAtLeast();
        return new ObjectiveCheck(scaled && running, (scaled ? "Auto scaling changed the desired count; "
                : "No scaling activity yet; ") + service.runningCount() + " of " + service.desiredCount()
                + " tasks running.");
    }

    private static ObjectiveCheck scaledIn(Objective.ServiceScaledIn o, Service service, ScalingGateway scaling) {
        Optional<ScalingActivity> latest = scaling.describeScalingActivities(ScalingNames.ECS,
                        ScalingNames.resourceId(o.cluster(), o.service()), ScalingNames.DESIRED_COUNT, null, null, false)
                .items().stream().filter(activity -> "Successful".equals(activity.statusCode())).findFirst();
        String settingTo = "desired count to " + o.desiredCount() + ".";
        boolean scaledIn = latest.map(activity -> activity.description() != null
                && activity.description().endsWith(settingTo)).orElse(false);
        boolean running = service.desiredCount() == o.desiredCount() && service.runningCount() == o.desiredCount();
        return new ObjectiveCheck(scaledIn && running, latest.map(activity -> "Last scaling activity: "
                + activity.description() + " ").orElse("No scaling activity yet; ") + service.runningCount() + " of "
                + service.desiredCount() + " tasks running.");
    }

    /** The App Runner service of this name that is not deleted; App Runner's operations take ARNs, not names. */
    static Optional<ServiceSummary> appRunnerService(String name, AppRunnerGateway appRunner) {
        Optional<ServiceSummary> found = Optional.empty();
        String token = null;
        do {
            Page<ServiceSummary> page = appRunner.listServices(token, AppRunnerGateway.LIST_LIMIT);
            found = page.items().stream().filter(s -> s.serviceName().equals(name))
                    .filter(s -> !"DELETED".equals(s.status())).findFirst();
            token = page.nextToken();
        } while (found.isEmpty() && token != null);
        return found;
    }

    private static ObjectiveCheck withService(EcsGateway ecs, String cluster, String serviceName,
                                              Function<Service, ObjectiveCheck> check) {
        List<Service> found = ecs.describeServices(cluster, List.of(serviceName)).items();
        Optional<Service> active = found.stream().filter(s -> "ACTIVE".equals(s.status())).findFirst();
        return active.map(check).orElseGet(() -> ObjectiveCheck.notYet("No active service " + serviceName + " yet."));
    }

    /** {@code family:revision} from a task definition ARN (or the text itself when it is not an ARN). */
    static String familyRevision(String taskDefinition) {
        String text = Objects.requireNonNullElse(taskDefinition, "");
        return text.substring(text.lastIndexOf('/') + 1);
    }

    static String family(String taskDefinition) {
        String familyRevision = familyRevision(taskDefinition);
        int colon = familyRevision.indexOf(':');
        return colon < 0 ? familyRevision : familyRevision.substring(0, colon);
    }

    private static String withTag(String image) {
        int slash = image.lastIndexOf('/');
        return image.indexOf(':', slash + 1) < 0 && !image.contains("@") ? image + ":latest" : image;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
