package dev.berth.core.model;

/**
 * A mount target: the file system's NFS endpoint in one subnet, and so in one Availability Zone. Tasks in a zone
 * mount through that zone's mount target; a zone without one cannot resolve the file system's DNS name.
 */
public record MountTargetDescription(String ownerId, String mountTargetId, String fileSystemId, String subnetId,
                                     String lifeCycleState, String ipAddress, String networkInterfaceId,
                                     String availabilityZoneId, String availabilityZoneName, String vpcId) {
}
