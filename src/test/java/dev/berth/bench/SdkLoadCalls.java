package dev.berth.bench;

import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;

import java.util.List;

/** The load calls through an AWS SDK for Java v2 {@link EcsClient}, as an application would make them. */
final class SdkLoadCalls implements LoadCalls {
    /** The lab's subnets, for every Fargate task the bench starts. */
    static final NetworkConfiguration NETWORK = NetworkConfiguration.builder()
            .awsvpcConfiguration(a -> a.subnets(LightLoadCalls.SUBNETS)).build();
    private final EcsClient ecs;

    SdkLoadCalls(EcsClient ecs) {
        this.ecs = ecs;
    }

    @Override
    public void listServices(String cluster) {
        ecs.listServices(r -> r.cluster(cluster));
    }

    @Override
    public void describeServices(String cluster, List<String> services) {
        ecs.describeServices(r -> r.cluster(cluster).services(services));
    }

    @Override
    public List<String> listTasks(String cluster, String startedBy) {
        return ecs.listTasks(r -> r.cluster(cluster).startedBy(startedBy)).taskArns();
    }

    @Override
    public void describeTasks(String cluster, List<String> tasks) {
        ecs.describeTasks(r -> r.cluster(cluster).tasks(tasks));
    }

    @Override
    public void describeClusters(String cluster) {
        ecs.describeClusters(r -> r.clusters(cluster));
    }

    @Override
    public int desiredCount(String cluster, String service) {
        return ecs.describeServices(r -> r.cluster(cluster).services(service)).services().get(0).desiredCount();
    }

    @Override
    public void updateService(String cluster, String service, int desiredCount) {
        ecs.updateService(r -> r.cluster(cluster).service(service).desiredCount(desiredCount));
    }

    @Override
    public String runTask(String cluster, String taskDefinition, String startedBy) {
        RunTaskResponse answer = ecs.runTask(r -> r.cluster(cluster).taskDefinition(taskDefinition)
                .launchType(LaunchType.FARGATE).networkConfiguration(NETWORK).startedBy(startedBy));
        if (answer.tasks().isEmpty()) {
            throw new IllegalStateException("RunTask: no task started: " + answer.failures());
        }
        return answer.tasks().get(0).taskArn();
    }

    @Override
    public void stopTask(String cluster, String task, String reason) {
        ecs.stopTask(r -> r.cluster(cluster).task(task).reason(reason));
    }

    @Override
    public void close() {
        ecs.close();
    }
}
