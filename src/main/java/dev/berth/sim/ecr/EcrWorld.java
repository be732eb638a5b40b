package dev.berth.sim.ecr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.ecr.InvalidLifecyclePolicyException;
import dev.berth.core.ecr.LifecyclePolicyRules;
import dev.berth.core.ecr.RepositoryNames;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AuthorizationData;
import dev.berth.core.model.BatchDeleteImageResult;
import dev.berth.core.model.BatchGetImageResult;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.DescribeImageScanFindingsResult;
import dev.berth.core.model.EncryptionConfiguration;
import dev.berth.core.model.Image;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageFailure;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.ImageScanFinding;
import dev.berth.core.model.ImageScanFindings;
import dev.berth.core.model.LifecyclePolicy;
import dev.berth.core.model.LifecyclePolicyPreview;
import dev.berth.core.model.LifecyclePolicyPreviewResult;
import dev.berth.core.model.LifecyclePolicyPreviewSummary;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;
import dev.berth.core.model.StartImageScanResult;
import dev.berth.sim.SimContext;
import dev.berth.sim.ecs.ImageRegistry;
import dev.berth.sim.ecs.Pager;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.TreeMap;

/**
 * The simulated ECR of one world: the account's private registry in the world's region. Mutating operations are
 * reached through {@link EcrCommand}s so they are journaled; reads may be called directly. Timed behaviour runs on the
 * world's timeline: scans finish 20–60 s after they start, a preview 5 s after it starts, and lifecycle policies are
 * applied by a pass every hour of virtual time from the world's start (AWS promises "within 24 hours").
 */
public final class EcrWorld {
    /** How often lifecycle policies are applied; passes fall on whole multiples of it since the world's start. */
    public static final Duration LIFECYCLE_PASS = Duration.ofHours(1);
    /** How long a lifecycle policy preview stays IN_PROGRESS. */
    public static final Duration PREVIEW_TIME = Duration.ofSeconds(5);
    static final Duration SCAN_MIN = Duration.ofSeconds(20);
    static final Duration SCAN_MAX = Duration.ofSeconds(60);
    /** Basic scanning scans an image at most once a day. */
    static final Duration SCAN_QUOTA = Duration.ofHours(24);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final Set<String> MUTABILITIES = Set.of("MUTABLE", "IMMUTABLE");
    private static final Set<String> ENCRYPTION_TYPES = Set.of("AES256", "KMS", "KMS_DSSE");
    private static final int MAX_TAGS = 50;
    private static final int PAGE_DEFAULT = 100;
    private static final int PAGE_MAX = 1000;
    private static final int PREVIEW_PAGE_MAX = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimContext context;
    private final String registryId;
    private final String region;
    private final TreeMap<String, RepositoryState> repositories = new TreeMap<>();

    public EcrWorld(SimContext context) {
        this.context = context;
        this.registryId = context.settings().accountId();
        this.region = context.settings().region();
        scheduleLifecyclePass(context.settings().start().toEpochMilli() + LIFECYCLE_PASS.toMillis());
    }

    /** {@code <account>.dkr.ecr.<region>.amazonaws.com}, the registry's host. */
    public String registryHost() {
        return registryId + ".dkr.ecr." + region + ".amazonaws.com";
    }

    /** The registry ECS tasks pull from: this one for its own images, {@code elsewhere} for every other image. */
    public ImageRegistry images(ImageRegistry elsewhere) {
        return new EcrImageRegistry(this, elsewhere);
    }

    public Repository createRepository(CreateRepositoryRequest request) {
        String name = request.repositoryName();
        checkName(name);
        String mutability = request.imageTagMutability() == null ? "MUTABLE" : request.imageTagMutability();
        checkMutability(mutability);
        EncryptionConfiguration encryption = request.encryptionConfiguration() == null
                ? EncryptionConfiguration.AES256 : request.encryptionConfiguration();
        if (!ENCRYPTION_TYPES.contains(encryption.encryptionType())) {
            throw EcrErrors.constraint("encryptionConfiguration.encryptionType",
                    "Member must satisfy enum value set: [AES256, KMS, KMS_DSSE]");
        }
        if (encryption.kmsKey() != null && encryption.encryptionType().equals("AES256")) {
            throw EcrErrors.invalidParameter("A KMS key can only be specified with the KMS or KMS_DSSE "
                    + "encryption type.");
        }
        if (request.tags().size() > MAX_TAGS) {
            throw GatewayException.client("TooManyTagsException",
                    "A repository can have at most " + MAX_TAGS + " tags.");
        }
        if (repositories.containsKey(name)) {
            throw EcrErrors.repositoryAlreadyExists(name, registryId);
        }
        boolean scanOnPush = request.imageScanningConfiguration() != null
                && request.imageScanningConfiguration().scanOnPush();
        RepositoryState repository = new RepositoryState(name,
                "arn:aws:ecr:" + region + ":" + registryId + ":repository/" + name, registryHost() + "/" + name,
                registryId, context.now(), encryption, request.tags(), mutability, scanOnPush);
        repositories.put(name, repository);
        return repository.describe();
    }

    public Repository deleteRepository(String name, boolean force) {
        RepositoryState repository = repository(name);
        if (!repository.images.isEmpty() && !force) {
            throw EcrErrors.repositoryNotEmpty(name, registryId);
        }
        List.copyOf(repository.images.values()).forEach(repository::remove);
        repositories.remove(name);
        return repository.describe();
    }

    public Page<Repository> describeRepositories(List<String> names, String nextToken, Integer maxResults) {
        if (names != null && !names.isEmpty()) {
            if (names.size() > EcrGateway.REPOSITORY_NAMES_LIMIT) {
                throw EcrErrors.constraint("repositoryNames", "Member must have length less than or equal to "
                        + EcrGateway.REPOSITORY_NAMES_LIMIT);
            }
            return new Page<>(names.stream().map(n -> repository(n).describe()).toList(), null);
        }
        int size = Pager.pageSize(maxResults, PAGE_DEFAULT, PAGE_MAX);
        return Pager.page(repositories.values().stream().map(RepositoryState::describe).toList(), nextToken, size);
    }

    public Image putImage(PutImageRequest request) {
        RepositoryState repository = repository(request.repositoryName());
        String manifest = request.imageManifest();
        if (manifest == null || manifest.isEmpty()) {
            throw EcrErrors.constraint("imageManifest", "Member must have length greater than or equal to 1");
        }
        JsonNode parsed = parseManifest(manifest);
        String digest = ImageManifest.digestOf(manifest);
        if (request.imageDigest() != null && !request.imageDigest().equals(digest)) {
            throw EcrErrors.imageDigestDoesNotMatch(request.imageDigest(), digest);
        }
        String tag = request.imageTag();
        if (tag != null && (tag.isEmpty() || tag.length() > 300)) {
            throw EcrErrors.constraint("imageTag", "Member must have length between 1 and 300");
        }
        ImageState existing = repository.images.get(digest);
        if (existing != null && (tag == null || existing.tags.contains(tag))) {
            throw EcrErrors.imageAlreadyExists(digest, tag, repository.name, registryId);
        }
        Optional<ImageState> holder = tag == null ? Optional.empty() : repository.byTag(tag);
        if (holder.isPresent() && repository.imageTagMutability.equals("IMMUTABLE")) {
            throw EcrErrors.imageTagAlreadyExists(tag, repository.name);
        }
        holder.ifPresent(previous -> previous.tags.remove(tag));
        ImageState image = existing;
        if (image == null) {
            String mediaType = request.imageManifestMediaType() != null ? request.imageManifestMediaType()
                    : parsed.path("mediaType").asText(ImageManifest.DOCKER_V2);
            image = new ImageState(digest, manifest, mediaType, sizeOf(parsed), context.now());
            repository.images.put(digest, image);
            if (repository.scanOnPush) {
                startScan(image);
            }
        }
        if (tag != null) {
            image.tags.add(tag);
        }
        return new Image(registryId, repository.name, new ImageIdentifier(digest, tag), manifest, image.mediaType);
    }

    public BatchGetImageResult batchGetImage(String name, List<ImageIdentifier> imageIds) {
        RepositoryState repository = repository(name);
        List<Image> images = new ArrayList<>();
        List<ImageFailure> failures = eachFound(repository, imageIds, (id, image) -> images.add(new Image(
                registryId, repository.name, new ImageIdentifier(image.digest, id.imageTag()), image.manifest,
                image.mediaType)));
        return new BatchGetImageResult(images, failures);
    }

    public BatchDeleteImageResult batchDeleteImage(String name, List<ImageIdentifier> imageIds) {
        RepositoryState repository = repository(name);
        List<ImageIdentifier> deleted = new ArrayList<>();
        List<ImageFailure> failures = eachFound(repository, imageIds, (id, image) -> {
            if (id.imageTag() != null) {
                image.tags.remove(id.imageTag());
                deleted.add(new ImageIdentifier(image.digest, id.imageTag()));
                if (image.tags.isEmpty()) {
                    repository.remove(image);
                }
            } else {
                deleted.addAll(identifiers(image));
                repository.remove(image);
            }
        });
        return new BatchDeleteImageResult(deleted, failures);
    }

    public Page<ImageDetail> describeImages(String name, List<ImageIdentifier> imageIds, String tagStatus,
                                            String nextToken, Integer maxResults) {
        RepositoryState repository = repository(name);
        if (imageIds != null && !imageIds.isEmpty()) {
            checkImageIds(imageIds);
            return new Page<>(imageIds.stream().map(id -> repository.find(id)
                    .orElseThrow(() -> EcrErrors.imageNotFound(id, name, registryId))
                    .detail(registryId, name)).distinct().toList(), null);
        }
        int size = Pager.pageSize(maxResults, PAGE_DEFAULT, PAGE_MAX);
        return Pager.page(repository.details().stream().filter(d -> matches(tagStatus, d.imageTags())).toList(),
                nextToken, size);
    }

    public Page<ImageIdentifier> listImages(String name, String tagStatus, String nextToken, Integer maxResults) {
        RepositoryState repository = repository(name);
        int size = Pager.pageSize(maxResults, PAGE_DEFAULT, PAGE_MAX);
        List<ImageIdentifier> ids = repository.details().stream().filter(d -> matches(tagStatus, d.imageTags()))
                .flatMap(d -> d.imageTags().isEmpty() ? List.of(ImageIdentifier.digest(d.imageDigest())).stream()
                        : d.imageTags().stream().map(t -> new ImageIdentifier(d.imageDigest(), t)))
                .toList();
        return Pager.page(ids, nextToken, size);
    }

    public Repository putImageTagMutability(String name, String imageTagMutability) {
        RepositoryState repository = repository(name);
        checkMutability(imageTagMutability);
        repository.imageTagMutability = imageTagMutability;
        return repository.describe();
    }

    public Repository putImageScanningConfiguration(String name, boolean scanOnPush) {
        RepositoryState repository = repository(name);
        repository.scanOnPush = scanOnPush;
        return repository.describe();
    }

    public StartImageScanResult startImageScan(String name, ImageIdentifier imageId) {
        RepositoryState repository = repository(name);
        ImageState image = image(repository, imageId);
        if (image.scan != null && context.now().isBefore(image.scan.startedAt().plus(SCAN_QUOTA))) {
            throw EcrErrors.scanQuotaExceeded();
        }
        startScan(image);
        return new StartImageScanResult(registryId, name, new ImageIdentifier(image.digest, imageId.imageTag()),
                image.scan.status());
    }

    public DescribeImageScanFindingsResult describeImageScanFindings(String name, ImageIdentifier imageId,
                                                                     String nextToken, Integer maxResults) {
        RepositoryState repository = repository(name);
        ImageState image = image(repository, imageId);
        if (image.scan == null) {
            throw EcrErrors.scanNotFound(imageId, name, registryId);
        }
        ImageIdentifier id = new ImageIdentifier(image.digest, imageId.imageTag());
        if (image.scan.completedAt() == null) {
            return new DescribeImageScanFindingsResult(registryId, name, id, image.scan.status(), null, null);
        }
        Page<ImageScanFinding> page = Pager.page(image.scan.findings(), nextToken,
                Pager.pageSize(maxResults, PAGE_DEFAULT, PAGE_MAX));
        return new DescribeImageScanFindingsResult(registryId, name, id, image.scan.status(),
                new ImageScanFindings(image.scan.completedAt(), image.scan.completedAt(),
                        image.scan.severityCounts(), page.items()), page.nextToken());
    }

    public LifecyclePolicy putLifecyclePolicy(String name, String text) {
        RepositoryState repository = repository(name);
        rules(text);
        repository.lifecyclePolicyText = text;
        return new LifecyclePolicy(registryId, name, text, null);
    }

    public LifecyclePolicy getLifecyclePolicy(String name) {
        RepositoryState repository = repository(name);
        if (repository.lifecyclePolicyText == null) {
            throw EcrErrors.lifecyclePolicyNotFound(name, registryId);
        }
        return new LifecyclePolicy(registryId, name, repository.lifecyclePolicyText, repository.lastEvaluatedAt);
    }

    public LifecyclePolicy deleteLifecyclePolicy(String name) {
        LifecyclePolicy policy = getLifecyclePolicy(name);
        RepositoryState repository = repository(name);
        repository.lifecyclePolicyText = null;
        repository.lastEvaluatedAt = null;
        return policy;
    }

    public LifecyclePolicyPreview startLifecyclePolicyPreview(String name, String text) {
        RepositoryState repository = repository(name);
        String policy = text != null ? text : getLifecyclePolicy(name).lifecyclePolicyText();
        LifecyclePolicyRules rules = rules(policy);
        if (repository.preview != null && repository.preview.results == null) {
            throw EcrErrors.lifecyclePolicyPreviewInProgress(name, registryId);
        }
        RepositoryState.Preview preview = new RepositoryState.Preview(policy);
        repository.preview = preview;
        context.schedule(context.nowMillis() + PREVIEW_TIME.toMillis(),
                () -> preview.results = rules.expire(repository.details(), context.now()));
        return new LifecyclePolicyPreview(registryId, name, policy, "IN_PROGRESS", List.of(), null, null);
    }

    public LifecyclePolicyPreview getLifecyclePolicyPreview(String name, String nextToken, Integer maxResults) {
        RepositoryState repository = repository(name);
        RepositoryState.Preview preview = repository.preview;
        if (preview == null) {
            throw EcrErrors.lifecyclePolicyPreviewNotFound(name, registryId);
        }
        if (preview.results == null) {
            return new LifecyclePolicyPreview(registryId, name, preview.policyText, "IN_PROGRESS", List.of(), null,
                    null);
        }
        Page<LifecyclePolicyPreviewResult> page = Pager.page(preview.results, nextToken,
                Pager.pageSize(maxResults, PREVIEW_PAGE_MAX, PREVIEW_PAGE_MAX));
        return new LifecyclePolicyPreview(registryId, name, preview.policyText, "COMPLETE", page.items(),
                new LifecyclePolicyPreviewSummary(preview.results.size()), page.nextToken());
    }

    /** A password that follows from the account and the time, as no randomness may be drawn by a read. */
    public AuthorizationData getAuthorizationToken() {
        String password = Base64.getEncoder().encodeToString(ImageManifest.digestOf(registryId + "@"
                + context.nowMillis()).getBytes(StandardCharsets.UTF_8));
        return new AuthorizationData(Base64.getEncoder().encodeToString(("AWS:" + password)
                .getBytes(StandardCharsets.UTF_8)), context.now().plus(TOKEN_LIFETIME), "https://" + registryHost());
    }

    /** The image a task's {@code <repository>[:tag|@digest]} names, if it exists; a pull is recorded on it. */
    Optional<ImageState> pull(String repositoryName, ImageIdentifier id) {
        Optional<ImageState> image = Optional.ofNullable(repositories.get(repositoryName)).flatMap(r -> r.find(id));
        image.ifPresent(i -> i.lastRecordedPullTime = context.now());
        return image;
    }

    Optional<ImageState> peek(String repositoryName, ImageIdentifier id) {
        return Optional.ofNullable(repositories.get(repositoryName)).flatMap(r -> r.find(id));
    }

    private void scheduleLifecyclePass(long atMillis) {
        context.schedule(atMillis, () -> {
            for (RepositoryState repository : repositories.values()) {
                if (repository.lifecyclePolicyText != null) {
                    for (LifecyclePolicyPreviewResult expired : LifecyclePolicyRules.parse(
                            repository.lifecyclePolicyText).expire(repository.details(), context.now())) {
                        repository.remove(repository.images.get(expired.imageDigest()));
                    }
                    repository.lastEvaluatedAt = context.now();
                }
            }
            scheduleLifecyclePass(atMillis + LIFECYCLE_PASS.toMillis());
        });
    }

    private void startScan(ImageState image) {
        ScanState scan = ScanState.started(context.now());
        image.scan = scan;
        Duration took = context.random().between(SCAN_MIN, SCAN_MAX);
        context.schedule(context.nowMillis() + took.toMillis(), () -> {
            if (!image.removed && image.scan == scan) {
                image.scan = scan.complete(context.now(), ScanFindingsCatalog.findingsFor(image.digest));
            }
        });
    }

    private RepositoryState repository(String name) {
        if (name == null || name.isEmpty()) {
            throw EcrErrors.constraint("repositoryName", "Member must not be null");
        }
        RepositoryState repository = repositories.get(name);
        if (repository == null) {
            throw EcrErrors.repositoryNotFound(name, registryId);
        }
        return repository;
    }

    private ImageState image(RepositoryState repository, ImageIdentifier id) {
        if (id == null || id.imageDigest() == null && id.imageTag() == null) {
            throw EcrErrors.invalidParameter("Invalid request parameters: both tag and digest cannot be null");
        }
        return repository.find(id).orElseThrow(() -> EcrErrors.imageNotFound(id, repository.name, registryId));
    }

    /** Hands every image the ids name to {@code action}, in order; returns a failure for each id that names none. */
    private List<ImageFailure> eachFound(RepositoryState repository, List<ImageIdentifier> imageIds,
                                         BiConsumer<ImageIdentifier, ImageState> action) {
        checkImageIds(imageIds);
        List<ImageFailure> failures = new ArrayList<>();
        for (ImageIdentifier id : imageIds) {
            Optional<ImageFailure> invalid = invalidId(repository, id);
            if (invalid.isPresent()) {
                failures.add(invalid.get());
            } else {
                action.accept(id, repository.find(id).orElseThrow());
            }
        }
        return failures;
    }

    private Optional<ImageFailure> invalidId(RepositoryState repository, ImageIdentifier id) {
        if (id.imageDigest() == null && id.imageTag() == null) {
            return Optional.of(new ImageFailure(id, "MissingDigestAndTag",
                    "Invalid request parameters: both tag and digest cannot be null"));
        }
        if (id.imageDigest() != null && !id.imageDigest().matches("sha256:[a-f0-9]{64}")) {
            return Optional.of(new ImageFailure(id, "InvalidImageDigest", "Invalid image digest"));
        }
        if (id.imageDigest() != null && id.imageTag() != null && repository.images.containsKey(id.imageDigest())
                && repository.find(id).isEmpty()) {
            return Optional.of(new ImageFailure(id, "ImageTagDoesNotMatchDigest",
                    "Invalid request parameters: image tag does not match digest"));
        }
        if (repository.find(id).isEmpty()) {
            return Optional.of(new ImageFailure(id, "ImageNotFound", "Requested image not found"));
        }
        return Optional.empty();
    }

    private static List<ImageIdentifier> identifiers(ImageState image) {
        return image.tags.isEmpty() ? List.of(ImageIdentifier.digest(image.digest))
                : image.tags.stream().map(t -> new ImageIdentifier(image.digest, t)).toList();
    }

    private static void checkImageIds(List<ImageIdentifier> imageIds) {
        if (imageIds == null || imageIds.isEmpty()
                || imageIds.size() > EcrGateway.IMAGE_IDS_LIMIT) {
            throw EcrErrors.constraint("imageIds", "Member must have length less than or equal to "
                    + EcrGateway.IMAGE_IDS_LIMIT + " and greater than or equal to 1");
        }
    }

    private static void checkName(String name) {
        if (!RepositoryNames.isValid(name)) {
            throw EcrErrors.constraint("repositoryName", "must satisfy regular expression '"
                    + RepositoryNames.PATTERN.pattern() + "' and be 2 to 256 characters long");
        }
    }

    private static void checkMutability(String mutability) {
        if (!MUTABILITIES.contains(mutability)) {
            throw EcrErrors.constraint("imageTagMutability", "Member must satisfy enum value set: [MUTABLE, "
                    + "IMMUTABLE]");
        }
    }

    private static boolean matches(String tagStatus, List<String> tags) {
        if (tagStatus == null || tagStatus.equals("ANY")) {
            return true;
        }
        return switch (tagStatus) {
            case "TAGGED" -> !tags.isEmpty();
            case "UNTAGGED" -> tags.isEmpty();
            default -> throw EcrErrors.constraint("filter.tagStatus",
                    "Member must satisfy enum value set: [TAGGED, UNTAGGED, ANY]");
        };
    }

    private static LifecyclePolicyRules rules(String text) {
        try {
            return LifecyclePolicyRules.parse(text);
        } catch (InvalidLifecyclePolicyException e) {
            throw EcrErrors.constraint("lifecyclePolicyText", "Lifecycle policy validation failure: "
                    + e.getMessage());
        }
    }

    private static JsonNode parseManifest(String manifest) {
        try {
            JsonNode node = JSON.readTree(manifest);
            if (node == null || !node.isObject()) {
                throw EcrErrors.constraint("imageManifest", "Invalid JSON syntax");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw EcrErrors.constraint("imageManifest", "Invalid JSON syntax");
        }
    }

    /** The compressed size a registry reports: the config plus every layer, as the manifest gives them. */
    private static long sizeOf(JsonNode manifest) {
        long size = manifest.path("config").path("size").asLong(0);
        for (JsonNode layer : manifest.path("layers")) {
            size += layer.path("size").asLong(0);
        }
        return size;
    }
}
