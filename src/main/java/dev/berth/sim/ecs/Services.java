package dev.berth.sim.ecs;

import dev.berth.core.model.EcsNames;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Described;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.Page;
import dev.berth.core.model.Service;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.SimContext;

import java.util.List;

/** CreateService, UpdateService, DeleteService, DescribeServices and ListServices. */
final class Services {
    private static final int LIST_DEFAULT = 10;

    private final SimContext context;
    private final ArnFactory arns;
    private final ClusterRegistry clusters;
    private final TaskDefinitionRegistry taskDefinitions;
    private final EcsServiceScheduler scheduler;
    private final LoadBalancing loadBalancing;

    Services(SimContext context, ArnFactory arns, ClusterRegistry clusters, TaskDefinitionRegistry taskDefinitions,
             EcsServiceScheduler scheduler, LoadBalancing loadBalancing) {
        this.context = context;
        this.arns = arns;
        this.clusters = clusters;
        this.taskDefinitions = taskDefinitions;
        this.scheduler = scheduler;
        this.loadBalancing = loadBalancing;
    }

    Service create(CreateServiceRequest request) {
        ClusterState cluster = clusters.active(request.cluster());
        String name = request.serviceName();
        if (!EcsNames.isValid(name)) {
            throw EcsErrors.invalidParameter("Service name must be 1 to 255 letters (uppercase and lowercase), "
                    + "numbers, hyphens, and underscores.");
        }
        ServiceState existing = cluster.services.get(name);
        if (existing != null && !"INACTIVE".equals(existing.status)) {
            throw EcsErrors.invalidParameter("Creation of service was not idempotent.");
        }
        checkDesiredCount(request.desiredCount());
        TaskDefinition definition = taskDefinitions.forLaunch(request.taskDefinition(), "ClientException");
        LaunchConfiguration launch = LaunchConfiguration.resolve(request.launchType(),
                request.capacityProviderStrategy(), cluster);
        launch.check(definition, request.networkConfiguration(), request.platformVersion());
        loadBalancing.check(request.loadBalancers(), definition);
        DeploymentConfiguration configuration = checked(request.deploymentConfiguration() == null
                ? DeploymentConfiguration.defaults() : request.deploymentConfiguration());
        int gracePeriod = checkedGracePeriod(request.healthCheckGracePeriodSeconds(), 0);
        EcsLimits.checkTags(request.tags());

        ServiceState service = new ServiceState(name, arns.service(cluster.name, name), cluster, context.now(),
                request.tags(), new ServiceEventLog(context, cluster.name, name), new ServiceThrottle());
        service.desiredCount = request.desiredCount();
        service.deploymentConfiguration = configuration;
        service.healthCheckGracePeriodSeconds = gracePeriod;
        String platformVersion = launch.isFargate()
                ? (request.platformVersion() == null ? "LATEST" : request.platformVersion()) : null;
        cluster.services.remove(name);
        cluster.services.put(name, service);
        Deployments.start(context, service, new DeploymentSpec(definition, launch.launchType(),
                launch.capacityProviderStrategy(), platformVersion, request.networkConfiguration(),
                request.loadBalancers()));
        scheduler.reconcile(service);
        return service.toService();
    }

    /**
     * A changed task definition, network, strategy, platform version or load balancers, or forceNewDeployment,
     * starts a deployment. The load balancers are checked against the task definition the deployment runs.
     */
    Service update(UpdateServiceRequest request) {
        ClusterState cluster = clusters.find(request.cluster());
        ServiceState service = existing(cluster, request.service());
        if (!service.isActive()) {
            throw EcsErrors.serviceNotActive();
        }
        DeploymentSpec current = service.spec();
        TaskDefinition definition = request.taskDefinition() == null ? current.taskDefinition()
                : taskDefinitions.forLaunch(request.taskDefinition(), "ClientException");
        int desired = request.desiredCount() == null ? service.desiredCount : request.desiredCount();
        checkDesiredCount(desired);
        List<CapacityProviderStrategyItem> strategy = request.capacityProviderStrategy();
        LaunchConfiguration launch = strategy == null || strategy.isEmpty()
                ? new LaunchConfiguration(current.launchType(), current.capacityProviderStrategy())
                : LaunchConfiguration.resolve(null, strategy, cluster);
        NetworkConfiguration network = request.networkConfiguration() == null
                ? current.networkConfiguration() : request.networkConfiguration();
        String platformVersion = !launch.isFargate() ? null
                : request.platformVersion() != null ? request.platformVersion()
                : current.platformVersion() != null ? current.platformVersion() : "LATEST";
        launch.check(definition, network, platformVersion);
        List<LoadBalancer> loadBalancers = request.loadBalancers() == null ? current.loadBalancers()
                : request.loadBalancers();
        if (request.loadBalancers() != null || request.taskDefinition() != null) {
            loadBalancing.check(loadBalancers, definition);
        }
        DeploymentConfiguration configuration = request.deploymentConfiguration() == null
                ? service.deploymentConfiguration : checked(request.deploymentConfiguration());
        int gracePeriod = checkedGracePeriod(request.healthCheckGracePeriodSeconds(),
                service.healthCheckGracePeriodSeconds);

        service.desiredCount = desired;
        service.deploymentConfiguration = configuration;
        service.healthCheckGracePeriodSeconds = gracePeriod;
        DeploymentSpec next = new DeploymentSpec(definition, launch.launchType(), launch.capacityProviderStrategy(),
                platformVersion, network, loadBalancers);
        if (request.forceNewDeployment() || !next.equals(current)) {
            Deployments.start(context, service, next);
        }
        scheduler.reconcile(service);
        return service.toService();
    }

    /** Refused while the service runs tasks unless forced; the service drains, then becomes INACTIVE. */
    Service delete(String clusterName, String serviceName, boolean force) {
        ClusterState cluster = clusters.find(clusterName);
        ServiceState service = existing(cluster, serviceName);
        if (!service.isActive()) {
            throw EcsErrors.serviceNotActive();
        }
        if (service.desiredCount > 0 && !force) {
            throw EcsErrors.invalidParameter("The service cannot be stopped while it is scaled above 0.");
        }
        service.desiredCount = 0;
        service.status = "DRAINING";
        scheduler.stopAll(service);
        return service.toService();
    }

    Described<Service> describe(String clusterName, List<String> names) {
        ClusterState cluster = clusters.find(clusterName);
        return BatchDescribe.describe("services", names, EcsLimits.DESCRIBE_SERVICES, cluster.services::get,
                ServiceState::toService, name -> arns.service(cluster.name, name));
    }

    Page<String> list(String clusterName, String nextToken, Integer maxResults) {
        ClusterState cluster = clusters.find(clusterName);
        List<String> arnList = cluster.services.values().stream().filter(ServiceState::isActive)
                .map(s -> s.arn).toList();
        return Pager.page(arnList, nextToken, Pager.pageSize(maxResults, LIST_DEFAULT, EcsLimits.LIST_LIMIT));
    }

    private static ServiceState existing(ClusterState cluster, String service) {
        ServiceState found = service == null ? null : cluster.services.get(ArnFactory.lastSegment(service));
        if (found == null) {
            throw EcsErrors.serviceNotFound();
        }
        return found;
    }

    private static void checkDesiredCount(int desiredCount) {
        if (desiredCount < 0) {
            throw EcsErrors.invalidParameter("desiredCount must be greater than or equal to 0.");
        }
    }

    private static int checkedGracePeriod(Integer requested, int current) {
        if (requested == null) {
            return current;
        }
        if (requested < 0 || requested > 2_147_483_647 / 1000) {
            throw EcsErrors.invalidParameter("healthCheckGracePeriodSeconds must be between 0 and 2147483.");
        }
        return requested;
    }

    /** REPLICA bounds: at most 100 % must stay healthy, at least 100 % may run. A missing breaker is off. */
    private static DeploymentConfiguration checked(DeploymentConfiguration configuration) {
        if (configuration.minimumHealthyPercent() < 0 || configuration.minimumHealthyPercent() > 100) {
            throw EcsErrors.invalidParameter("minimumHealthyPercent must be between 0 and 100.");
        }
        if (configuration.maximumPercent() < 100) {
            throw EcsErrors.invalidParameter("maximumPercent must be at least 100.");
        }
        DeploymentCircuitBreaker breaker = configuration.deploymentCircuitBreaker() == null
                ? new DeploymentCircuitBreaker(false, false) : configuration.deploymentCircuitBreaker();
        return new DeploymentConfiguration(configuration.minimumHealthyPercent(), configuration.maximumPercent(),
                breaker);
    }
}
