package dev.berth.sim.ecs;

/** ECS ARNs in the long format, for one region and account. */
public final class ArnFactory {
    private final String region;
    private final String accountId;
    private final String prefix;

    ArnFactory(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
        this.prefix = "arn:aws:ecs:" + region + ":" + accountId + ":";
    }

    String cluster(String name) {
        return prefix + "cluster/" + name;
    }

    String service(String cluster, String name) {
        return prefix + "service/" + cluster + "/" + name;
    }

    String task(String cluster, String taskId) {
        return prefix + "task/" + cluster + "/" + taskId;
    }

    String container(String cluster, String taskId, String containerId) {
        return prefix + "container/" + cluster + "/" + taskId + "/" + containerId;
    }

    String containerInstance(String cluster, String id) {
        return prefix + "container-instance/" + cluster + "/" + id;
    }

    String taskDefinition(String family, int revision) {
        return prefix + "task-definition/" + family + ":" + revision;
    }

    String capacityProvider(String name) {
        return prefix + "capacity-provider/" + name;
    }

    String autoScalingGroup(String uuid, String name) {
        return "arn:aws:autoscaling:" + region + ":" + accountId + ":autoScalingGroup:" + uuid
                + ":autoScalingGroupName/" + name;
    }

    /** The principal AWS names in {@code registeredBy}: the account root, as for console and CLI calls. */
    String rootUser() {
        return "arn:aws:iam::" + accountId + ":root";
    }

    /** The last segment of an ARN, or the argument itself when it is a plain name or id. */
    public static String lastSegment(String nameOrArn) {
        return nameOrArn.startsWith("arn:") ? nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
    }
}
