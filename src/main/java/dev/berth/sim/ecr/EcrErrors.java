package dev.berth.sim.ecr;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.ImageIdentifier;

/** ECR's refusals with AWS's codes and texts (AWS-BEHAVIOUR.md §3, "Messages"). */
final class EcrErrors {
    private EcrErrors() {
    }

    static GatewayException invalidParameter(String message) {
        return GatewayException.client("InvalidParameterException", message);
    }

    /** A member that breaks the model's constraint, in the words ECR uses for it. */
    static GatewayException constraint(String member, String constraint) {
        return invalidParameter("Invalid parameter at '" + member + "' failed to satisfy constraint: '"
                + constraint + "'");
    }

    static GatewayException repositoryNotFound(String name, String registryId) {
        return GatewayException.client("RepositoryNotFoundException", "The repository with name '" + name
                + "' does not exist in the registry with id '" + registryId + "'");
    }

    static GatewayException repositoryAlreadyExists(String name, String registryId) {
        return GatewayException.client("RepositoryAlreadyExistsException", "The repository with name '" + name
                + "' already exists in the registry with id '" + registryId + "'");
    }

    static GatewayException repositoryNotEmpty(String name, String registryId) {
        return GatewayException.client("RepositoryNotEmptyException", "The repository with name '" + name
                + "' in registry with id '" + registryId + "' cannot be deleted because it still contains images");
    }

    static GatewayException imageNotFound(ImageIdentifier imageId, String name, String registryId) {
        return GatewayException.client("ImageNotFoundException", "The image with imageId " + imageId
                + " does not exist within the repository with name '" + name + "' in the registry with id '"
                + registryId + "'");
    }

    static GatewayException imageTagAlreadyExists(String tag, String name) {
        return GatewayException.client("ImageTagAlreadyExistsException", "The image tag '" + tag
                + "' already exists in the '" + name + "' repository and cannot be overwritten because the "
                + "repository is immutable.");
    }

    static GatewayException imageAlreadyExists(String digest, String tag, String name, String registryId) {
        String which = tag == null ? "Image with digest '" + digest + "'"
                : "Image with digest '" + digest + "' and tag '" + tag + "'";
        return GatewayException.client("ImageAlreadyExistsException", which + " already exists in the repository "
                + "with name '" + name + "' in registry with id '" + registryId + "'");
    }

    static GatewayException imageDigestDoesNotMatch(String given, String computed) {
        return GatewayException.client("ImageDigestDoesNotMatchException", "The digest '" + given
                + "' does not match the digest '" + computed + "' calculated from the image manifest.");
    }

    static GatewayException lifecyclePolicyNotFound(String name, String registryId) {
        return GatewayException.client("LifecyclePolicyNotFoundException", "Lifecycle policy does not exist for the "
                + "repository with name '" + name + "' in the registry with id '" + registryId + "'");
    }

    static GatewayException lifecyclePolicyPreviewNotFound(String name, String registryId) {
        return GatewayException.client("LifecyclePolicyPreviewNotFoundException", "Lifecycle policy preview does "
                + "not exist for the repository with name '" + name + "' in the registry with id '" + registryId
                + "'");
    }

    static GatewayException lifecyclePolicyPreviewInProgress(String name, String registryId) {
        return GatewayException.client("LifecyclePolicyPreviewInProgressException", "Lifecycle policy preview is "
                + "already in progress for the repository with name '" + name + "' in the registry with id '"
                + registryId + "'");
    }

    static GatewayException scanNotFound(ImageIdentifier imageId, String name, String registryId) {
        return GatewayException.client("ScanNotFoundException", "Image scan does not exist for the image with '"
                + imageId + "' in the repository with name '" + name + "' in the registry with id '" + registryId
                + "'");
    }

    static GatewayException scanQuotaExceeded() {
        return GatewayException.client("LimitExceededException",
                "The scan quota per image has been exceeded. Wait and try again.");
    }
}
