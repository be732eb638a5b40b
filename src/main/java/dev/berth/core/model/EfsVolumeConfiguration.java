package dev.berth.core.model;

/**
 * ECS's {@code EFSVolumeConfiguration}. {@code transitEncryption} ENABLED or DISABLED (AWS's default); an access
 * point or IAM authorization needs it ENABLED, and with an access point the root directory must be "/" or omitted.
 */
public record EfsVolumeConfiguration(String fileSystemId, String rootDirectory, String transitEncryption,
                                     Integer transitEncryptionPort, EfsAuthorizationConfig authorizationConfig) {

    public static EfsVolumeConfiguration of(String fileSystemId) {
        return new EfsVolumeConfiguration(fileSystemId, null, null, null, null);
    }

    public boolean transitEncrypted() {
        return "ENABLED".equals(transitEncryption);
    }
}
