package dev.berth.training;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Something a lesson step wants to be true of the world, checked live through the gateway by
 * {@link ObjectiveChecker}. In a lesson file an objective is a JSON object whose {@code kind} names one of the
 * records below; the other members are the record's. The learner reads {@link #description()} next to its tick.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Objective.ClusterExists.class, name = "clusterExists"),
        @JsonSubTypes.Type(value = Objective.TaskDefinitionRegistered.class, name = "taskDefinitionRegistered"),
        @JsonSubTypes.Type(value = Objective.ServiceRunning.class, name = "serviceRunning"),
        @JsonSubTypes.Type(value = Objective.ServiceDeploymentConfiguration.class,
                name = "serviceDeploymentConfiguration"),
        @JsonSubTypes.Type(value = Objective.ServiceDeploymentCompleted.class, name = "serviceDeploymentCompleted"),
        @JsonSubTypes.Type(value = Objective.RolloutCanProceed.class, name = "rolloutCanProceed"),
        @JsonSubTypes.Type(value = Objective.RolloutObserved.class, name = "rolloutObserved"),
        @JsonSubTypes.Type(value = Objective.TaskStopped.class, name = "taskStopped"),
        @JsonSubTypes.Type(value = Objective.RepositoryExists.class, name = "repositoryExists"),
        @JsonSubTypes.Type(value = Objective.ImagePushed.class, name = "imagePushed"),
        @JsonSubTypes.Type(value = Objective.EksClusterActive.class, name = "eksClusterActive"),
        @JsonSubTypes.Type(value = Objective.NodegroupActive.class, name = "nodegroupActive"),
        @JsonSubTypes.Type(value = Objective.AppRunnerServiceRunning.class, name = "appRunnerServiceRunning"),
        @JsonSubTypes.Type(value = Objective.AppRunnerServicePaused.class, name = "appRunnerServicePaused"),
        @JsonSubTypes.Type(value = Objective.TargetsHealthy.class, name = "targetsHealthy"),
        @JsonSubTypes.Type(value = Objective.ScalableTargetRegistered.class, name = "scalableTargetRegistered"),
        @JsonSubTypes.Type(value = Objective.TargetTrackingPolicy.class, name = "targetTrackingPolicy"),
        @JsonSubTypes.Type(value = Objective.ServiceScaledOut.class, name = "serviceScaledOut"),
        @JsonSubTypes.Type(value = Objective.RuleTargetsCluster.class, name = "ruleTargetsCluster"),
        @JsonSubTypes.Type(value = Objective.TableHasItems.class, name = "tableHasItems"),
        @JsonSubTypes.Type(value = Objective.RuleRanTask.class, name = "ruleRanTask"),
        @JsonSubTypes.Type(value = Objective.BacklogTrackingPolicy.class, name = "backlogTrackingPolicy"),
        @JsonSubTypes.Type(value = Objective.ServiceScaledIn.class, name = "serviceScaledIn"),
        @JsonSubTypes.Type(value = Objective.FileSystemAvailable.class, name = "fileSystemAvailable"),
        @JsonSubTypes.Type(value = Objective.TaskDefinitionMountsEfs.class, name = "taskDefinitionMountsEfs"),
        @JsonSubTypes.Type(value = Objective.TasksMountFileSystem.class, name = "tasksMountFileSystem")})
public sealed interface Objective {

    /** The kinds a lesson file may name, for error messages and the format's documentation. */
    static List<String> kinds() {
        return JsonKinds.of(Objective.class);
    }

    /** A number as people write it: 50, not 50.0. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** One sentence saying what must be true, e.g. "Service web in DemoCluster runs 2 tasks". */
    String description();

    /** What in the world the objective looks at. */
    List<Resource> references();

    /** An ACTIVE cluster of this name exists. */
    record ClusterExists(String cluster) implements Objective {
        public ClusterExists {
            Fields.text(cluster, "cluster");
        }

        @Override
        public String description() {
            return "Cluster " + cluster + " exists";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.cluster(cluster));
        }
    }

    /**
     * An ACTIVE revision of the family matches every member given: {@code compatibility} (FARGATE or EC2, among the
     * revision's requiresCompatibilities), task {@code cpu} and {@code memory} in AWS's units ("512", "1024"), the
     * first container's {@code image} (a missing tag and {@code :latest} are the same) and {@code containerPort},
     * and whether an execution role and a task role are set.
     */
    record TaskDefinitionRegistered(String family, String compatibility, String cpu, String memory, String image,
                                    Integer containerPort, Boolean executionRole, Boolean taskRole)
            implements Objective {
        public TaskDefinitionRegistered {
            Fields.text(family, "family");
            if (compatibility != null && !List.of("FARGATE", "EC2").contains(compatibility)) {
                throw new IllegalArgumentException("'compatibility' is FARGATE or EC2, not " + compatibility);
            }
        }

        @Override
        public String description() {
            List<String> details = new ArrayList<>();
            if (compatibility != null) {
                details.add("for " + (compatibility.equals("FARGATE") ? "Fargate" : "EC2"));
            }
            if (cpu != null) {
                details.add(cpu + " CPU units");
            }
            if (memory != null) {
                details.add(memory + " MiB");
            }
            if (image != null) {
                details.add("image " + image);
            }
            if (containerPort != null) {
                details.add("port " + containerPort);
            }
            if (executionRole != null) {
                details.add(executionRole ? "an execution role" : "no execution role");
            }
            if (taskRole != null) {
                details.add(taskRole ? "a task role" : "no task role");
            }
            return "Task definition " + family + " is registered" + (details.isEmpty() ? ""
                    : " (" + String.join(", ", details) + ")");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.taskDefinition(family));
        }
    }

    /**
     * A service in the cluster (the named one, or any) wants and runs exactly {@code runningCount} tasks, of the
     * family when one is given.
     */
    record ServiceRunning(String cluster, String service, Integer runningCount, String taskDefinitionFamily)
            implements Objective {
        public ServiceRunning {
            Fields.text(cluster, "cluster");
            Fields.atLeast(runningCount, 0, "runningCount");
        }

        @Override
        public String description() {
            String subject = service == null ? "A service in " + cluster : "Service " + service + " in " + cluster;
            return subject + " runs " + runningCount + (runningCount == 1 ? " task" : " tasks")
                    + (taskDefinitionFamily == null ? "" : " of " + taskDefinitionFamily);
        }

        @Override
        public List<Resource> references() {
            List<Resource> things = new ArrayList<>(List.of(Resource.cluster(cluster)));
            if (service != null) {
                things.add(Resource.service(cluster, service));
            }
            if (taskDefinitionFamily != null) {
                things.add(Resource.taskDefinition(taskDefinitionFamily));
            }
            return things;
        }
    }

    /** The service's deployment configuration has these minimum healthy and maximum percents. */
    record ServiceDeploymentConfiguration(String cluster, String service, Integer minimumHealthyPercent,
                                          Integer maximumPercent) implements Objective {
        public ServiceDeploymentConfiguration {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.atLeast(minimumHealthyPercent, 0, "minimumHealthyPercent");
            Fields.atLeast(maximumPercent, 100, "maximumPercent");
        }

        @Override
        public String description() {
            return "Service " + service + " deploys with minimum healthy " + minimumHealthyPercent
                    + " % and maximum " + maximumPercent + " %";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service));
        }
    }

    /**
     * The service has one deployment left, COMPLETED, running all its desired tasks; of this task definition
     * ({@code family:revision}) when one is given, and of a revision whose first container runs this {@code image}
     * when one is given (whatever its revision number).
     */
    record ServiceDeploymentCompleted(String cluster, String service, String taskDefinition, String image)
            implements Objective {
        public ServiceDeploymentCompleted {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
        }

        @Override
        public String description() {
            return "Service " + service + " has completed its deployment"
                    + (taskDefinition == null ? "" : " of " + taskDefinition)
                    + (image == null ? "" : " of image " + image);
        }

        @Override
        public List<Resource> references() {
            List<Resource> things = new ArrayList<>(List.of(Resource.service(cluster, service)));
            if (taskDefinition != null) {
                things.add(Resource.taskDefinition(taskDefinition));
            }
            return things;
        }
    }

    /**
     * The service's deployment configuration lets a rolling update start or stop at least one task:
     * {@code floor(desired × maximumPercent / 100) > desired} or {@code ceil(desired × minimumHealthyPercent / 100) <
     * desired}.
     */
    record RolloutCanProceed(String cluster, String service) implements Objective {
        public RolloutCanProceed {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
        }

        @Override
        public String description() {
            return "Service " + service + "'s deployment configuration lets a rollout start or stop tasks";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service));
        }
    }

    /**
     * The service's latest deployment, of {@code taskDefinition} ({@code family:revision}), completed, and while it
     * rolled out the fewest tasks running was {@code fewestRunning} and the most tasks wanted at once was
     * {@code mostTasks}: what the minimum healthy and maximum percents allow. See {@link RolloutHistory}.
     */
    record RolloutObserved(String cluster, String service, String taskDefinition, Integer fewestRunning,
                           Integer mostTasks) implements Objective {
        public RolloutObserved {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.text(taskDefinition, "taskDefinition");
            if (!taskDefinition.contains(":")) {
                throw new IllegalArgumentException("'taskDefinition' is family:revision, not " + taskDefinition);
            }
            Fields.atLeast(fewestRunning, 0, "fewestRunning");
            Fields.atLeast(mostTasks, 1, "mostTasks");
        }

        @Override
        public String description() {
            return "Service " + service + " rolled out " + taskDefinition + " with never fewer than " + fewestRunning
                    + " tasks running and never more than " + mostTasks + " tasks";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service), Resource.taskDefinition(taskDefinition));
        }
    }

    /** A task in the cluster (of the family, when given) stopped with a stoppedReason containing this text. */
    record TaskStopped(String cluster, String stoppedReasonContains, String taskDefinitionFamily)
            implements Objective {
        public TaskStopped {
            Fields.text(cluster, "cluster");
            Fields.text(stoppedReasonContains, "stoppedReasonContains");
        }

        @Override
        public String description() {
            return "A task" + (taskDefinitionFamily == null ? "" : " of " + taskDefinitionFamily) + " in " + cluster
                    + " stopped with \"" + stoppedReasonContains + "\"";
        }

        @Override
        public List<Resource> references() {
            List<Resource> things = new ArrayList<>(List.of(Resource.cluster(cluster)));
            if (taskDefinitionFamily != null) {
                things.add(Resource.taskDefinition(taskDefinitionFamily));
            }
            return things;
        }
    }

    /** An ECR repository of this name exists, with this tag mutability (MUTABLE/IMMUTABLE) and scan on push, if given. */
    record RepositoryExists(String repository, String imageTagMutability, Boolean scanOnPush) implements Objective {
        public RepositoryExists {
            Fields.text(repository, "repository");
            if (imageTagMutability != null && !List.of("MUTABLE", "IMMUTABLE").contains(imageTagMutability)) {
                throw new IllegalArgumentException("'imageTagMutability' is MUTABLE or IMMUTABLE, not "
                        + imageTagMutability);
            }
        }

        @Override
        public String description() {
            List<String> details = new ArrayList<>();
            if (imageTagMutability != null) {
                details.add(imageTagMutability.equals("IMMUTABLE") ? "immutable tags" : "mutable tags");
            }
            if (scanOnPush != null) {
                details.add(scanOnPush ? "scan on push" : "no scan on push");
            }
            return "Repository " + repository + " exists" + (details.isEmpty() ? ""
                    : " (" + String.join(", ", details) + ")");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.repository(repository));
        }
    }

    /** The ECR repository holds an image with this tag. */
    record ImagePushed(String repository, String imageTag) implements Objective {
        public ImagePushed {
            Fields.text(repository, "repository");
            Fields.text(imageTag, "imageTag");
        }

        @Override
        public String description() {
            return "An image tagged " + imageTag + " is in repository " + repository;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.repository(repository));
        }
    }

    /** An EKS cluster of this name is ACTIVE. */
    record EksClusterActive(String cluster) implements Objective {
        public EksClusterActive {
            Fields.text(cluster, "cluster");
        }

        @Override
        public String description() {
            return "EKS cluster " + cluster + " is ACTIVE";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.eksCluster(cluster));
        }
    }

    /**
     * The EKS cluster's managed node group is ACTIVE, of this instance type and with this desired size when given.
     */
    record NodegroupActive(String cluster, String nodegroup, String instanceType, Integer desiredSize)
            implements Objective {
        public NodegroupActive {
            Fields.text(cluster, "cluster");
            Fields.text(nodegroup, "nodegroup");
            Fields.optionalAtLeast(desiredSize, 0, "desiredSize");
        }

        @Override
        public String description() {
            List<String> details = new ArrayList<>();
            if (desiredSize != null) {
                details.add(desiredSize + (desiredSize == 1 ? " node" : " nodes"));
            }
            if (instanceType != null) {
                details.add(instanceType);
            }
            return "Node group " + nodegroup + " of " + cluster + " is ACTIVE" + (details.isEmpty() ? ""
                    : " (" + String.join(", ", details) + ")");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.eksCluster(cluster), Resource.nodegroup(cluster, nodegroup));
        }
    }

    /**
     * An App Runner service of this name is RUNNING, with this {@code cpu} and {@code memory} in the units App Runner
     * answers in ("1024" CPU units, "2048" MiB) and this image port, when given.
     */
    record AppRunnerServiceRunning(String service, String cpu, String memory, String port) implements Objective {
        public AppRunnerServiceRunning {
            Fields.text(service, "service");
        }

        @Override
        public String description() {
            List<String> details = new ArrayList<>();
            if (cpu != null) {
                details.add(cpu + " CPU units");
            }
            if (memory != null) {
                details.add(memory + " MiB");
            }
            if (port != null) {
                details.add("port " + port);
            }
            return "App Runner service " + service + " is RUNNING" + (details.isEmpty() ? ""
                    : " (" + String.join(", ", details) + ")");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.appRunnerService(service));
        }
    }

    /** An App Runner service of this name is PAUSED: no instances, its configuration kept. */
    record AppRunnerServicePaused(String service) implements Objective {
        public AppRunnerServicePaused {
            Fields.text(service, "service");
        }

        @Override
        public String description() {
            return "App Runner service " + service + " is PAUSED";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.appRunnerService(service));
        }
    }

    /** Exactly {@code healthyCount} targets of the target group (by name) are healthy. */
    record TargetsHealthy(String targetGroup, Integer healthyCount) implements Objective {
        public TargetsHealthy {
            Fields.text(targetGroup, "targetGroup");
            Fields.atLeast(healthyCount, 0, "healthyCount");
        }

        @Override
        public String description() {
            return "Target group " + targetGroup + " has " + healthyCount + " healthy "
                    + (healthyCount == 1 ? "target" : "targets");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.targetGroup(targetGroup));
        }
    }

    /** Application Auto Scaling keeps the service's desired count between these capacities. */
    record ScalableTargetRegistered(String cluster, String service, Integer minCapacity, Integer maxCapacity)
            implements Objective {
        public ScalableTargetRegistered {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.atLeast(minCapacity, 0, "minCapacity");
            Fields.atLeast(maxCapacity, 1, "maxCapacity");
        }

        @Override
        public String description() {
            return "Service " + service + " scales between " + minCapacity + " and " + maxCapacity + " tasks";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service));
        }
    }

    /** The service has a target tracking policy keeping this predefined metric at this value. */
    record TargetTrackingPolicy(String cluster, String service, String predefinedMetricType, Double targetValue)
            implements Objective {
        public TargetTrackingPolicy {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.text(predefinedMetricType, "predefinedMetricType");
            if (targetValue == null || targetValue <= 0) {
                throw new IllegalArgumentException("'targetValue' is required, above 0");
            }
        }

        @Override
        public String description() {
            return "Service " + service + " has a target tracking policy keeping " + predefinedMetricType + " at "
                    + number(targetValue);
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service));
        }
    }

    /**
     * Application Auto Scaling has raised the service's desired count (a successful scaling activity) and the
     * service runs at least {@code runningCountAtLeast} tasks.
     */
    record ServiceScaledOut(String cluster, String service, Integer runningCountAtLeast) implements Objective {
        public ServiceScaledOut {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.atLeast(runningCountAtLeast, 1, "runningCountAtLeast");
        }

        @Override
        public String description() {
            return "Auto scaling scaled " + service + " out to at least " + runningCountAtLeast + " running tasks";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service));
        }
    }

    /**
     * An ENABLED EventBridge rule (any, or the one named {@code rule}) runs tasks of the family in the cluster; with
     * {@code source} and {@code detailType}, its event pattern lists them (e.g. {@code aws.s3}, {@code Object
     * Created}); with {@code scheduleExpression}, it runs on exactly that schedule.
     */
    record RuleTargetsCluster(String cluster, String taskDefinitionFamily, String rule, String source,
                              String detailType, String scheduleExpression) implements Objective {
        public RuleTargetsCluster {
            Fields.text(cluster, "cluster");
            Fields.text(taskDefinitionFamily, "taskDefinitionFamily");
        }

        @Override
        public String description() {
            String which = rule != null ? "Rule " + rule : "A rule";
            String when = scheduleExpression != null ? " on the schedule " + scheduleExpression
                    : detailType != null ? " matching '" + detailType + "' events" : "";
            return which + when + " runs tasks of " + taskDefinitionFamily + " in " + cluster;
        }

        @Override
        public List<Resource> references() {
            List<Resource> things = new ArrayList<>(List.of(Resource.cluster(cluster),
                    Resource.taskDefinition(taskDefinitionFamily)));
            if (rule != null) {
                things.add(Resource.rule(rule));
            }
            return things;
        }
    }

    /** The DynamoDB table holds at least {@code itemCount} items. */
    record TableHasItems(String table, Integer itemCount) implements Objective {
        public TableHasItems {
            Fields.text(table, "table");
            Fields.atLeast(itemCount, 1, "itemCount");
        }

        @Override
        public String description() {
            return "Table " + table + " holds at least " + itemCount + (itemCount == 1 ? " item" : " items");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.table(table));
        }
    }

    /** The rule is ENABLED and one of its invocations started a task. */
    record RuleRanTask(String rule) implements Objective {
        public RuleRanTask {
            Fields.text(rule, "rule");
        }

        @Override
        public String description() {
            return "Rule " + rule + " is ENABLED and has run a task";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.rule(rule));
        }
    }

    /**
     * The service has a target tracking policy keeping the queue's backlog per task (its
     * ApproximateNumberOfMessagesVisible divided by the service's running tasks, in metric math) at this value.
     */
    record BacklogTrackingPolicy(String cluster, String service, String queue, Double targetValue)
            implements Objective {
        public BacklogTrackingPolicy {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.text(queue, "queue");
            if (targetValue == null || targetValue <= 0) {
                throw new IllegalArgumentException("'targetValue' is required, above 0");
            }
        }

        @Override
        public String description() {
            return "Service " + service + " has a target tracking policy keeping the backlog of " + queue + " at "
                    + number(targetValue) + " messages per task";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service), Resource.queue(queue));
        }
    }

    /**
     * Application Auto Scaling's latest successful activity on the service set its desired count to
     * {@code desiredCount}, and the service runs that many tasks: it scaled back in.
     */
    record ServiceScaledIn(String cluster, String service, Integer desiredCount) implements Objective {
        public ServiceScaledIn {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.atLeast(desiredCount, 0, "desiredCount");
        }

        @Override
        public String description() {
            return "Auto scaling scaled " + service + " back in to " + desiredCount + " running "
                    + (desiredCount == 1 ? "task" : "tasks");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service));
        }
    }

    /**
     * The EFS file system of this Name is available; with {@code mountTargetZones}, it has available mount targets
     * in at least that many Availability Zones.
     */
    record FileSystemAvailable(String fileSystem, Integer mountTargetZones) implements Objective {
        public FileSystemAvailable {
            Fields.text(fileSystem, "fileSystem");
            Fields.optionalAtLeast(mountTargetZones, 1, "mountTargetZones");
        }

        @Override
        public String description() {
            return mountTargetZones == null ? "File system " + fileSystem + " is available"
                    : "File system " + fileSystem + " has available mount targets in " + mountTargetZones
                    + (mountTargetZones == 1 ? " Availability Zone" : " Availability Zones");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.fileSystem(fileSystem));
        }
    }

    /**
     * An ACTIVE revision of the family has an EFS volume of the file system (by Name) that its first container
     * mounts; with {@code containerPath}, there; with {@code transitEncryption}, with encryption in transit on or off.
     */
    record TaskDefinitionMountsEfs(String family, String fileSystem, String containerPath, Boolean transitEncryption)
            implements Objective {
        public TaskDefinitionMountsEfs {
            Fields.text(family, "family");
            Fields.text(fileSystem, "fileSystem");
        }

        @Override
        public String description() {
            return "A revision of " + family + " mounts file system " + fileSystem
                    + (containerPath == null ? "" : " at " + containerPath)
                    + (transitEncryption == null ? "" : transitEncryption ? ", encrypted in transit"
                    : ", not encrypted in transit");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.taskDefinition(family), Resource.fileSystem(fileSystem));
        }
    }

    /**
     * The ACTIVE service runs {@code runningCount} tasks (desired = running), each of a revision with a volume of the
     * file system (by Name), RUNNING in at least {@code availabilityZones} Availability Zones.
     */
    record TasksMountFileSystem(String cluster, String service, String fileSystem, Integer runningCount,
                                Integer availabilityZones) implements Objective {
        public TasksMountFileSystem {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.text(fileSystem, "fileSystem");
            Fields.atLeast(runningCount, 1, "runningCount");
            Fields.atLeast(availabilityZones, 1, "availabilityZones");
        }

        @Override
        public String description() {
            return "Service " + service + " runs " + runningCount + (runningCount == 1 ? " task" : " tasks")
                    + " mounting " + fileSystem + " in " + availabilityZones
                    + (availabilityZones == 1 ? " Availability Zone" : " Availability Zones");
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service), Resource.fileSystem(fileSystem));
        }
    }
}
