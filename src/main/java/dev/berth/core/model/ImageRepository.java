package dev.berth.core.model;

/**
 * The image an App Runner service runs: {@code imageIdentifier} is {@code <account>.dkr.ecr.<region>.amazonaws.com/
 * <repo>[:tag|@digest]} with type ECR, or {@code public.ecr.aws/...} with type ECR_PUBLIC.
 */
public record ImageRepository(
        String imageIdentifier,
        ImageConfiguration imageConfiguration,
        String imageRepositoryType) {

    public static final String ECR = "ECR";
    public static final String ECR_PUBLIC = "ECR_PUBLIC";
}
