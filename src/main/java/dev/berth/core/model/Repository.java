package dev.berth.core.model;

import java.time.Instant;

/**
 * An ECR private repository as DescribeRepositories returns it. {@code imageTagMutability} MUTABLE or IMMUTABLE;
 * {@code repositoryUri} is {@code <account>.dkr.ecr.<region>.amazonaws.com/<name>}.
 */
public record Repository(
        String repositoryArn,
        String registryId,
        String repositoryName,
        String repositoryUri,
        Instant createdAt,
        String imageTagMutability,
        ImageScanningConfiguration imageScanningConfiguration,
        EncryptionConfiguration encryptionConfiguration) {
}
