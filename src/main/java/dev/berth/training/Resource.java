package dev.berth.training;

/**
 * Something in the world a lesson names: an ECS cluster, a service ({@code cluster/service}), a task definition
 * family or one of its revisions ({@code family:revision}); an ECR repository; an EKS cluster or node group
 * ({@code cluster/nodegroup}); an App Runner service; an Application Load Balancer or target group; an IAM role; an
 * EventBridge rule, S3 bucket or DynamoDB table; an SQS queue; an EFS file system. The catalog uses these to check that a lesson creates
 * everything before an objective or action asks about it.
 */
public record Resource(String type, String name) {
    public static final String CLUSTER = "cluster";
    public static final String SERVICE = "service";
    public static final String FAMILY = "task definition family";
    public static final String REVISION = "task definition";
    public static final String REPOSITORY = "ECR repository";
    public static final String EKS_CLUSTER = "EKS cluster";
    public static final String NODEGROUP = "EKS node group";
    public static final String APP_RUNNER_SERVICE = "App Runner service";
    public static final String LOAD_BALANCER = "load balancer";
    public static final String TARGET_GROUP = "target group";
    public static final String ROLE = "IAM role";
    public static final String RULE = "EventBridge rule";
    public static final String BUCKET = "S3 bucket";
    public static final String TABLE = "DynamoDB table";
    public static final String QUEUE = "SQS queue";
    public static final String FILE_SYSTEM = "EFS file system";

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

    public static Resource repository(String name) {
        return new Resource(REPOSITORY, name);
    }

    public static Resource eksCluster(String name) {
        return new Resource(EKS_CLUSTER, name);
    }

    public static Resource nodegroup(String cluster, String nodegroup) {
        return new Resource(NODEGROUP, cluster + "/" + nodegroup);
    }

    public static Resource appRunnerService(String name) {
        return new Resource(APP_RUNNER_SERVICE, name);
    }

    public static Resource loadBalancer(String name) {
        return new Resource(LOAD_BALANCER, name);
    }

    public static Resource targetGroup(String name) {
        return new Resource(TARGET_GROUP, name);
    }

    public static Resource role(String name) {
        return new Resource(ROLE, name);
    }

    public static Resource rule(String name) {
        return new Resource(RULE, name);
    }

    public static Resource bucket(String name) {
        return new Resource(BUCKET, name);
    }

    public static Resource table(String name) {
        return new Resource(TABLE, name);
    }

    public static Resource queue(String name) {
        return new Resource(QUEUE, name);
    }

    /** A file system by its Name tag. */
    public static Resource fileSystem(String name) {
        return new Resource(FILE_SYSTEM, name);
    }

    @Override
    public String toString() {
        return type + " " + name;
    }
}
