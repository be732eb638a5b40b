package dev.berth.training;

/**
 * Something in the ECS world a lesson names: a cluster, a service ({@code cluster/service}), a task definition
 * family or one of its revisions ({@code family:revision}). The catalog uses these to check that a lesson creates
 * everything before an objective or action asks about it.
 */
public record Resource(String type, String name) {
    public static final String CLUSTER = "cluster";
    public static final String SERVICE = "service";
    public static final String FAMILY = "task definition family";
    public static final String REVISION = "task definition";

    public static Resource cluster(String name) {
        return new Resource(CLUSTER, name);
    }

    public static Resource service(String cluster, String service) {
        return new Resource(SERVICE, cluster + "/" + service);
    }

    /** A family, or a revision when {@code taskDefinition} is {@code family:revision}. */
    public static Resource taskDefinition(String taskDefinition) {
        return taskDefinition.contains(":") ? new Resource(REVISION, taskDefinition)
                : new Resource(FAMILY, taskDefinition);
    }

    @Override
    public String toString() {
        return type + " " + name;
    }
}
