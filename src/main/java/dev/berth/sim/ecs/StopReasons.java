package dev.berth.sim.ecs;

/**
 * The stoppedReason texts of tasks that did not stop because someone asked, in AWS's words (AWS-BEHAVIOUR.md §2.4
 * and the observations cited at each).
 */
final class StopReasons {
    static final String ESSENTIAL_CONTAINER_EXITED = "Essential container in task exited";
    static final String CONTAINER_HEALTH_CHECKS_FAILED = "Task failed container health checks";
    /** stopCode SpotInterruption (AWS-BEHAVIOUR.md §2.4). */
    static final String SPOT_INTERRUPTED = "Your Spot Task was interrupted.";
    /** Fargate's RunTask failure reason and "unable to place" event reason when it has no capacity [obs]. */
    static final String FARGATE_CAPACITY_UNAVAILABLE =
            "Capacity is unavailable at this time. Please try again later or in a different availability zone";

    private StopReasons() {
    }

    /** The agent retries the manifest seven times before giving up [obs]. */
    static String imageNotFound(String image) {
        return "CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref "
                + reference(image) + ": not found";
    }

    /**
     * The execution role may not call ecr:GetAuthorizationToken, so the task cannot authenticate to its registry.
     * Observed on Fargate 1.4 (yayfalafels/mcfpipe, 2025): the role's session is named after the task.
     */
    static String registryAuthDenied(String accountId, String executionRoleArn, String taskId, String requestId) {
        String role = executionRoleArn == null ? "ecsTaskExecutionRole" : ArnFactory.lastSegment(executionRoleArn);
        return "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval "
                + "failed: unable to retrieve ecr registry auth: service call has been retried 1 time(s): operation "
                + "error ECR: GetAuthorizationToken, https response error StatusCode: 400, RequestID: " + requestId
                + ", api error AccessDeniedException: User: arn:aws:sts::" + accountId + ":assumed-role/" + role + "/"
                + taskId + " is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no "
                + "identity-based policy allows the ecr:GetAuthorizationToken action";
    }

    /** A terminated host takes its tasks with it; AWS reports stopCode TerminationNotice [obs]. */
    static String hostTerminated(String ec2InstanceId) {
        return "Host EC2 (instance " + ec2InstanceId + ") terminated.";
    }

    /**
     * The reference containerd resolves: Docker Hub images get their registry and {@code library/} namespace, and
     * an image without tag or digest gets {@code :latest}, as in AWS's messages about public images.
     */
    static String reference(String image) {
        int slash = image.indexOf('/');
        String first = slash < 0 ? "" : image.substring(0, slash);
        boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
        String named = hasRegistry ? image : "docker.io/" + (slash < 0 ? "library/" : "") + image;
        String lastPart = named.substring(named.lastIndexOf('/') + 1);
        boolean tagged = lastPart.contains(":") || named.contains("@");
        return tagged ? named : named + ":latest";
    }
}
