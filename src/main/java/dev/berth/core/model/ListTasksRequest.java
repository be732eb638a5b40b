package dev.berth.core.model;

/** ListTasks filters; {@code desiredStatus} null means RUNNING, as on AWS. */
public record ListTasksRequest(
        String cluster,
        String serviceName,
        String family,
        String containerInstance,
        String startedBy,
        String desiredStatus,
        String nextToken,
        Integer maxResults) {

    public static ListTasksRequest of(String cluster, String desiredStatus) {
        return new ListTasksRequest(cluster, null, null, null, null, desiredStatus, null, null);
    }

    public ListTasksRequest withNextToken(String token) {
        return new ListTasksRequest(cluster, serviceName, family, containerInstance, startedBy, desiredStatus, token,
                maxResults);
    }
}
