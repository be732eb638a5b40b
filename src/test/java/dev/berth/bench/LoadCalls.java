package dev.berth.bench;

import java.util.List;

/** The ECS calls a load bench client makes, each one HTTP exchange; a failure throws. */
interface LoadCalls extends AutoCloseable {
    void listServices(String cluster);

    void describeServices(String cluster, List<String> services);

    /** The cluster's task ARNs, or only those started by {@code startedBy} when it is not null. */
    List<String> listTasks(String cluster, String startedBy);

    void describeTasks(String cluster, List<String> tasks);

    void describeClusters(String cluster);

    /** The service's desired count as DescribeServices reports it. */
    int desiredCount(String cluster, String service);

    void updateService(String cluster, String service, int desiredCount);

    /** Runs one Fargate task in the bench's subnet and returns its ARN. */
    String runTask(String cluster, String taskDefinition, String startedBy);

    void stopTask(String cluster, String task, String reason);

    @Override
    void close();
}
