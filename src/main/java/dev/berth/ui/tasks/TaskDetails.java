package dev.berth.ui.tasks;

import dev.berth.core.model.Container;
import dev.berth.core.model.Task;
import dev.berth.ui.common.Detail;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.common.TimeText;

import java.util.ArrayList;
import java.util.List;

/** The lines of the tasks area's details pane: the task, then one line per container. */
final class TaskDetails {

    private TaskDetails() {
    }

    static List<Detail> of(Task task) {
        List<Detail> details = new ArrayList<>(List.of(
                Detail.of("Task ARN", task.taskArn()),
                Detail.of("Task definition", ResourceNames.familyRevision(task.taskDefinitionArn())),
                Detail.of("Last / desired status", task.lastStatus() + " / " + task.desiredStatus()),
                Detail.of("Health", task.healthStatus()),
                Detail.of("Launch type", task.launchType() != null ? task.launchType() : task.capacityProviderName()),
                Detail.of("CPU / memory", task.cpu() + " / " + task.memory()),
                Detail.of("Group / started by", task.group() + " / " + task.startedBy()),
                Detail.of("Availability zone", task.availabilityZone()),
                Detail.of("Private IP", task.privateIpv4Address()),
                Detail.of("Container instance", task.containerInstanceArn()),
                Detail.of("Created", TimeText.dateTime(task.createdAt())),
                Detail.of("Started", TimeText.dateTime(task.startedAt())),
                Detail.of("Stopping", TimeText.dateTime(task.stoppingAt())),
                Detail.of("Stopped", TimeText.dateTime(task.stoppedAt())),
                Detail.of("Stop code", task.stopCode()),
                Detail.of("Stopped reason", task.stoppedReason())));
        for (Container container : task.containers()) {
            details.add(Detail.of("Container " + container.name(), containerText(container)));
        }
        return details;
    }

    private static String containerText(Container container) {
        StringBuilder text = new StringBuilder(container.lastStatus() + ", " + container.image());
        if (container.healthStatus() != null) {
            text.append(", health ").append(container.healthStatus());
        }
        if (container.exitCode() != null) {
            text.append(", exit code ").append(container.exitCode());
        }
        if (container.reason() != null) {
            text.append(", ").append(container.reason());
        }
        return text.toString();
    }
}
