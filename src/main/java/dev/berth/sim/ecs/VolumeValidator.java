package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.EcsNames;
import dev.berth.core.model.EfsAuthorizationConfig;
import dev.berth.core.model.EfsVolumeConfiguration;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.Volume;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * RegisterTaskDefinition's checks of {@code volumes} and the containers' {@code mountPoints}. Texts marked [obs] are
 * AWS's as observed; the others follow the rule the ECS API reference states for {@code EFSVolumeConfiguration}.
 */
final class VolumeValidator {
    private static final Set<String> ENABLED_OR_DISABLED = Set.of("ENABLED", "DISABLED");

    private VolumeValidator() {
    }

    static void check(List<Volume> volumes, List<ContainerDefinition> containers, boolean fargate) {
        Set<String> names = new HashSet<>();
        for (Volume volume : volumes) {
            if (volume.name() == null || !EcsNames.isValid(volume.name())) {
                throw EcsErrors.client("Volume name must be 1 to 255 letters (uppercase and lowercase), numbers, "
                        + "hyphens, and underscores.");
            }
            if (!names.add(volume.name())) {
                throw EcsErrors.client("Duplicate volume name '" + volume.name() + "'.");
            }
            boolean sourcePath = volume.host() != null && volume.host().sourcePath() != null
                    && !volume.host().sourcePath().isEmpty();
            if (fargate && sourcePath) {
                throw EcsErrors.client("Fargate compatible task definitions do not support sourcePath");
            }
            if (volume.efsVolumeConfiguration() != null) {
                if (volume.host() != null) {
                    throw EcsErrors.client("Volume '" + volume.name() + "' can have only one of host and "
                            + "efsVolumeConfiguration.");
                }
                checkEfs(volume.efsVolumeConfiguration());
            }
        }
        for (ContainerDefinition container : containers) {
            for (MountPoint mount : container.mountPoints()) {
                if (mount.sourceVolume() == null || !names.contains(mount.sourceVolume())) {
                    throw EcsErrors.client("Unknown volume '" + mount.sourceVolume() + "'.");
                }
                if (mount.containerPath() == null || mount.containerPath().isEmpty()) {
                    throw EcsErrors.client("Invalid 'mountPoints' setting for container '" + container.name()
                            + "'. containerPath should not be null or empty.");
                }
            }
        }
    }

    private static void checkEfs(EfsVolumeConfiguration efs) {
        if (efs.fileSystemId() == null || efs.fileSystemId().isEmpty()) {
            throw EcsErrors.client("EFSVolumeConfiguration.fileSystemId should not be null or empty.");
        }
        if (efs.transitEncryption() != null && !ENABLED_OR_DISABLED.contains(efs.transitEncryption())) {
            throw EcsErrors.client("Invalid transitEncryption value: " + efs.transitEncryption()
                    + ". Valid values are ENABLED and DISABLED.");
        }
        Integer port = efs.transitEncryptionPort();
        if (port != null && (port < 1 || port > 65535)) {
            throw EcsErrors.client("transitEncryptionPort must be between 1 and 65535.");
        }
        if (port != null && !efs.transitEncrypted()) {
            throw EcsErrors.client("transitEncryptionPort can only be set when transitEncryption is ENABLED.");
        }
        EfsAuthorizationConfig authorization = efs.authorizationConfig();
        if (authorization == null) {
            return;
        }
        if (authorization.iam() != null && !ENABLED_OR_DISABLED.contains(authorization.iam())) {
            throw EcsErrors.client("Invalid iam value: " + authorization.iam() + ". Valid values are ENABLED and "
                    + "DISABLED.");
        }
        if (authorization.iamEnabled() && !efs.transitEncrypted()) {
            throw EcsErrors.client("Transit encryption must be enabled when using Amazon EFS IAM authorization.");
        }
        String accessPoint = authorization.accessPointId();
        if (accessPoint != null && !accessPoint.isEmpty()) {
            if (!efs.transitEncrypted()) {
                throw EcsErrors.client("Transit encryption must be enabled when using an EFS access point.");
            }
            if (efs.rootDirectory() != null && !efs.rootDirectory().isEmpty() && !"/".equals(efs.rootDirectory())) {
                // [obs] aws-cdk #10683
                throw EcsErrors.client("When using an EFS access point, the root directory must either be set to "
                        + "\"/\" or be omitted");
            }
        }
    }
}
