package dev.berth.training;

import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;
import dev.berth.core.model.Page;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.Volume;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The objectives about Amazon EFS volumes, checked with EFS DescribeFileSystems and DescribeMountTargets and ECS's
 * task definitions and tasks. File systems are named by their Name tag ({@link FileSystemNames}).
 */
final class EfsObjectives {
    private static final String AVAILABLE = "available";

    private EfsObjectives() {
    }

    static ObjectiveCheck fileSystemAvailable(Objective.FileSystemAvailable o, EfsGateway efs) {
        Optional<FileSystemDescription> found = FileSystemNames.find(o.fileSystem(), efs);
        if (found.isEmpty()) {
            return ObjectiveCheck.notYet("No file system named " + o.fileSystem() + " yet.");
        }
        FileSystemDescription fileSystem = found.get();
        if (!AVAILABLE.equals(fileSystem.lifeCycleState())) {
            return ObjectiveCheck.notYet(fileSystem.fileSystemId() + " is " + fileSystem.lifeCycleState() + ".");
        }
        if (o.mountTargetZones() == null) {
            return ObjectiveCheck.met(fileSystem.fileSystemId() + " is available.");
        }
        List<MountTargetDescription> targets = Page.all(marker -> efs.describeMountTargets(
                fileSystem.fileSystemId(), null, marker, null));
        Set<String> zones = new TreeSet<>();
        targets.stream().filter(t -> AVAILABLE.equals(t.lifeCycleState()))
                .forEach(t -> zones.add(t.availabilityZoneName()));
        return new ObjectiveCheck(zones.size() >= o.mountTargetZones(), fileSystem.fileSystemId() + ": "
                + targets.size() + (targets.size() == 1 ? " mount target" : " mount targets") + ", available in "
                + (zones.isEmpty() ? "no zone yet" : String.join(", ", zones)) + ".");
    }

    static ObjectiveCheck taskDefinitionMountsEfs(Objective.TaskDefinitionMountsEfs o, Gateway gateway) {
        Optional<FileSystemDescription> fileSystem = FileSystemNames.find(o.fileSystem(), gateway.efs());
        if (fileSystem.isEmpty()) {
            return ObjectiveCheck.notYet("No file system named " + o.fileSystem() + " yet.");
        }
        List<TaskDefinition> revisions = ObjectiveChecker.activeRevisions(o.family(), gateway.ecs());
        for (TaskDefinition revision : revisions) {
            if (mounts(revision, fileSystem.get().fileSystemId(), o)) {
                return ObjectiveCheck.met(revision.familyRevision() + " mounts " + fileSystem.get().fileSystemId()
                        + ".");
            }
        }
        return ObjectiveCheck.notYet(revisions.isEmpty() ? "No active revision of " + o.family() + " yet."
                : "No active revision of " + o.family() + " mounts " + fileSystem.get().fileSystemId()
                + " as asked.");
    }

    static ObjectiveCheck tasksMountFileSystem(Objective.TasksMountFileSystem o, Service service, Gateway gateway) {
        Optional<FileSystemDescription> fileSystem = FileSystemNames.find(o.fileSystem(), gateway.efs());
        if (fileSystem.isEmpty()) {
            return ObjectiveCheck.notYet("No file system named " + o.fileSystem() + " yet.");
        }
        String group = "service:" + service.serviceName();
        List<Task> running = new EcsInventory(gateway.ecs()).tasks(o.cluster(), "RUNNING").stream()
                .filter(t -> group.equals(t.group()) && "RUNNING".equals(t.lastStatus())).toList();
        Map<String, TaskDefinition> definitions = new HashMap<>();
        Set<String> zones = new TreeSet<>();
        int mounting = 0;
        for (Task task : running) {
            TaskDefinition definition = definitions.computeIfAbsent(task.taskDefinitionArn(),
                    gateway.ecs()::describeTaskDefinition);
            if (hasVolumeOf(definition, fileSystem.get().fileSystemId())) {
                mounting++;
                zones.add(task.availabilityZone());
            }
        }
        boolean met = service.desiredCount() == o.runningCount() && mounting == o.runningCount()
                && zones.size() >= o.availabilityZones();
        return new ObjectiveCheck(met, mounting + " of " + service.desiredCount() + " desired tasks running with "
                + fileSystem.get().fileSystemId() + (zones.isEmpty() ? "." : ", in " + String.join(", ", zones)
                + "."));
    }

    private static boolean hasVolumeOf(TaskDefinition definition, String fileSystemId) {
        return definition.volumes().stream().anyMatch(v -> v.efsVolumeConfiguration() != null
                && fileSystemId.equals(v.efsVolumeConfiguration().fileSystemId()));
    }

    /** Whether the first container mounts a volume of the file system, where and as the objective asks. */
    private static boolean mounts(TaskDefinition revision, String fileSystemId, Objective.TaskDefinitionMountsEfs o) {
        if (revision.containerDefinitions().isEmpty()) {
            return false;
        }
        ContainerDefinition container = revision.containerDefinitions().get(0);
        for (Volume volume : revision.volumes()) {
            if (volume.efsVolumeConfiguration() == null
                    || !fileSystemId.equals(volume.efsVolumeConfiguration().fileSystemId())
                    || (o.transitEncryption() != null
                    && o.transitEncryption() != volume.efsVolumeConfiguration().transitEncrypted())) {
                continue;
            }
            boolean mounted = container.mountPoints().stream().anyMatch(m -> volume.name().equals(m.sourceVolume())
                    && (o.containerPath() == null || o.containerPath().equals(m.containerPath())));
            if (mounted) {
                return true;
            }
        }
        return false;
    }
}
