package dev.berth.ui.ecr;

import dev.berth.core.ecr.InvalidLifecyclePolicyException;
import dev.berth.core.ecr.LifecyclePolicyRules;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.EcrInventory;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.LifecyclePolicyPreviewResult;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;
import dev.berth.ui.common.AreaModel;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.common.WhileShown;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Images area: the account's ECR repositories; the images of the selected one with the task definitions that run
 * them; push, tag, untag, delete and scan; its lifecycle policy, edited as JSON and previewed against its images at
 * the backend's current time with the same rules ECR applies.
 */
public final class ImagesViewModel implements AreaModel {
    private final EcrGateway ecr;
    private final EcsGateway ecs;
    private final EcrInventory inventory;
    private final Optional<SimulationClock> simulationClock;
    private final Clock clock;
    private final String region;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final FilteredRows<RepositoryListing, RepositoryRow> repositories =
            new FilteredRows<>(l -> l.repository().repositoryArn(), RepositoryRow::new);
    private final FilteredRows<ImageListing, ImageRow> images =
            new FilteredRows<>(l -> l.image().imageDigest(), ImageRow::new);
    private final StringProperty selectedRepository = new SimpleStringProperty(this, "selectedRepository");
    private final ReadOnlyStringWrapper pushCommands = new ReadOnlyStringWrapper(this, "pushCommands", "");
    private final StringProperty policyText = new SimpleStringProperty(this, "policyText", "");
    private final ReadOnlyStringWrapper policyProblem = new ReadOnlyStringWrapper(this, "policyProblem");
    private final ReadOnlyStringWrapper actionMessage = new ReadOnlyStringWrapper(this, "actionMessage");
    private final ObservableList<LifecyclePolicyPreviewResult> preview = FXCollections.observableArrayList();
    /** Task definitions never change once registered, so each is described once. */
    private final Map<String, List<String>> containerImages = new ConcurrentHashMap<>();
    /** The images each active task definition runs, as last read while the Images tab was on screen. */
    private volatile Map<String, List<String>> imagesByDefinition = Map.of();
    private final WhileShown imagesOnScreen = new WhileShown(this::refresh);
    private final WhileShown lifecyclePolicyOnScreen = new WhileShown(this::refresh);
    private String savedPolicy = "";
    private List<ImageDetail> shownImages = List.of();
    private Instant backendNow;

    public ImagesViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.ecr = gateway.ecr();
        this.ecs = gateway.ecs();
        this.inventory = new EcrInventory(ecr);
        this.simulationClock = gateway.simulationClock();
        this.clock = clock;
        this.region = gateway.region();
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        this.backendNow = clock.instant();
        selectedRepository.addListener((observable, old, name) -> {
            refresher.cancelPending();
            images.clear();
            savedPolicy = "";
            policyText.set("");
            refresh();
        });
        policyText.addListener((observable, old, text) -> previewPolicy());
    }

    /**
     * Everything one refresh reads, off the FX thread; {@code policyRead} false when the Lifecycle policy tab was not
     * on screen, so the policy was not read.
     */
    private record Reading(List<RepositoryListing> repositories, List<ImageListing> images, String policy,
                           boolean policyRead, Instant now) {
    }

    @Override
    public void refresh() {
        String selected = selectedRepository.get();
        boolean withUsage = imagesOnScreen.isShown();
        boolean withPolicy = lifecyclePolicyOnScreen.isShown();
        refresher.read(() -> read(selected, withUsage, withPolicy), this::show,
                failure -> Messages.explain(failure, ErrorContext.in(region)));
    }

    /**
     * The repositories with their images (counted for the table), the selected one's images with the task
     * definitions that run them (read while the Images tab is on screen) and its lifecycle policy (read while its
     * tab is).
     */
    private Reading read(String selected, boolean withUsage, boolean withPolicy) {
        Instant now = simulationClock.map(SimulationClock::now).orElseGet(clock::instant);
        List<RepositoryListing> listings = new ArrayList<>();
        List<ImageListing> selectedImages = List.of();
        String policy = null;
        for (Repository repository : inventory.repositories()) {
            List<ImageDetail> details = inventory.images(repository.repositoryName());
            listings.add(new RepositoryListing(repository, details.size()));
            if (repository.repositoryName().equals(selected)) {
                if (withUsage) {
                    imagesByDefinition = activeDefinitionImages();
                }
                selectedImages = withUsage(repository.repositoryUri(), details);
                policy = withPolicy ? policyOf(selected) : null;
            }
        }
        return new Reading(listings, selectedImages, policy, withPolicy, now);
    }

    private String policyOf(String repositoryName) {
        try {
            return ecr.getLifecyclePolicy(repositoryName).lifecyclePolicyText();
        } catch (GatewayException e) {
            if (e.errorCode().equals("LifecyclePolicyNotFoundException")) {
                return null;
            }
            throw e;
        }
    }

    /** The images of each active task definition's containers, by the definition's ARN. */
    private Map<String, List<String>> activeDefinitionImages() {
        Map<String, List<String>> images = new LinkedHashMap<>();
        for (String arn : new EcsInventory(ecs).taskDefinitions(null, "ACTIVE", "ASC")) {
            images.put(arn, containerImages.computeIfAbsent(arn, a -> ecs.describeTaskDefinition(a)
                    .containerDefinitions().stream().map(ContainerDefinition::image).toList()));
        }
        return images;
    }

    /** Pairs each image with the active task definitions whose containers name it by tag or by digest. */
    private List<ImageListing> withUsage(String repositoryUri, List<ImageDetail> details) {
        Map<String, List<String>> imagesByDefinition = this.imagesByDefinition;
        return details.stream().map(image -> new ImageListing(image, imagesByDefinition.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(name -> names(repositoryUri, name, image)))
                .map(e -> ResourceNames.familyRevision(e.getKey())).toList())).toList();
    }

    /** Whether a container's image reference names this image: URI with one of its tags, or with its digest. */
    static boolean names(String repositoryUri, String reference, ImageDetail image) {
        if (reference.equals(repositoryUri)) {
            return image.imageTags().contains("latest");
        }
        if (reference.equals(repositoryUri + "@" + image.imageDigest())) {
            return true;
        }
        return reference.startsWith(repositoryUri + ":")
                && image.imageTags().contains(reference.substring(repositoryUri.length() + 1));
    }

    private void show(Reading reading) {
        repositories.update(reading.repositories());
        String selected = selectedRepository.get();
        Optional<Repository> repository = reading.repositories().stream().map(RepositoryListing::repository)
                .filter(r -> r.repositoryName().equals(selected)).findFirst();
        pushCommands.set(repository.map(r -> PushCommands.forRepository(r.repositoryName(), r.repositoryUri(),
                region)).orElse(""));
        images.update(reading.images());
        shownImages = reading.images().stream().map(ImageListing::image).toList();
        backendNow = reading.now();
        if (reading.policyRead()) {
            String saved = reading.policy() == null ? "" : reading.policy();
            if (policyText.get().equals(savedPolicy)) {
                policyText.set(saved);
            }
            savedPolicy = saved;
        }
        previewPolicy();
    }

    /** What the policy in the editor would expire now, or why ECR would refuse it. */
    private void previewPolicy() {
        String text = policyText.get();
        if (text.isBlank()) {
            policyProblem.set(null);
            preview.clear();
            return;
        }
        try {
            preview.setAll(LifecyclePolicyRules.parse(text).expire(shownImages, backendNow));
            policyProblem.set(null);
        } catch (InvalidLifecyclePolicyException e) {
            policyProblem.set("ECR would refuse this policy: " + e.getMessage() + ".");
            preview.clear();
        }
    }

    public FieldErrors createRepository(CreateRepositoryForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            changes.run(() -> ecr.createRepository(form.toRequest()), this::explain, outcome, created -> {
                selectedRepository.set(created.repositoryName());
                refresh();
            });
        }
        return errors;
    }

    public void deleteRepository(String name, boolean force, Outcome outcome) {
        changes.run(() -> ecr.deleteRepository(name, force), this::explain, outcome, deleted -> refresh());
    }

    public FieldErrors pushImage(PushImageForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            changes.run(() -> ecr.putImage(form.toRequest()), this::explain, outcome, pushed -> refresh());
        }
        return errors;
    }

    /** ECR has no "tag" call: a tag is added by putting the image's own manifest again under the new tag. */
    public void addTag(String digest, String tag, Outcome outcome) {
        String repository = selectedRepository.get();
        changes.run(() -> {
            var image = ecr.batchGetImage(repository, List.of(ImageIdentifier.digest(digest))).images().get(0);
            return ecr.putImage(new PutImageRequest(repository, image.imageManifest(),
                    image.imageManifestMediaType(), tag, digest));
        }, this::explain, outcome, tagged -> refresh());
    }

    /** Removes one tag; the image goes with its last tag, as BatchDeleteImage does. */
    public void removeTag(String tag) {
        deleteImages(ImageIdentifier.tag(tag));
    }

    public void deleteImage(String digest) {
        deleteImages(ImageIdentifier.digest(digest));
    }

    private void deleteImages(ImageIdentifier id) {
        String repository = selectedRepository.get();
        changes.run(() -> ecr.batchDeleteImage(repository, List.of(id)), this::explain, actionOutcome(), result -> {
            if (!result.failures().isEmpty()) {
                actionMessage.set(result.failures().get(0).failureReason() + ".");
            }
            refresh();
        });
    }

    public void scan(String digest) {
        String repository = selectedRepository.get();
        changes.run(() -> ecr.startImageScan(repository, ImageIdentifier.digest(digest)), this::explain,
                actionOutcome(), started -> refresh());
    }

    public void savePolicy() {
        String repository = selectedRepository.get();
        String text = policyText.get();
        changes.run(() -> ecr.putLifecyclePolicy(repository, text), this::explain, actionOutcome(), saved -> {
            savedPolicy = text;
            refresh();
        });
    }

    public void deletePolicy() {
        String repository = selectedRepository.get();
        changes.run(() -> ecr.deleteLifecyclePolicy(repository), this::explain, actionOutcome(), deleted -> {
            policyText.set("");
            refresh();
        });
    }

    /** Reports a change started from the area itself (not a dialog) in the area's message line. */
    private Outcome actionOutcome() {
        actionMessage.set(null);
        return new Outcome() {
            @Override
            public void succeeded() {
                actionMessage.set(null);
            }

            @Override
            public void failed(String message) {
                actionMessage.set(message);
            }
        };
    }

    private String explain(Throwable failure) {
        return Messages.explain(failure, ErrorContext.in(region));
    }

    /** The Images tab: which task definitions run each image is read only while it is on screen. */
    public WhileShown imagesOnScreen() {
        return imagesOnScreen;
    }

    /** The Lifecycle policy tab: the selected repository's policy is read only while it is on screen. */
    public WhileShown lifecyclePolicyOnScreen() {
        return lifecyclePolicyOnScreen;
    }

    public FilteredRows<RepositoryListing, RepositoryRow> repositories() {
        return repositories;
    }

    public FilteredRows<ImageListing, ImageRow> images() {
        return images;
    }

    public StringProperty selectedRepositoryProperty() {
        return selectedRepository;
    }

    public ReadOnlyStringProperty pushCommandsProperty() {
        return pushCommands.getReadOnlyProperty();
    }

    public StringProperty policyTextProperty() {
        return policyText;
    }

    public ReadOnlyStringProperty policyProblemProperty() {
        return policyProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionMessageProperty() {
        return actionMessage.getReadOnlyProperty();
    }

    public ObservableList<LifecyclePolicyPreviewResult> preview() {
        return preview;
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Instant> refreshedAtProperty() {
        return refresher.refreshedAtProperty();
    }
}
