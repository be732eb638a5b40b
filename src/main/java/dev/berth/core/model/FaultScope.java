package dev.berth.core.model;

/**
 * Where a fault strikes: a cluster (null means "default", as ECS reads it), optionally only one service's tasks,
 * optionally only tasks of one task definition ({@code family:revision} or an ARN; a bare family means its latest
 * revision), and for instance faults optionally one container instance (id or ARN).
 */
public record FaultScope(String cluster, String service, String taskDefinition, String containerInstance) {

    public static FaultScope cluster(String cluster) {
        return new FaultScope(cluster, null, null, null);
    }

    public static FaultScope service(String cluster, String service) {
        return new FaultScope(cluster, service, null, null);
    }

    public FaultScope withTaskDefinition(String taskDefinition) {
        return new FaultScope(cluster, service, taskDefinition, containerInstance);
    }

    public FaultScope withContainerInstance(String containerInstance) {
        return new FaultScope(cluster, service, taskDefinition, containerInstance);
    }
}
