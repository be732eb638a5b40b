package dev.berth.ui.taskdefs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.EfsVolumeConfiguration;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.Volume;
import dev.berth.ui.common.Detail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The "Roles and volumes" lines of a revision: its two roles, its volumes and where each container mounts them. */
final class TaskDefinitionDetails {
    private TaskDefinitionDetails() {
    }

    static List<Detail> of(TaskDefinition definition) {
        List<Detail> details = new ArrayList<>();
        details.add(Detail.of("Execution role", orNone(definition.executionRoleArn())));
        details.add(Detail.of("Task role", orNone(definition.taskRoleArn())));
        details.add(Detail.of("Volumes", definition.volumes().isEmpty() ? "none"
                : definition.volumes().stream().map(TaskDefinitionDetails::volume).collect(Collectors.joining("\n"))));
        List<String> mounts = new ArrayList<>();
        for (ContainerDefinition container : definition.containerDefinitions()) {
            for (MountPoint mount : container.mountPoints()) {
                mounts.add(container.name() + ": " + mount.sourceVolume() + " at " + mount.containerPath()
                        + (Boolean.TRUE.equals(mount.readOnly()) ? " (read-only)" : ""));
            }
        }
        details.add(Detail.of("Mount points", mounts.isEmpty() ? "none" : String.join("\n", mounts)));
        return details;
    }

    static String volume(Volume volume) {
        EfsVolumeConfiguration efs = volume.efsVolumeConfiguration();
        if (efs != null) {
            StringBuilder text = new StringBuilder(volume.name()).append(": EFS ").append(efs.fileSystemId());
            text.append(", root ").append(efs.rootDirectory() == null ? "/" : efs.rootDirectory());
            text.append(", transit encryption ").append(efs.transitEncrypted() ? "ENABLED" : "DISABLED");
            if (efs.authorizationConfig() != null && efs.authorizationConfig().accessPointId() != null) {
                text.append(", access point ").append(efs.authorizationConfig().accessPointId());
            }
            if (efs.authorizationConfig() != null && efs.authorizationConfig().iamEnabled()) {
                text.append(", IAM authorization");
            }
            return text.toString();
        }
        if (volume.host() != null && volume.host().sourcePath() != null) {
            return volume.name() + ": bind mount of " + volume.host().sourcePath() + " on the instance";
        }
        return volume.name() + ": bind mount (Docker picks the host path; it goes with the task)";
    }

    private static String orNone(String role) {
        return role == null || role.isBlank() ? "none" : role;
    }
}
