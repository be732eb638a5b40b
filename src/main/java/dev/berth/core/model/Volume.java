package dev.berth.core.model;

/**
 * A data volume of a task definition, named for its containers' {@code mountPoints}. With neither {@code host} nor
 * {@code efsVolumeConfiguration} it is a bind mount whose host path Docker picks; with {@code host} a bind mount of
 * that path on the instance (not on Fargate); with {@code efsVolumeConfiguration} an Amazon EFS file system, shared
 * by every task that mounts it, in whatever Availability Zone.
 */
public record Volume(String name, HostVolumeProperties host, EfsVolumeConfiguration efsVolumeConfiguration) {

    public static Volume efs(String name, EfsVolumeConfiguration configuration) {
        return new Volume(name, null, configuration);
    }
}
