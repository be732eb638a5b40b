package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.EncryptionConfiguration;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.LifecyclePolicyPreview;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;
import dev.berth.core.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.wire.WireInput.integer;
import static dev.berth.sim.wire.WireInput.page;
import static dev.berth.sim.wire.WireInput.required;
import static dev.berth.sim.wire.WireInput.strings;
import static dev.berth.sim.wire.WireInput.text;

/**
 * Amazon ECR over awsJson1_1: AWS's operation names, input members and output wrappers, onto {@link EcrGateway}.
 * {@code registryId} is accepted and ignored: the simulator has one registry, the account's own.
 */
final class EcrJsonApi implements JsonApi {
    private static final String TARGET_PREFIX = "AmazonEC2ContainerRegistry_V20150921";
    private final ObjectMapper mapper;
    private final Operations operations = new Operations(TARGET_PREFIX);

    EcrJsonApi(EcrGateway ecr, ObjectMapper mapper) {
        this.mapper = mapper;
        operations.put("CreateRepository", in -> Map.of("repository", ecr.createRepository(createRequest(in))));
        operations.put("DeleteRepository", in -> Map.of("repository", ecr.deleteRepository(
                required(in, "repositoryName"), in.path("force").asBoolean(false))));
        operations.put("DescribeRepositories", in -> page("repositories", ecr.describeRepositories(
                strings(in, "repositoryNames"), text(in, "nextToken"), integer(in, "maxResults"))));
        operations.put("PutImage", in -> Map.of("image", ecr.putImage(new PutImageRequest(
                required(in, "repositoryName"), required(in, "imageManifest"), text(in, "imageManifestMediaType"),
                text(in, "imageTag"), text(in, "imageDigest")))));
        operations.put("BatchGetImage", in -> ecr.batchGetImage(required(in, "repositoryName"), imageIds(in)));
        operations.put("BatchDeleteImage", in -> ecr.batchDeleteImage(required(in, "repositoryName"),
                imageIds(in)));
        operations.put("DescribeImages", in -> page("imageDetails", ecr.describeImages(
                required(in, "repositoryName"), imageIds(in), tagStatus(in), text(in, "nextToken"),
                integer(in, "maxResults"))));
        operations.put("ListImages", in -> page("imageIds", ecr.listImages(required(in, "repositoryName"),
                tagStatus(in), text(in, "nextToken"), integer(in, "maxResults"))));
        operations.put("PutImageTagMutability", in -> {
            Repository repository = ecr.putImageTagMutability(required(in, "repositoryName"),
                    required(in, "imageTagMutability"));
            return Map.of("registryId", repository.registryId(), "repositoryName", repository.repositoryName(),
                    "imageTagMutability", repository.imageTagMutability());
        });
        operations.put("PutImageScanningConfiguration", in -> {
            Repository repository = ecr.putImageScanningConfiguration(required(in, "repositoryName"),
                    in.path("imageScanningConfiguration").path("scanOnPush").asBoolean(false));
            return Map.of("registryId", repository.registryId(), "repositoryName", repository.repositoryName(),
                    "imageScanningConfiguration", repository.imageScanningConfiguration());
        });
        operations.put("StartImageScan", in -> ecr.startImageScan(required(in, "repositoryName"), imageId(in)));
        operations.put("DescribeImageScanFindings", in -> ecr.describeImageScanFindings(
                required(in, "repositoryName"), imageId(in), text(in, "nextToken"), integer(in, "maxResults")));
        operations.put("PutLifecyclePolicy", in -> ecr.putLifecyclePolicy(required(in, "repositoryName"),
                required(in, "lifecyclePolicyText")));
        operations.put("GetLifecyclePolicy", in -> ecr.getLifecyclePolicy(required(in, "repositoryName")));
        operations.put("DeleteLifecyclePolicy", in -> ecr.deleteLifecyclePolicy(required(in, "repositoryName")));
        operations.put("StartLifecyclePolicyPreview", in -> {
            LifecyclePolicyPreview started = ecr.startLifecyclePolicyPreview(required(in, "repositoryName"),
                    text(in, "lifecyclePolicyText"));
            return Map.of("registryId", started.registryId(), "repositoryName", started.repositoryName(),
                    "lifecyclePolicyText", started.lifecyclePolicyText(), "status", started.status());
        });
        operations.put("GetLifecyclePolicyPreview", in -> ecr.getLifecyclePolicyPreview(
                required(in, "repositoryName"), text(in, "nextToken"), integer(in, "maxResults")));
        operations.put("GetAuthorizationToken", in -> Map.of("authorizationData",
                List.of(ecr.getAuthorizationToken())));
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public Object call(String operation, JsonNode input) {
        return operations.call(operation, input);
    }

    private CreateRepositoryRequest createRequest(JsonNode in) {
        JsonNode scanning = in.get("imageScanningConfiguration");
        JsonNode encryption = in.get("encryptionConfiguration");
        List<Tag> tags = new ArrayList<>();
        in.path("tags").forEach(tag -> tags.add(new Tag(tag.path("Key").asText(), tag.path("Value").asText())));
        return new CreateRepositoryRequest(required(in, "repositoryName"), text(in, "imageTagMutability"),
                scanning == null ? null : new ImageScanningConfiguration(scanning.path("scanOnPush").asBoolean()),
                encryption == null ? null : WireInput.read(mapper, encryption, EncryptionConfiguration.class),
                tags);
    }

    private List<ImageIdentifier> imageIds(JsonNode in) {
        List<ImageIdentifier> ids = new ArrayList<>();
        in.path("imageIds").forEach(id -> ids.add(WireInput.read(mapper, id, ImageIdentifier.class)));
        return ids;
    }

    private ImageIdentifier imageId(JsonNode in) {
        JsonNode id = in.get("imageId");
        return id == null ? new ImageIdentifier(null, null) : WireInput.read(mapper, id, ImageIdentifier.class);
    }

    private static String tagStatus(JsonNode in) {
        JsonNode status = in.path("filter").path("tagStatus");
        return status.isTextual() ? status.asText() : null;
    }
}
