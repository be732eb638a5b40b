package dev.berth.ui.testing;

import dev.berth.core.model.Attachment;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.Task;

import java.time.Instant;
import java.util.List;

/** Builds {@link Task} records for tests: a running Fargate task by default, changed one member at a time. */
public final class TaskBuilder {
    private String taskArn;
    private String clusterArn;
    private String taskDefinitionArn = "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1";
    private String lastStatus = "RUNNING";
    private String desiredStatus = "RUNNING";
    private String launchType = "FARGATE";
    private String group = "service:web";
    private Instant startedAt = Instant.parse("2026-01-01T00:01:00Z");
    private Instant stoppedAt;
    private String stoppedReason;
    private String ip = "10.0.0.1";
    private long version = 1;

    public static TaskBuilder running(String cluster, String taskId) {
        TaskBuilder builder = new TaskBuilder();
        builder.clusterArn = FakeEcs.clusterArn(cluster);
        builder.taskArn = "arn:aws:ecs:us-east-1:123456789012:task/" + cluster + "/" + taskId;
        return builder;
    }

    public static TaskBuilder from(Task task) {
        TaskBuilder builder = new TaskBuilder();
        builder.taskArn = task.taskArn();
        builder.clusterArn = task.clusterArn();
        builder.taskDefinitionArn = task.taskDefinitionArn();
        builder.lastStatus = task.lastStatus();
        builder.desiredStatus = task.desiredStatus();
        builder.launchType = task.launchType();
        builder.group = task.group();
        builder.startedAt = task.startedAt();
        builder.stoppedAt = task.stoppedAt();
        builder.stoppedReason = task.stoppedReason();
        builder.ip = task.privateIpv4Address();
        builder.version = task.version();
        return builder;
    }

    public TaskBuilder lastStatus(String value) {
        lastStatus = value;
        return this;
    }

    public TaskBuilder desiredStatus(String value) {
        desiredStatus = value;
        return this;
    }

    public TaskBuilder stoppedReason(String value) {
        stoppedReason = value;
        return this;
    }

    public TaskBuilder stoppedAt(Instant value) {
        stoppedAt = value;
        return this;
    }

    public TaskBuilder taskDefinitionArn(String value) {
        taskDefinitionArn = value;
        return this;
    }

    public Task build() {
        List<Attachment> attachments = ip == null ? List.of() : List.of(new Attachment("eni-attach-1",
                "ElasticNetworkInterface", "ATTACHED", List.of(new KeyValuePair("privateIPv4Address", ip))));
        return new Task(taskArn, clusterArn, taskDefinitionArn, null, lastStatus, desiredStatus, launchType,
                null, "256", "512", group, "ecs-svc/1000000000000000001", "us-east-1a", "UNKNOWN",
                startedAt, startedAt, startedAt, startedAt, null, stoppedAt, null, stoppedReason, List.of(),
                attachments, version + 1);
    }
}
