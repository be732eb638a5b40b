package dev.berth.sim.ecr;

import dev.berth.core.model.ImageIdentifier;
import dev.berth.sim.ecs.ImageRegistry;

import java.util.Optional;

/**
 * Where the simulated container agent pulls from once ECR is simulated: an image of this world's registry
 * ({@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag|@digest]}) pulls when its repository holds that
 * tag or digest, and fails as AWS fails it when not; every other image goes to the public registries as before.
 */
final class EcrImageRegistry implements ImageRegistry {
    private static final long MIB = 1024 * 1024;

    private final EcrWorld ecr;
    private final ImageRegistry elsewhere;

    EcrImageRegistry(EcrWorld ecr, ImageRegistry elsewhere) {
        this.ecr = ecr;
        this.elsewhere = elsewhere;
    }

    @Override
    public Optional<String> pullFailure(String image) {
        Optional<Reference> reference = Reference.of(image, ecr.registryHost());
        if (reference.isEmpty()) {
            return ImageRegistry.isPrivateEcrImage(image) ? Optional.of(ImageRegistry.imageNotFound(image))
                    : elsewhere.pullFailure(image);
        }
        return ecr.pull(reference.get().repository(), reference.get().imageId()).isPresent() ? Optional.empty()
                : Optional.of(ImageRegistry.imageNotFound(image));
    }

    @Override
    public int sizeMiB(String image) {
        return Reference.of(image, ecr.registryHost())
                .flatMap(reference -> ecr.peek(reference.repository(), reference.imageId()))
                .map(found -> (int) Math.max(1, found.sizeInBytes / MIB))
                .orElseGet(() -> elsewhere.sizeMiB(image));
    }

    /** An image of this registry split into repository and tag (default {@code latest}) or digest. */
    record Reference(String repository, ImageIdentifier imageId) {
        static Optional<Reference> of(String image, String registryHost) {
            if (!image.startsWith(registryHost + "/")) {
                return Optional.empty();
            }
            String path = image.substring(registryHost.length() + 1);
            int at = path.indexOf('@');
            if (at >= 0) {
                return Optional.of(new Reference(path.substring(0, at),
                        ImageIdentifier.digest(path.substring(at + 1))));
            }
            int colon = path.lastIndexOf(':');
            if (colon > path.lastIndexOf('/')) {
                return Optional.of(new Reference(path.substring(0, colon),
                        ImageIdentifier.tag(path.substring(colon + 1))));
            }
            return Optional.of(new Reference(path, ImageIdentifier.tag("latest")));
        }
    }
}
