package dev.berth.training;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.LoadSimulation;
import dev.berth.core.gateway.MessageBurst;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.EcsParameters;
import dev.berth.core.model.EfsVolumeConfiguration;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.Target;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.model.Volume;
import dev.berth.core.model.VpcConfigRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Performs world actions (a lesson's setup, a step's "Show me") through the gateway, one AWS operation each, the
 * way the views would; time passes through the simulation clock. A failure stops at the action that failed.
 */
public final class ShowMe {
    /** The size and layer count the Images view's "Push image" proposes. */
    private static final long PUSHED_IMAGE_BYTES = 50L * 1024 * 1024;
    private static final int PUSHED_IMAGE_LAYERS = 4;
    /** The role EventBridge uses to run tasks, as the console names it. */
    private static final String EVENTS_ROLE = "ecsEventsRole";

    public void perform(List<WorldAction> actions, Gateway gateway) {
        for (WorldAction action : actions) {
            perform(action, gateway);
        }
    }

    public void perform(WorldAction action, Gateway gateway) {
        if (action instanceof WorldAction.CreateCluster a) {
            CreateClusterRequest fargate = CreateClusterRequest.named(a.clusterName());
            gateway.ecs().createCluster(new CreateClusterRequest(a.clusterName(), fargate.capacityProviders(),
                    List.of(), a.ec2Capacity(), List.of()));
        } else if (action instanceof WorldAction.RegisterTaskDefinition a) {
            gateway.ecs().registerTaskDefinition(withFileSystemIds(a.taskDefinition(), gateway));
        } else if (action instanceof WorldAction.CreateService a) {
            createService(a, gateway);
        } else if (action instanceof WorldAction.UpdateService a) {
            updateService(a, gateway);
        } else if (action instanceof WorldAction.CreateRepository a) {
            gateway.ecr().createRepository(new CreateRepositoryRequest(a.repositoryName(), a.imageTagMutability(),
                    a.scanOnPush() == null ? null : new ImageScanningConfiguration(a.scanOnPush()), null, List.of()));
        } else if (action instanceof WorldAction.PutImage a) {
            gateway.ecr().putImage(new PutImageRequest(a.repositoryName(), ImageManifest.build(a.repositoryName(),
                    a.imageTag(), PUSHED_IMAGE_BYTES, PUSHED_IMAGE_LAYERS), ImageManifest.DOCKER_V2, a.imageTag(),
                    null));
        } else if (action instanceof WorldAction.CreateEksCluster a) {
            gateway.eks().createCluster(new CreateEksClusterRequest(a.name(), null, a.roleArn(),
                    new VpcConfigRequest(a.subnets(), a.securityGroups(), true, false), Map.of()));
        } else if (action instanceof WorldAction.CreateNodegroup a) {
            gateway.eks().createNodegroup(new CreateNodegroupRequest(a.clusterName(), a.nodegroupName(),
                    new NodegroupScalingConfig(a.minSize(), a.maxSize(), a.desiredSize()), null, a.subnets(),
                    List.of(a.instanceType()), null, a.nodeRole(), Map.of(), List.of(), "ON_DEMAND", null, Map.of()));
        } else if (action instanceof WorldAction.UpdateNodegroupScaling a) {
            gateway.eks().updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(a.clusterName(),
                    a.nodegroupName(), new NodegroupScalingConfig(a.minSize(), a.maxSize(), a.desiredSize())));
        } else if (action instanceof WorldAction.CreateAppRunnerService a) {
            gateway.appRunner().createService(CreateAppRunnerServiceRequest.fromPublicImage(a.serviceName(),
                    a.image(), a.port(), a.cpu(), a.memory()));
        } else if (action instanceof WorldAction.PauseAppRunnerService a) {
            String arn = ObjectiveChecker.appRunnerService(a.serviceName(), gateway.appRunner())
                    .orElseThrow(() -> new IllegalStateException("no App Runner service " + a.serviceName()))
                    .serviceArn();
            gateway.appRunner().pauseService(arn);
        } else if (action instanceof WorldAction.CreateLoadBalancer a) {
            gateway.elb().createLoadBalancer(new CreateLoadBalancerRequest(a.name(), a.subnets(), a.securityGroups(),
                    "internet-facing", "application", null, List.of()));
        } else if (action instanceof WorldAction.CreateTargetGroup a) {
            gateway.elb().createTargetGroup(new CreateTargetGroupRequest(a.name(), a.protocol(), a.port(), null,
                    a.targetType(), null, null, null, a.healthCheckPath(), null, null, null, null, null));
        } else if (action instanceof WorldAction.CreateListener a) {
            String loadBalancer = gateway.elb().describeLoadBalancers(List.of(), List.of(a.loadBalancer())).get(0)
                    .loadBalancerArn();
            gateway.elb().createListener(new CreateListenerRequest(loadBalancer, "HTTP", a.port(),
                    List.of(ElbAction.forward(targetGroupArn(a.targetGroup(), gateway)))));
        } else if (action instanceof WorldAction.RegisterScalableTarget a) {
            gateway.scaling().registerScalableTarget(RegisterScalableTargetRequest.ecsService(a.cluster(), a.service(),
                    a.minCapacity(), a.maxCapacity()));
        } else if (action instanceof WorldAction.PutTargetTrackingPolicy a) {
            gateway.scaling().putScalingPolicy(PutScalingPolicyRequest.targetTracking(a.cluster(), a.service(),
                    a.policyName(), TargetTrackingScalingPolicyConfiguration.of(a.predefinedMetricType(),
                            a.targetValue())));
        } else if (action instanceof WorldAction.SetLoadProfile a) {
            LoadSimulation load = gateway.loadSimulation().orElseThrow(() -> new IllegalStateException(
                    "Only the simulator can be sent load; lessons run on the simulator"));
            Instant now = LessonRun.now(gateway);
            load.setLoadProfile(a.cluster(), a.service(), new LoadProfile(a.shape(), a.baseRequestsPerMinute(),
                    a.peakRequestsPerMinute(), now, a.durationMinutes(), LoadProfile.DEFAULT_TASK_CAPACITY));
        } else if (action instanceof WorldAction.CreateRole a) {
            gateway.iam().createRole(CreateRoleRequest.forService(a.roleName(), a.trustedService(), null));
            a.policyArns().forEach(policy -> gateway.iam().attachRolePolicy(a.roleName(), policy));
        } else if (action instanceof WorldAction.CreateBucket a) {
            gateway.s3().createBucket(a.bucket());
            if (Boolean.TRUE.equals(a.eventBridge())) {
                gateway.s3().putBucketNotificationConfiguration(a.bucket(), true);
            }
        } else if (action instanceof WorldAction.CreateTable a) {
            gateway.dynamoDb().createTable(a.tableName(), a.partitionKey());
        } else if (action instanceof WorldAction.PutRule a) {
            gateway.events().putRule(new PutRuleRequest(a.name(), a.scheduleExpression(), a.eventPattern(),
                    Objects.requireNonNullElse(a.state(), "ENABLED"), null, null));
        } else if (action instanceof WorldAction.PutTargets a) {
            putTargets(a, gateway);
        } else if (action instanceof WorldAction.EnableRule a) {
            gateway.events().enableRule(a.name());
        } else if (action instanceof WorldAction.PutObject a) {
            gateway.s3().putObject(a.bucket(), a.key(), a.size());
        } else if (action instanceof WorldAction.CreateQueue a) {
            gateway.sqs().createQueue(a.queueName(), a.visibilityTimeout() == null ? Map.of()
                    : Map.of(QueueAttributeNames.VISIBILITY_TIMEOUT, String.valueOf(a.visibilityTimeout())));
        } else if (action instanceof WorldAction.SendMessages a) {
            MessageBurst.send(gateway.sqs(), gateway.sqs().getQueueUrl(a.queue()), a.count(), "job");
        } else if (action instanceof WorldAction.PutBacklogTrackingPolicy a) {
            gateway.scaling().putScalingPolicy(PutScalingPolicyRequest.targetTracking(a.cluster(), a.service(),
                    a.policyName(), TargetTrackingScalingPolicyConfiguration.of(
                            CustomizedMetricSpecification.backlogPerTask(a.queue(), a.cluster(), a.service()),
                            a.targetValue())));
        } else if (action instanceof WorldAction.CreateFileSystem a) {
            gateway.efs().createFileSystem(CreateFileSystemRequest.named(a.name(), a.name()));
        } else if (action instanceof WorldAction.CreateMountTarget a) {
            gateway.efs().createMountTarget(FileSystemNames.id(a.fileSystem(), gateway.efs()), a.subnet());
        } else if (action instanceof WorldAction.ModifyTargetGroup a) {
            gateway.elb().modifyTargetGroup(ModifyTargetGroupRequest.healthCheckPath(
                    targetGroupArn(a.targetGroup(), gateway), a.healthCheckPath()));
        } else if (action instanceof WorldAction.UpdateAutoScalingGroup a) {
            gateway.autoScalingGroups().updateAutoScalingGroup(autoScalingGroupName(a.cluster(), gateway),
                    a.minSize(), a.maxSize(), a.desiredCapacity());
        } else if (action instanceof WorldAction.AdvanceClock a) {
            SimulationClock clock = gateway.simulationClock().orElseThrow(() -> new IllegalStateException(
                    "Only the simulator's clock can be moved on; lessons run on the simulator"));
            clock.step(Duration.ofSeconds(a.seconds()));
        } else {
            throw new IllegalArgumentException("no way to perform " + action);
        }
    }

    private static void createService(WorldAction.CreateService a, Gateway gateway) {
        DeploymentConfiguration defaults = DeploymentConfiguration.defaults();
        DeploymentConfiguration configuration = new DeploymentConfiguration(
                Objects.requireNonNullElse(a.minimumHealthyPercent(), defaults.minimumHealthyPercent()),
                Objects.requireNonNullElse(a.maximumPercent(), defaults.maximumPercent()),
                Objects.requireNonNullElse(a.deploymentCircuitBreaker(), defaults.deploymentCircuitBreaker()));
        NetworkConfiguration network = new NetworkConfiguration(new AwsVpcConfiguration(a.subnets(),
                a.securityGroups(), Boolean.TRUE.equals(a.assignPublicIp()) ? "ENABLED" : "DISABLED"));
        List<LoadBalancer> loadBalancers = a.targetGroup() == null ? List.of() : List.of(LoadBalancer.targetGroup(
                targetGroupArn(a.targetGroup(), gateway), a.containerName(), a.containerPort()));
        List<CapacityProviderStrategyItem> strategy = Boolean.TRUE.equals(a.ec2CapacityProvider())
                ? List.of(new CapacityProviderStrategyItem(ec2CapacityProvider(a.cluster(), gateway).name(), 1, 0))
                : List.of();
        gateway.ecs().createService(new CreateServiceRequest(a.cluster(), a.serviceName(), a.taskDefinition(),
                a.desiredCount(), a.launchType(), strategy, null, network, configuration, null, List.of(),
                loadBalancers));
    }

    /** As the Scheduled tasks tab adds a target: the cluster's ARN, and the role in the cluster's account. */
    private static void putTargets(WorldAction.PutTargets a, Gateway gateway) {
        String cluster = gateway.ecs().describeClusters(List.of(a.cluster())).items().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no cluster " + a.cluster())).clusterArn();
        String role = "arn:aws:iam::" + cluster.split(":")[4] + ":role/" + EVENTS_ROLE;
        NetworkConfiguration network = new NetworkConfiguration(new AwsVpcConfiguration(a.subnets(), List.of(),
                "DISABLED"));
        gateway.events().putTargets(a.rule(), List.of(new Target(a.targetId(), cluster, role, null, null, null,
                new EcsParameters(a.taskDefinition(), a.taskCount(), a.launchType(), network, null, null))));
    }

    /** The request with each EFS volume's file system named by its id, as the learner copies it from the view. */
    private static RegisterTaskDefinitionRequest withFileSystemIds(RegisterTaskDefinitionRequest request,
                                                                   Gateway gateway) {
        return request.withVolumes(request.volumes().stream().map(volume -> {
            EfsVolumeConfiguration efs = volume.efsVolumeConfiguration();
            return efs == null || FileSystemNames.isId(efs.fileSystemId()) ? volume
                    : Volume.efs(volume.name(), new EfsVolumeConfiguration(FileSystemNames.id(efs.fileSystemId(),
                    gateway.efs()), efs.rootDirectory(), efs.transitEncryption(), efs.transitEncryptionPort(),
                    efs.authorizationConfig()));
        }).toList());
    }

    /** The cluster's Auto Scaling group capacity provider, as the console's EC2 cluster wizard made it. */
    private static CapacityProvider ec2CapacityProvider(String cluster, Gateway gateway) {
        List<String> providers = gateway.ecs().describeClusters(List.of(cluster)).items().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no cluster " + cluster)).capacityProviders();
        return gateway.ecs().describeCapacityProviders(providers).items().stream()
                .filter(p -> p.autoScalingGroupProvider() != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("cluster " + cluster + " has no EC2 capacity"));
    }

    /** The name of the group behind the cluster's capacity provider, which names it by ARN. */
    private static String autoScalingGroupName(String cluster, Gateway gateway) {
        return AutoScalingGroup.nameOf(ec2CapacityProvider(cluster, gateway).autoScalingGroupProvider()
                .autoScalingGroupArn());
    }

    private static String targetGroupArn(String name, Gateway gateway) {
        return gateway.elb().describeTargetGroups(null, List.of(), List.of(name)).get(0).targetGroupArn();
    }

    /** UpdateService replaces the whole deployment configuration, so percents left out keep their current values. */
    private static void updateService(WorldAction.UpdateService a, Gateway gateway) {
        DeploymentConfiguration configuration = null;
        if (a.minimumHealthyPercent() != null || a.maximumPercent() != null) {
            Service current = gateway.ecs().describeServices(a.cluster(), List.of(a.service())).items().stream()
                    .findFirst().orElseThrow(() -> new IllegalStateException("service " + a.service()
                            + " is not in cluster " + a.cluster()));
            DeploymentConfiguration now = current.deploymentConfiguration();
            configuration = new DeploymentConfiguration(
                    Objects.requireNonNullElse(a.minimumHealthyPercent(), now.minimumHealthyPercent()),
                    Objects.requireNonNullElse(a.maximumPercent(), now.maximumPercent()),
                    now.deploymentCircuitBreaker());
        }
        gateway.ecs().updateService(new UpdateServiceRequest(a.cluster(), a.service(), a.taskDefinition(),
                a.desiredCount(), configuration, null, null, null, null, false));
    }
}
