package dev.berth.core.model;

import java.util.List;

/**
 * CreateRepository's input. Null {@code imageTagMutability}, {@code imageScanningConfiguration} and
 * {@code encryptionConfiguration} take AWS's defaults: MUTABLE, no scan on push, AES256.
 */
public record CreateRepositoryRequest(
        String repositoryName,
        String imageTagMutability,
        ImageScanningConfiguration imageScanningConfiguration,
        EncryptionConfiguration encryptionConfiguration,
        List<Tag> tags) {
    public CreateRepositoryRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A repository with every setting at AWS's default. */
    public static CreateRepositoryRequest named(String repositoryName) {
        return new CreateRepositoryRequest(repositoryName, null, null, null, List.of());
    }
}
