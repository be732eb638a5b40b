package dev.berth.aws;

import dev.berth.core.model.Attachment;
import dev.berth.core.model.Attribute;
import dev.berth.core.model.AutoScalingGroupProvider;
import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.Container;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.CreateCapacityProviderRequest;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Failure;
import dev.berth.core.model.HealthCheck;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.ManagedScaling;
import dev.berth.core.model.NetworkBinding;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Resource;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Tag;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskOverride;
import dev.berth.core.model.UpdateServiceRequest;

import java.util.List;
import java.util.function.Function;

/**
 * Amazon ECS shapes between the SDK's classes and Berth's records, member by member (both use AWS's names).
 * Numbers AWS leaves out become 0 where the record holds a primitive; empty lists in a request are left out, as
 * the AWS CLI leaves them out.
 */
final class EcsShapes {
    private EcsShapes() {
    }

    // ---- requests

    static software.amazon.awssdk.services.ecs.model.CreateClusterRequest createCluster(CreateClusterRequest r) {
        return software.amazon.awssdk.services.ecs.model.CreateClusterRequest.builder()
                .clusterName(r.clusterName())
                .capacityProviders(emptyAsNull(r.capacityProviders()))
                .defaultCapacityProviderStrategy(emptyAsNull(map(r.defaultCapacityProviderStrategy(),
                        EcsShapes::strategyItem)))
                .tags(emptyAsNull(map(r.tags(), EcsShapes::tag)))
                .build();
    }

    static software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest registerTaskDefinition(
            RegisterTaskDefinitionRequest r) {
        return software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest.builder()
                .family(r.family())
                .networkMode(r.networkMode())
                .requiresCompatibilitiesWithStrings(emptyAsNull(r.requiresCompatibilities()))
                .cpu(r.cpu())
                .memory(r.memory())
                .executionRoleArn(r.executionRoleArn())
                .taskRoleArn(r.taskRoleArn())
                .containerDefinitions(map(r.containerDefinitions(), EcsShapes::containerDefinition))
                .tags(emptyAsNull(map(r.tags(), EcsShapes::tag)))
                .build();
    }

    static software.amazon.awssdk.services.ecs.model.CreateServiceRequest createService(CreateServiceRequest r) {
        return software.amazon.awssdk.services.ecs.model.CreateServiceRequest.builder()
                .cluster(r.cluster())
                .serviceName(r.serviceName())
                .taskDefinition(r.taskDefinition())
                .desiredCount(r.desiredCount())
                .launchType(r.launchType())
                .capacityProviderStrategy(emptyAsNull(map(r.capacityProviderStrategy(), EcsShapes::strategyItem)))
                .platformVersion(r.platformVersion())
                .networkConfiguration(networkConfiguration(r.networkConfiguration()))
                .deploymentConfiguration(deploymentConfiguration(r.deploymentConfiguration()))
                .healthCheckGracePeriodSeconds(r.healthCheckGracePeriodSeconds())
                .tags(emptyAsNull(map(r.tags(), EcsShapes::tag)))
                .loadBalancers(emptyAsNull(map(r.loadBalancers(), EcsShapes::loadBalancer)))
                .build();
    }

    private static software.amazon.awssdk.services.ecs.model.LoadBalancer loadBalancer(LoadBalancer lb) {
        return software.amazon.awssdk.services.ecs.model.LoadBalancer.builder()
                .targetGroupArn(lb.targetGroupArn()).loadBalancerName(lb.loadBalancerName())
                .containerName(lb.containerName()).containerPort(lb.containerPort()).build();
    }

    static software.amazon.awssdk.services.ecs.model.UpdateServiceRequest updateService(UpdateServiceRequest r) {
        return software.amazon.awssdk.services.ecs.model.UpdateServiceRequest.builder()
                .cluster(r.cluster())
                .service(r.service())
                .taskDefinition(r.taskDefinition())
                .desiredCount(r.desiredCount())
                .deploymentConfiguration(deploymentConfiguration(r.deploymentConfiguration()))
                .networkConfiguration(networkConfiguration(r.networkConfiguration()))
                .capacityProviderStrategy(r.capacityProviderStrategy() == null ? null
                        : map(r.capacityProviderStrategy(), EcsShapes::strategyItem))
                .platformVersion(r.platformVersion())
                .healthCheckGracePeriodSeconds(r.healthCheckGracePeriodSeconds())
                .forceNewDeployment(r.forceNewDeployment() ? Boolean.TRUE : null)
                // An empty list is sent: it takes the service from behind its load balancers.
                .loadBalancers(r.loadBalancers() == null ? null : map(r.loadBalancers(), EcsShapes::loadBalancer))
                .build();
    }

    static software.amazon.awssdk.services.ecs.model.RunTaskRequest runTask(RunTaskRequest r) {
        return software.amazon.awssdk.services.ecs.model.RunTaskRequest.builder()
                .cluster(r.cluster())
                .taskDefinition(r.taskDefinition())
                .count(r.count())
                .launchType(r.launchType())
                .capacityProviderStrategy(emptyAsNull(map(r.capacityProviderStrategy(), EcsShapes::strategyItem)))
                .platformVersion(r.platformVersion())
                .networkConfiguration(networkConfiguration(r.networkConfiguration()))
                .group(r.group())
                .startedBy(r.startedBy())
                .tags(emptyAsNull(map(r.tags(), EcsShapes::tag)))
                .overrides(r.overrides() == null ? null : taskOverride(r.overrides()))
                .build();
    }

    private static software.amazon.awssdk.services.ecs.model.TaskOverride taskOverride(TaskOverride o) {
        return software.amazon.awssdk.services.ecs.model.TaskOverride.builder()
                .containerOverrides(map(o.containerOverrides(), c ->
                        software.amazon.awssdk.services.ecs.model.ContainerOverride.builder().name(c.name())
                                .environment(map(c.environment(), e -> software.amazon.awssdk.services.ecs.model
                                        .KeyValuePair.builder().name(e.name()).value(e.value()).build()))
                                .build()))
                .build();
    }

    static software.amazon.awssdk.services.ecs.model.ListTasksRequest listTasks(ListTasksRequest r) {
        return software.amazon.awssdk.services.ecs.model.ListTasksRequest.builder()
                .cluster(r.cluster())
                .serviceName(r.serviceName())
                .family(r.family())
                .containerInstance(r.containerInstance())
                .startedBy(r.startedBy())
                .desiredStatus(r.desiredStatus())
                .nextToken(r.nextToken())
                .maxResults(r.maxResults())
                .build();
    }

    private static software.amazon.awssdk.services.ecs.model.ContainerDefinition containerDefinition(
            ContainerDefinition c) {
        return software.amazon.awssdk.services.ecs.model.ContainerDefinition.builder()
                .name(c.name())
                .image(c.image())
                .cpu(c.cpu())
                .memory(c.memory())
                .memoryReservation(c.memoryReservation())
                .essential(c.essential())
                .portMappings(emptyAsNull(map(c.portMappings(), p ->
                        software.amazon.awssdk.services.ecs.model.PortMapping.builder()
                                .containerPort(p.containerPort()).hostPort(p.hostPort()).protocol(p.protocol())
                                .build())))
                .environment(emptyAsNull(map(c.environment(), e ->
                        software.amazon.awssdk.services.ecs.model.KeyValuePair.builder()
                                .name(e.name()).value(e.value()).build())))
                .command(emptyAsNull(c.command()))
                .healthCheck(c.healthCheck() == null ? null
                        : software.amazon.awssdk.services.ecs.model.HealthCheck.builder()
                        .command(c.healthCheck().command()).interval(c.healthCheck().interval())
                        .timeout(c.healthCheck().timeout()).retries(c.healthCheck().retries())
                        .startPeriod(c.healthCheck().startPeriod()).build())
                .build();
    }

    private static software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem strategyItem(
            CapacityProviderStrategyItem item) {
        return software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem.builder()
                .capacityProvider(item.capacityProvider()).weight(item.weight()).base(item.base()).build();
    }

    private static software.amazon.awssdk.services.ecs.model.Tag tag(Tag tag) {
        return software.amazon.awssdk.services.ecs.model.Tag.builder().key(tag.key()).value(tag.value()).build();
    }

    private static software.amazon.awssdk.services.ecs.model.NetworkConfiguration networkConfiguration(
            NetworkConfiguration n) {
        if (n == null || n.awsvpcConfiguration() == null) {
            return null;
        }
        AwsVpcConfiguration vpc = n.awsvpcConfiguration();
        return software.amazon.awssdk.services.ecs.model.NetworkConfiguration.builder()
                .awsvpcConfiguration(software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration.builder()
                        .subnets(vpc.subnets())
                        .securityGroups(emptyAsNull(vpc.securityGroups()))
                        .assignPublicIp(vpc.assignPublicIp())
                        .build())
                .build();
    }

    private static software.amazon.awssdk.services.ecs.model.DeploymentConfiguration deploymentConfiguration(
            DeploymentConfiguration d) {
        if (d == null) {
            return null;
        }
        var builder = software.amazon.awssdk.services.ecs.model.DeploymentConfiguration.builder()
                .minimumHealthyPercent(d.minimumHealthyPercent())
                .maximumPercent(d.maximumPercent());
        if (d.deploymentCircuitBreaker() != null) {
            builder.deploymentCircuitBreaker(b -> b.enable(d.deploymentCircuitBreaker().enable())
                    .rollback(d.deploymentCircuitBreaker().rollback()));
        }
        return builder.build();
    }

    // ---- responses

    static Cluster cluster(software.amazon.awssdk.services.ecs.model.Cluster c) {
        return new Cluster(c.clusterArn(), c.clusterName(), c.status(),
                zeroIfNull(c.registeredContainerInstancesCount()), zeroIfNull(c.runningTasksCount()),
                zeroIfNull(c.pendingTasksCount()), zeroIfNull(c.activeServicesCount()), c.capacityProviders(),
                map(c.defaultCapacityProviderStrategy(), EcsShapes::strategyItem), map(c.tags(), EcsShapes::tag));
    }

    static Service service(software.amazon.awssdk.services.ecs.model.Service s) {
        return new Service(s.serviceArn(), s.serviceName(), s.clusterArn(), s.status(), zeroIfNull(s.desiredCount()),
                zeroIfNull(s.runningCount()), zeroIfNull(s.pendingCount()), s.launchTypeAsString(),
                map(s.capacityProviderStrategy(), EcsShapes::strategyItem), s.platformVersion(), s.taskDefinition(),
                deploymentConfiguration(s.deploymentConfiguration()), map(s.deployments(), EcsShapes::deployment),
                map(s.events(), e -> new ServiceEvent(e.id(), e.createdAt(), e.message())),
                networkConfiguration(s.networkConfiguration()), zeroIfNull(s.healthCheckGracePeriodSeconds()),
                s.schedulingStrategyAsString(), s.createdAt(), map(s.tags(), EcsShapes::tag),
                map(s.loadBalancers(), lb -> new LoadBalancer(lb.targetGroupArn(), lb.loadBalancerName(),
                        lb.containerName(), lb.containerPort())));
    }

    static Task task(software.amazon.awssdk.services.ecs.model.Task t) {
        return new Task(t.taskArn(), t.clusterArn(), t.taskDefinitionArn(), t.containerInstanceArn(), t.lastStatus(),
                t.desiredStatus(), t.launchTypeAsString(), t.capacityProviderName(), t.cpu(), t.memory(), t.group(),
                t.startedBy(), t.availabilityZone(), t.healthStatusAsString(), t.createdAt(), t.pullStartedAt(),
                t.pullStoppedAt(), t.startedAt(), t.stoppingAt(), t.stoppedAt(), t.stopCodeAsString(),
                t.stoppedReason(), map(t.containers(), EcsShapes::container),
                map(t.attachments(), a -> new Attachment(a.id(), a.type(), a.status(),
                        map(a.details(), d -> new KeyValuePair(d.name(), d.value())))),
                t.version() == null ? 0 : t.version());
    }

    static TaskDefinition taskDefinition(software.amazon.awssdk.services.ecs.model.TaskDefinition d) {
        return new TaskDefinition(d.taskDefinitionArn(), d.family(), zeroIfNull(d.revision()), d.statusAsString(),
                d.networkModeAsString(), d.requiresCompatibilitiesAsStrings(), d.compatibilitiesAsStrings(), d.cpu(),
                d.memory(), d.executionRoleArn(), d.taskRoleArn(),
                map(d.containerDefinitions(), EcsShapes::containerDefinition), d.registeredAt(), d.registeredBy(),
                d.deregisteredAt());
    }

    static ContainerInstance containerInstance(software.amazon.awssdk.services.ecs.model.ContainerInstance i) {
        return new ContainerInstance(i.containerInstanceArn(), i.ec2InstanceId(), i.status(),
                Boolean.TRUE.equals(i.agentConnected()), zeroIfNull(i.runningTasksCount()),
                zeroIfNull(i.pendingTasksCount()), map(i.registeredResources(), EcsShapes::resource),
                map(i.remainingResources(), EcsShapes::resource),
                map(i.attributes(), a -> new Attribute(a.name(), a.value())), i.capacityProviderName(),
                i.registeredAt());
    }

    static CapacityProvider capacityProvider(software.amazon.awssdk.services.ecs.model.CapacityProvider p) {
        var group = p.autoScalingGroupProvider();
        AutoScalingGroupProvider provider = null;
        if (group != null) {
            var scaling = group.managedScaling();
            provider = new AutoScalingGroupProvider(group.autoScalingGroupArn(), scaling == null ? null
                    : new ManagedScaling(scaling.statusAsString(), zeroIfNull(scaling.targetCapacity()),
                    zeroIfNull(scaling.minimumScalingStepSize()), zeroIfNull(scaling.maximumScalingStepSize()),
                    zeroIfNull(scaling.instanceWarmupPeriod())),
                    group.managedTerminationProtectionAsString(), group.managedDrainingAsString());
        }
        return new CapacityProvider(p.capacityProviderArn(), p.name(), p.statusAsString(), provider,
                p.updateStatusAsString());
    }

    static software.amazon.awssdk.services.ecs.model.CreateCapacityProviderRequest createCapacityProvider(
            CreateCapacityProviderRequest r) {
        AutoScalingGroupProvider group = r.autoScalingGroupProvider();
        return software.amazon.awssdk.services.ecs.model.CreateCapacityProviderRequest.builder().name(r.name())
                .autoScalingGroupProvider(b -> b.autoScalingGroupArn(group.autoScalingGroupArn())
                        .managedScaling(managedScaling(group.managedScaling()))
                        .managedTerminationProtection(group.managedTerminationProtection())
                        .managedDraining(group.managedDraining()))
                .tags(emptyAsNull(map(r.tags(), EcsShapes::tag))).build();
    }

    static software.amazon.awssdk.services.ecs.model.AutoScalingGroupProviderUpdate providerUpdate(
            AutoScalingGroupProviderUpdate u) {
        return software.amazon.awssdk.services.ecs.model.AutoScalingGroupProviderUpdate.builder()
                .managedScaling(managedScaling(u.managedScaling()))
                .managedTerminationProtection(u.managedTerminationProtection())
                .managedDraining(u.managedDraining()).build();
    }

    static List<software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem> strategy(
            List<CapacityProviderStrategyItem> items) {
        return map(items, EcsShapes::strategyItem);
    }

    private static software.amazon.awssdk.services.ecs.model.ManagedScaling managedScaling(ManagedScaling m) {
        return m == null ? null : software.amazon.awssdk.services.ecs.model.ManagedScaling.builder()
                .status(m.status()).targetCapacity(m.targetCapacity())
                .minimumScalingStepSize(m.minimumScalingStepSize()).maximumScalingStepSize(m.maximumScalingStepSize())
                .instanceWarmupPeriod(m.instanceWarmupPeriod()).build();
    }

    static Failure failure(software.amazon.awssdk.services.ecs.model.Failure f) {
        return new Failure(f.arn(), f.reason(), f.detail());
    }

    private static Container container(software.amazon.awssdk.services.ecs.model.Container c) {
        return new Container(c.containerArn(), c.name(), c.image(), c.lastStatus(), c.exitCode(), c.reason(),
                c.healthStatusAsString(), map(c.networkBindings(), b -> new NetworkBinding(b.bindIP(),
                zeroIfNull(b.containerPort()), zeroIfNull(b.hostPort()), b.protocolAsString())));
    }

    private static ContainerDefinition containerDefinition(software.amazon.awssdk.services.ecs.model.ContainerDefinition c) {
        var check = c.healthCheck();
        return new ContainerDefinition(c.name(), c.image(), c.cpu(), c.memory(), c.memoryReservation(), c.essential(),
                map(c.portMappings(), p -> new PortMapping(p.containerPort(), p.hostPort(), p.protocolAsString())),
                map(c.environment(), e -> new KeyValuePair(e.name(), e.value())), c.command(),
                check == null ? null : new HealthCheck(check.command(), check.interval(), check.timeout(),
                        check.retries(), check.startPeriod()));
    }

    private static Deployment deployment(software.amazon.awssdk.services.ecs.model.Deployment d) {
        return new Deployment(d.id(), d.status(), d.taskDefinition(), zeroIfNull(d.desiredCount()),
                zeroIfNull(d.pendingCount()), zeroIfNull(d.runningCount()), zeroIfNull(d.failedTasks()),
                d.rolloutStateAsString(), d.rolloutStateReason(), d.launchTypeAsString(), d.createdAt(),
                d.updatedAt());
    }

    private static DeploymentConfiguration deploymentConfiguration(
            software.amazon.awssdk.services.ecs.model.DeploymentConfiguration d) {
        if (d == null) {
            return null;
        }
        var breaker = d.deploymentCircuitBreaker();
        return new DeploymentConfiguration(zeroIfNull(d.minimumHealthyPercent()), zeroIfNull(d.maximumPercent()),
                breaker == null ? null : new DeploymentCircuitBreaker(Boolean.TRUE.equals(breaker.enable()),
                        Boolean.TRUE.equals(breaker.rollback())));
    }

    private static NetworkConfiguration networkConfiguration(
            software.amazon.awssdk.services.ecs.model.NetworkConfiguration n) {
        if (n == null || n.awsvpcConfiguration() == null) {
            return null;
        }
        var vpc = n.awsvpcConfiguration();
        return new NetworkConfiguration(new AwsVpcConfiguration(vpc.subnets(), vpc.securityGroups(),
                vpc.assignPublicIpAsString()));
    }

    private static CapacityProviderStrategyItem strategyItem(
            software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem item) {
        return new CapacityProviderStrategyItem(item.capacityProvider(), zeroIfNull(item.weight()),
                zeroIfNull(item.base()));
    }

    private static Tag tag(software.amazon.awssdk.services.ecs.model.Tag tag) {
        return new Tag(tag.key(), tag.value());
    }

    private static Resource resource(software.amazon.awssdk.services.ecs.model.Resource r) {
        return new Resource(r.name(), r.type(), r.integerValue(), r.stringSetValue());
    }

    static <A, B> List<B> map(List<A> items, Function<A, B> convert) {
        return items.stream().map(convert).toList();
    }

    static <T> List<T> emptyAsNull(List<T> items) {
        return items.isEmpty() ? null : items;
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
