package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/** An EC2 instance registered to a cluster. Status ACTIVE, DRAINING, REGISTERING, DEREGISTERING, ... */
public record ContainerInstance(
        String containerInstanceArn,
        String ec2InstanceId,
        String status,
        boolean agentConnected,
        int runningTasksCount,
        int pendingTasksCount,
        List<Resource> registeredResources,
        List<Resource> remainingResources,
        List<Attribute> attributes,
        String capacityProviderName,
        Instant registeredAt) {
    public ContainerInstance {
        registeredResources = List.copyOf(registeredResources);
        remainingResources = List.copyOf(remainingResources);
        attributes = List.copyOf(attributes);
    }

    public int registered(String resource) {
        return integerResource(registeredResources, resource);
    }

    public int remaining(String resource) {
        return integerResource(remainingResources, resource);
    }

    public String attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst().orElse(null);
    }

    private static int integerResource(List<Resource> resources, String name) {
        return resources.stream().filter(r -> r.name().equals(name) && r.integerValue() != null)
                .mapToInt(Resource::integerValue).findFirst().orElse(0);
    }
}
