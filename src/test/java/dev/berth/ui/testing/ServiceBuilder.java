package dev.berth.ui.testing;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;

import java.util.List;

/** Changes a {@link Service} record one member at a time, for tests. */
public final class ServiceBuilder {
    private final Service base;
    private int runningCount;
    private int pendingCount;
    private List<Deployment> deployments;
    private List<ServiceEvent> events;
    private List<LoadBalancer> loadBalancers;

    private ServiceBuilder(Service base) {
        this.base = base;
        runningCount = base.runningCount();
        pendingCount = base.pendingCount();
        deployments = base.deployments();
        events = base.events();
        loadBalancers = base.loadBalancers();
    }

    public static ServiceBuilder from(Service service) {
        return new ServiceBuilder(service);
    }

    public ServiceBuilder runningCount(int value) {
        runningCount = value;
        return this;
    }

    public ServiceBuilder pendingCount(int value) {
        pendingCount = value;
        return this;
    }

    public ServiceBuilder deployments(List<Deployment> value) {
        deployments = value;
        return this;
    }

    public ServiceBuilder events(List<ServiceEvent> value) {
        events = value;
        return this;
    }

    public ServiceBuilder loadBalancers(List<LoadBalancer> value) {
        loadBalancers = value;
        return this;
    }

    public Service build() {
        return new Service(base.serviceArn(), base.serviceName(), base.clusterArn(), base.status(),
                base.desiredCount(), runningCount, pendingCount, base.launchType(), base.capacityProviderStrategy(),
                base.platformVersion(), base.taskDefinition(), base.deploymentConfiguration(), deployments, events,
                base.networkConfiguration(), base.healthCheckGracePeriodSeconds(), base.schedulingStrategy(),
                base.createdAt(), base.tags(), loadBalancers);
    }
}
