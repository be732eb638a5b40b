package dev.berth.training;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.LoadShape;
import dev.berth.core.model.RegisterTaskDefinitionRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One change to a practice world, as lesson data: a lesson's {@code setup} and each step's {@code showMe} are lists of
 * these, performed in order by {@link ShowMe} through the gateway (and the simulation clock for time). In a lesson
 * file an action is a JSON object whose {@code action} names one of the records below.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "action")
@JsonSubTypes({
        @JsonSubTypes.Type(value = WorldAction.CreateCluster.class, name = "createCluster"),
        @JsonSubTypes.Type(value = WorldAction.RegisterTaskDefinition.class, name = "registerTaskDefinition"),
        @JsonSubTypes.Type(value = WorldAction.CreateService.class, name = "createService"),
        @JsonSubTypes.Type(value = WorldAction.UpdateService.class, name = "updateService"),
        @JsonSubTypes.Type(value = WorldAction.AdvanceClock.class, name = "advanceClock"),
        @JsonSubTypes.Type(value = WorldAction.CreateRepository.class, name = "createRepository"),
        @JsonSubTypes.Type(value = WorldAction.PutImage.class, name = "putImage"),
        @JsonSubTypes.Type(value = WorldAction.CreateEksCluster.class, name = "createEksCluster"),
        @JsonSubTypes.Type(value = WorldAction.CreateNodegroup.class, name = "createNodegroup"),
        @JsonSubTypes.Type(value = WorldAction.UpdateNodegroupScaling.class, name = "updateNodegroupScaling"),
        @JsonSubTypes.Type(value = WorldAction.CreateAppRunnerService.class, name = "createAppRunnerService"),
        @JsonSubTypes.Type(value = WorldAction.PauseAppRunnerService.class, name = "pauseAppRunnerService"),
        @JsonSubTypes.Type(value = WorldAction.CreateLoadBalancer.class, name = "createLoadBalancer"),
        @JsonSubTypes.Type(value = WorldAction.CreateTargetGroup.class, name = "createTargetGroup"),
        @JsonSubTypes.Type(value = WorldAction.CreateListener.class, name = "createListener"),
        @JsonSubTypes.Type(value = WorldAction.RegisterScalableTarget.class, name = "registerScalableTarget"),
        @JsonSubTypes.Type(value = WorldAction.PutTargetTrackingPolicy.class, name = "putTargetTrackingPolicy"),
        @JsonSubTypes.Type(value = WorldAction.SetLoadProfile.class, name = "setLoadProfile"),
        @JsonSubTypes.Type(value = WorldAction.CreateRole.class, name = "createRole"),
        @JsonSubTypes.Type(value = WorldAction.CreateBucket.class, name = "createBucket"),
        @JsonSubTypes.Type(value = WorldAction.CreateTable.class, name = "createTable"),
        @JsonSubTypes.Type(value = WorldAction.PutRule.class, name = "putRule"),
        @JsonSubTypes.Type(value = WorldAction.PutTargets.class, name = "putTargets"),
        @JsonSubTypes.Type(value = WorldAction.EnableRule.class, name = "enableRule"),
        @JsonSubTypes.Type(value = WorldAction.PutObject.class, name = "putObject"),
        @JsonSubTypes.Type(value = WorldAction.CreateQueue.class, name = "createQueue"),
        @JsonSubTypes.Type(value = WorldAction.SendMessages.class, name = "sendMessages"),
        @JsonSubTypes.Type(value = WorldAction.PutBacklogTrackingPolicy.class, name = "putBacklogTrackingPolicy"),
        @JsonSubTypes.Type(value = WorldAction.CreateFileSystem.class, name = "createFileSystem"),
        @JsonSubTypes.Type(value = WorldAction.CreateMountTarget.class, name = "createMountTarget"),
        @JsonSubTypes.Type(value = WorldAction.ModifyTargetGroup.class, name = "modifyTargetGroup"),
        @JsonSubTypes.Type(value = WorldAction.UpdateAutoScalingGroup.class, name = "updateAutoScalingGroup")})
public sealed interface WorldAction {

    /** The action names a lesson file may use. */
    static List<String> kinds() {
        return JsonKinds.of(WorldAction.class);
    }

    /** What "Show me" says it is doing, e.g. "Create cluster DemoCluster". */
    String description();

    /** What must exist before the action can succeed. */
    List<Resource> references();

    /** What exists after it (a registration also creates the next revision; the catalog counts those). */
    List<Resource> creates();

    /**
     * CreateCluster with Fargate and Fargate Spot as capacity providers, as the console's default; with
     * {@code ec2Capacity}, also the Auto Scaling group of EC2 instances the console's wizard adds.
     */
    record CreateCluster(String clusterName, Ec2Capacity ec2Capacity) implements WorldAction {
        public CreateCluster {
            Fields.text(clusterName, "clusterName");
            if (ec2Capacity != null) {
                Fields.text(ec2Capacity.instanceType(), "ec2Capacity.instanceType");
            }
        }

        @Override
        public String description() {
            return "Create cluster " + clusterName + (ec2Capacity == null ? "" : " with " + ec2Capacity.desiredCapacity()
                    + " " + ec2Capacity.instanceType() + " " + (ec2Capacity.desiredCapacity() == 1 ? "instance"
                    : "instances"));
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.cluster(clusterName));
        }
    }

    /** RegisterTaskDefinition; {@code taskDefinition} is the request as the AWS CLI's JSON input spells it. */
    record RegisterTaskDefinition(RegisterTaskDefinitionRequest taskDefinition) implements WorldAction {
        public RegisterTaskDefinition {
            if (taskDefinition == null) {
                throw new IllegalArgumentException("'taskDefinition' is required");
            }
            Fields.text(taskDefinition.family(), "taskDefinition.family");
        }

        @Override
        public String description() {
            return "Register a revision of task definition " + taskDefinition.family();
        }

        /** The EFS file systems its volumes name by their Name tag rather than their id (see {@link ShowMe}). */
        @Override
        public List<Resource> references() {
            return taskDefinition.volumes().stream().filter(v -> v.efsVolumeConfiguration() != null)
                    .map(v -> v.efsVolumeConfiguration().fileSystemId())
                    .filter(id -> !FileSystemNames.isId(id)).map(Resource::fileSystem).toList();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.taskDefinition(taskDefinition.family()));
        }
    }

    /**
     * CreateService with awsvpc networking in the given subnets and security groups; the percents null take AWS's
     * defaults (100 and 200), the circuit breaker null stays off. Either a {@code launchType}, or
     * {@code ec2CapacityProvider} true: a capacity provider strategy of the cluster's Auto Scaling group provider.
     */
    record CreateService(String cluster, String serviceName, String taskDefinition, Integer desiredCount,
                         String launchType, List<String> subnets, List<String> securityGroups,
                         Boolean assignPublicIp, Integer minimumHealthyPercent, Integer maximumPercent,
                         DeploymentCircuitBreaker deploymentCircuitBreaker, String targetGroup,
                         String containerName, Integer containerPort, Boolean ec2CapacityProvider)
            implements WorldAction {
        public CreateService {
            Fields.text(cluster, "cluster");
            Fields.text(serviceName, "serviceName");
            Fields.text(taskDefinition, "taskDefinition");
            Fields.atLeast(desiredCount, 0, "desiredCount");
            if (Boolean.TRUE.equals(ec2CapacityProvider) == (launchType != null)) {
                throw new IllegalArgumentException("give either 'launchType' or 'ec2CapacityProvider': true");
            }
            subnets = Fields.list(subnets);
            securityGroups = Fields.list(securityGroups);
            if (subnets.isEmpty()) {
                throw new IllegalArgumentException("'subnets' needs at least one subnet (awsvpc networking)");
            }
            Fields.optionalAtLeast(minimumHealthyPercent, 0, "minimumHealthyPercent");
            Fields.optionalAtLeast(maximumPercent, 100, "maximumPercent");
            if (targetGroup != null) {
                Fields.text(containerName, "containerName");
                Fields.atLeast(containerPort, 1, "containerPort");
            }
        }

        @Override
        public String description() {
            return "Create service " + serviceName + " in " + cluster + " running " + desiredCount + " "
                    + (desiredCount == 1 ? "task" : "tasks") + " of " + taskDefinition
                    + (targetGroup == null ? "" : " behind target group " + targetGroup);
        }

        @Override
        public List<Resource> references() {
            List<Resource> things = new ArrayList<>(List.of(Resource.cluster(cluster),
                    Resource.taskDefinition(taskDefinition)));
            if (targetGroup != null) {
                things.add(Resource.targetGroup(targetGroup));
            }
            return things;
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.service(cluster, serviceName));
        }
    }

    /**
     * UpdateService; members left out stay as they are. A new task definition starts a rolling deployment; the
     * percents change how the next one proceeds.
     */
    record UpdateService(String cluster, String service, String taskDefinition, Integer desiredCount,
                         Integer minimumHealthyPercent, Integer maximumPercent) implements WorldAction {
        public UpdateService {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.optionalAtLeast(desiredCount, 0, "desiredCount");
            Fields.optionalAtLeast(minimumHealthyPercent, 0, "minimumHealthyPercent");
            Fields.optionalAtLeast(maximumPercent, 100, "maximumPercent");
            if (taskDefinition == null && desiredCount == null && minimumHealthyPercent == null
                    && maximumPercent == null) {
                throw new IllegalArgumentException("updateService changes nothing: give taskDefinition, "
                        + "desiredCount, minimumHealthyPercent or maximumPercent");
            }
        }

        @Override
        public String description() {
            List<String> changes = new ArrayList<>();
            if (taskDefinition != null) {
                changes.add("deploy " + taskDefinition);
            }
            if (desiredCount != null) {
                changes.add("set the desired count to " + desiredCount);
            }
            if (minimumHealthyPercent != null) {
                changes.add("set minimum healthy to " + minimumHealthyPercent + " %");
            }
            if (maximumPercent != null) {
                changes.add("set maximum to " + maximumPercent + " %");
            }
            return "Update service " + service + ": " + String.join(", ", changes);
        }

        @Override
        public List<Resource> references() {
            List<Resource> things = new ArrayList<>(List.of(Resource.service(cluster, service)));
            if (taskDefinition != null) {
                things.add(Resource.taskDefinition(taskDefinition));
            }
            return things;
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** Moves simulated time on, as the status bar's step button does. */
    record AdvanceClock(Integer seconds) implements WorldAction {
        public AdvanceClock {
            Fields.atLeast(seconds, 1, "seconds");
        }

        @Override
        public String description() {
            return seconds % 60 == 0 ? "Let " + seconds / 60 + " simulated minute" + (seconds == 60 ? "" : "s")
                    + " pass" : "Let " + seconds + " simulated seconds pass";
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /**
     * CreateRole (IAM): a role the AWS service {@code trustedService} may assume (for ECS tasks
     * {@code ecs-tasks.amazonaws.com}), with these AWS managed policies attached.
     */
    record CreateRole(String roleName, String trustedService, List<String> policyArns) implements WorldAction {
        public CreateRole {
            Fields.text(roleName, "roleName");
            Fields.text(trustedService, "trustedService");
            policyArns = policyArns == null ? List.of() : List.copyOf(policyArns);
        }

        @Override
        public String description() {
            return "Create IAM role " + roleName;
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.role(roleName));
        }
    }

    /** CreateRepository (ECR); tag mutability null is MUTABLE, scan on push null is off, as AWS's defaults. */
    record CreateRepository(String repositoryName, String imageTagMutability, Boolean scanOnPush)
            implements WorldAction {
        public CreateRepository {
            Fields.text(repositoryName, "repositoryName");
        }

        @Override
        public String description() {
            return "Create repository " + repositoryName;
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.repository(repositoryName));
        }
    }

    /** PutImage of a Docker manifest the simulator writes, as the Images view's "Push image" does without Docker. */
    record PutImage(String repositoryName, String imageTag) implements WorldAction {
        public PutImage {
            Fields.text(repositoryName, "repositoryName");
            Fields.text(imageTag, "imageTag");
        }

        @Override
        public String description() {
            return "Push " + repositoryName + ":" + imageTag;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.repository(repositoryName));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** CreateCluster (EKS) at the default Kubernetes version, with public endpoint access. */
    record CreateEksCluster(String name, String roleArn, List<String> subnets, List<String> securityGroups)
            implements WorldAction {
        public CreateEksCluster {
            Fields.text(name, "name");
            Fields.text(roleArn, "roleArn");
            subnets = Fields.list(subnets);
            securityGroups = Fields.list(securityGroups);
            if (subnets.size() < 2) {
                throw new IllegalArgumentException("'subnets' needs at least two subnets (EKS wants two zones)");
            }
        }

        @Override
        public String description() {
            return "Create EKS cluster " + name;
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.eksCluster(name));
        }
    }

    /** CreateNodegroup: On-Demand nodes of one instance type, min, max and desired sizes as given. */
    record CreateNodegroup(String clusterName, String nodegroupName, String nodeRole, List<String> subnets,
                           String instanceType, Integer minSize, Integer maxSize, Integer desiredSize)
            implements WorldAction {
        public CreateNodegroup {
            Fields.text(clusterName, "clusterName");
            Fields.text(nodegroupName, "nodegroupName");
            Fields.text(nodeRole, "nodeRole");
            Fields.text(instanceType, "instanceType");
            subnets = Fields.list(subnets);
            if (subnets.isEmpty()) {
                throw new IllegalArgumentException("'subnets' needs at least one subnet");
            }
            Fields.atLeast(minSize, 0, "minSize");
            Fields.atLeast(maxSize, 1, "maxSize");
            Fields.atLeast(desiredSize, 0, "desiredSize");
        }

        @Override
        public String description() {
            return "Add node group " + nodegroupName + " of " + desiredSize + " " + instanceType + " to "
                    + clusterName;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.eksCluster(clusterName));
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.nodegroup(clusterName, nodegroupName));
        }
    }

    /** UpdateNodegroupConfig with new scaling sizes, as the Kubernetes view's "Edit scaling" does. */
    record UpdateNodegroupScaling(String clusterName, String nodegroupName, Integer minSize, Integer maxSize,
                                  Integer desiredSize) implements WorldAction {
        public UpdateNodegroupScaling {
            Fields.text(clusterName, "clusterName");
            Fields.text(nodegroupName, "nodegroupName");
            Fields.atLeast(minSize, 0, "minSize");
            Fields.atLeast(maxSize, 1, "maxSize");
            Fields.atLeast(desiredSize, 0, "desiredSize");
        }

        @Override
        public String description() {
            return "Scale node group " + nodegroupName + " to " + desiredSize + " nodes (" + minSize + " to "
                    + maxSize + ")";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.nodegroup(clusterName, nodegroupName));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /**
     * CreateService (App Runner) from an ECR Public image; {@code cpu} and {@code memory} as the console writes
     * them ("1 vCPU", "2 GB"), {@code port} the one the image listens on.
     */
    record CreateAppRunnerService(String serviceName, String image, String cpu, String memory, String port)
            implements WorldAction {
        public CreateAppRunnerService {
            Fields.text(serviceName, "serviceName");
            Fields.text(image, "image");
            Fields.text(cpu, "cpu");
            Fields.text(memory, "memory");
            Fields.text(port, "port");
        }

        @Override
        public String description() {
            return "Create App Runner service " + serviceName + " from " + image;
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.appRunnerService(serviceName));
        }
    }

    /** PauseService (App Runner) of the service of this name, as the App Runner view's Pause does. */
    record PauseAppRunnerService(String serviceName) implements WorldAction {
        public PauseAppRunnerService {
            Fields.text(serviceName, "serviceName");
        }

        @Override
        public String description() {
            return "Pause App Runner service " + serviceName;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.appRunnerService(serviceName));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** CreateLoadBalancer (ELB v2): an internet-facing Application Load Balancer in the subnets given. */
    record CreateLoadBalancer(String name, List<String> subnets, List<String> securityGroups) implements WorldAction {
        public CreateLoadBalancer {
            Fields.text(name, "name");
            subnets = Fields.list(subnets);
            securityGroups = Fields.list(securityGroups);
            if (subnets.size() < 2) {
                throw new IllegalArgumentException("'subnets' needs at least two subnets (an ALB spans two zones)");
            }
        }

        @Override
        public String description() {
            return "Create Application Load Balancer " + name;
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.loadBalancer(name));
        }
    }

    /**
     * CreateTargetGroup with AWS's default health check (HTTP on the traffic port, path /), or the path
     * {@code healthCheckPath}.
     */
    record CreateTargetGroup(String name, String protocol, Integer port, String targetType, String healthCheckPath)
            implements WorldAction {
        public CreateTargetGroup {
            Fields.text(name, "name");
            Fields.text(protocol, "protocol");
            Fields.atLeast(port, 1, "port");
            Fields.text(targetType, "targetType");
        }

        @Override
        public String description() {
            return "Create target group " + name + " (" + targetType + " targets, " + protocol + " " + port + ")";
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.targetGroup(name));
        }
    }

    /** CreateListener: HTTP on {@code port} of the load balancer, forwarding to the target group. */
    record CreateListener(String loadBalancer, Integer port, String targetGroup) implements WorldAction {
        public CreateListener {
            Fields.text(loadBalancer, "loadBalancer");
            Fields.atLeast(port, 1, "port");
            Fields.text(targetGroup, "targetGroup");
        }

        @Override
        public String description() {
            return "Add a listener on port " + port + " of " + loadBalancer + " forwarding to " + targetGroup;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.loadBalancer(loadBalancer), Resource.targetGroup(targetGroup));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** RegisterScalableTarget: the service's desired count, between the capacities given. */
    record RegisterScalableTarget(String cluster, String service, Integer minCapacity, Integer maxCapacity)
            implements WorldAction {
        public RegisterScalableTarget {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.atLeast(minCapacity, 0, "minCapacity");
            Fields.atLeast(maxCapacity, 1, "maxCapacity");
        }

        @Override
        public String description() {
            return "Let Application Auto Scaling keep " + service + " between " + minCapacity + " and "
                    + maxCapacity + " tasks";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** PutScalingPolicy of a target tracking policy on a predefined metric (ECSServiceAverageCPUUtilization, ...). */
    record PutTargetTrackingPolicy(String cluster, String service, String policyName, String predefinedMetricType,
                                   Double targetValue) implements WorldAction {
        public PutTargetTrackingPolicy {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.text(policyName, "policyName");
            Fields.text(predefinedMetricType, "predefinedMetricType");
            if (targetValue == null || targetValue <= 0) {
                throw new IllegalArgumentException("'targetValue' is required, above 0");
            }
        }

        @Override
        public String description() {
            return "Add target tracking policy " + policyName + ": keep " + predefinedMetricType + " at "
                    + Objective.number(targetValue);
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** The simulator's load on the service from now on, as the Auto scaling tab's Load button sets it. */
    record SetLoadProfile(String cluster, String service, LoadShape shape, Double baseRequestsPerMinute,
                          Double peakRequestsPerMinute, Integer durationMinutes) implements WorldAction {
        public SetLoadProfile {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            if (shape == null || baseRequestsPerMinute == null || peakRequestsPerMinute == null) {
                throw new IllegalArgumentException("'shape', 'baseRequestsPerMinute' and 'peakRequestsPerMinute' "
                        + "are required");
            }
            Fields.atLeast(durationMinutes, 0, "durationMinutes");
        }

        @Override
        public String description() {
            return "Send " + service + " a " + shape.name().toLowerCase(Locale.ROOT) + " load of up to "
                    + Objective.number(peakRequestsPerMinute) + " requests a minute";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /**
     * CreateBucket (S3); with {@code eventBridge}, also PutBucketNotificationConfiguration turning on delivery of
     * the bucket's events to EventBridge, which S3 leaves off.
     */
    record CreateBucket(String bucket, Boolean eventBridge) implements WorldAction {
        public CreateBucket {
            Fields.text(bucket, "bucket");
        }

        @Override
        public String description() {
            return "Create S3 bucket " + bucket + (Boolean.TRUE.equals(eventBridge)
                    ? ", sending its events to EventBridge" : "");
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.bucket(bucket));
        }
    }

    /** CreateTable (DynamoDB) with one string partition key. */
    record CreateTable(String tableName, String partitionKey) implements WorldAction {
        public CreateTable {
            Fields.text(tableName, "tableName");
            Fields.text(partitionKey, "partitionKey");
        }

        @Override
        public String description() {
            return "Create DynamoDB table " + tableName + " keyed by " + partitionKey;
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.table(tableName));
        }
    }

    /**
     * PutRule on the default event bus: a {@code scheduleExpression} or an {@code eventPattern} (JSON text), not
     * both; state null is ENABLED, as AWS's default.
     */
    record PutRule(String name, String scheduleExpression, String eventPattern, String state) implements WorldAction {
        public PutRule {
            Fields.text(name, "name");
            if ((scheduleExpression == null) == (eventPattern == null)) {
                throw new IllegalArgumentException("give 'scheduleExpression' or 'eventPattern', not both");
            }
        }

        @Override
        public String description() {
            return "Create rule " + name + (scheduleExpression != null ? " on the schedule " + scheduleExpression
                    : " matching " + eventPattern) + ("DISABLED".equals(state) ? ", disabled" : "");
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.rule(name));
        }
    }

    /**
     * PutTargets of one ECS target, as the Scheduled tasks tab's Create adds it: RunTask of {@code taskCount} tasks
     * of the task definition in the cluster, awsvpc in the subnets, with the role {@code ecsEventsRole}.
     */
    record PutTargets(String rule, String targetId, String cluster, String taskDefinition, Integer taskCount,
                      String launchType, List<String> subnets) implements WorldAction {
        public PutTargets {
            Fields.text(rule, "rule");
            Fields.text(targetId, "targetId");
            Fields.text(cluster, "cluster");
            Fields.text(taskDefinition, "taskDefinition");
            Fields.atLeast(taskCount, 1, "taskCount");
            Fields.text(launchType, "launchType");
            subnets = Fields.list(subnets);
            if (subnets.isEmpty()) {
                throw new IllegalArgumentException("'subnets' needs at least one subnet (awsvpc networking)");
            }
        }

        @Override
        public String description() {
            return "Make rule " + rule + " run " + taskCount + " " + (taskCount == 1 ? "task" : "tasks") + " of "
                    + taskDefinition + " in " + cluster;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.rule(rule), Resource.cluster(cluster), Resource.taskDefinition(taskDefinition));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** EnableRule, as the Scheduled tasks tab's Enable does. */
    record EnableRule(String name) implements WorldAction {
        public EnableRule {
            Fields.text(name, "name");
        }

        @Override
        public String description() {
            return "Enable rule " + name;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.rule(name));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** PutObject (S3) of {@code size} bytes, as the Scheduled tasks tab's "Upload object" does. */
    record PutObject(String bucket, String key, Integer size) implements WorldAction {
        public PutObject {
            Fields.text(bucket, "bucket");
            Fields.text(key, "key");
            Fields.atLeast(size, 0, "size");
        }

        @Override
        public String description() {
            return "Upload " + key + " to bucket " + bucket;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.bucket(bucket));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** CreateQueue (SQS): a standard queue; {@code visibilityTimeout} null keeps SQS's default of 30 seconds. */
    record CreateQueue(String queueName, Integer visibilityTimeout) implements WorldAction {
        public CreateQueue {
            Fields.text(queueName, "queueName");
            Fields.optionalAtLeast(visibilityTimeout, 0, "visibilityTimeout");
        }

        @Override
        public String description() {
            return "Create SQS queue " + queueName;
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.queue(queueName));
        }
    }

    /** SendMessageBatch (SQS) of {@code count} messages, ten a call, as the Auto scaling tab's Send messages does. */
    record SendMessages(String queue, Integer count) implements WorldAction {
        public SendMessages {
            Fields.text(queue, "queue");
            Fields.atLeast(count, 1, "count");
        }

        @Override
        public String description() {
            return "Send " + count + (count == 1 ? " message" : " messages") + " to queue " + queue;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.queue(queue));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /**
     * PutScalingPolicy of a target tracking policy on the queue's backlog per task: metric math dividing the queue's
     * ApproximateNumberOfMessagesVisible by the service's RunningTaskCount, as AWS documents it for queue workers.
     */
    record PutBacklogTrackingPolicy(String cluster, String service, String policyName, String queue,
                                    Double targetValue) implements WorldAction {
        public PutBacklogTrackingPolicy {
            Fields.text(cluster, "cluster");
            Fields.text(service, "service");
            Fields.text(policyName, "policyName");
            Fields.text(queue, "queue");
            if (targetValue == null || targetValue <= 0) {
                throw new IllegalArgumentException("'targetValue' is required, above 0");
            }
        }

        @Override
        public String description() {
            return "Add target tracking policy " + policyName + ": keep the backlog of " + queue + " at "
                    + Objective.number(targetValue) + " messages per task";
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.service(cluster, service), Resource.queue(queue));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /**
     * CreateFileSystem (EFS) as the File systems tab's Create does: general purpose, elastic throughput, encrypted
     * at rest, named by its Name tag, which is also its creation token.
     */
    record CreateFileSystem(String name) implements WorldAction {
        public CreateFileSystem {
            Fields.text(name, "name");
        }

        @Override
        public String description() {
            return "Create EFS file system " + name;
        }

        @Override
        public List<Resource> references() {
            return List.of();
        }

        @Override
        public List<Resource> creates() {
            return List.of(Resource.fileSystem(name));
        }
    }

    /** CreateMountTarget (EFS): the file system (by name) gets an NFS endpoint in the subnet's Availability Zone. */
    record CreateMountTarget(String fileSystem, String subnet) implements WorldAction {
        public CreateMountTarget {
            Fields.text(fileSystem, "fileSystem");
            Fields.text(subnet, "subnet");
        }

        @Override
        public String description() {
            return "Add a mount target of " + fileSystem + " in " + subnet;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.fileSystem(fileSystem));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /** ModifyTargetGroup (ELB v2): the target group's health check path, as "Edit health check" changes it. */
    record ModifyTargetGroup(String targetGroup, String healthCheckPath) implements WorldAction {
        public ModifyTargetGroup {
            Fields.text(targetGroup, "targetGroup");
            Fields.text(healthCheckPath, "healthCheckPath");
        }

        @Override
        public String description() {
            return "Set the health check path of target group " + targetGroup + " to " + healthCheckPath;
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.targetGroup(targetGroup));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }

    /**
     * UpdateAutoScalingGroup (EC2 Auto Scaling) of the group behind the cluster's Auto Scaling group capacity
     * provider; sizes left out stay as they are.
     */
    record UpdateAutoScalingGroup(String cluster, Integer minSize, Integer maxSize, Integer desiredCapacity)
            implements WorldAction {
        public UpdateAutoScalingGroup {
            Fields.text(cluster, "cluster");
            Fields.optionalAtLeast(minSize, 0, "minSize");
            Fields.optionalAtLeast(maxSize, 0, "maxSize");
            Fields.optionalAtLeast(desiredCapacity, 0, "desiredCapacity");
            if (minSize == null && maxSize == null && desiredCapacity == null) {
                throw new IllegalArgumentException("updateAutoScalingGroup changes nothing: give minSize, maxSize "
                        + "or desiredCapacity");
            }
        }

        @Override
        public String description() {
            List<String> changes = new ArrayList<>();
            if (minSize != null) {
                changes.add("minimum " + minSize);
            }
            if (maxSize != null) {
                changes.add("maximum " + maxSize);
            }
            if (desiredCapacity != null) {
                changes.add("desired capacity " + desiredCapacity);
            }
            return "Set the Auto Scaling group of " + cluster + " to " + String.join(", ", changes);
        }

        @Override
        public List<Resource> references() {
            return List.of(Resource.cluster(cluster));
        }

        @Override
        public List<Resource> creates() {
            return List.of();
        }
    }
}
