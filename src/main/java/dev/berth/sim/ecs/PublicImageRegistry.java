package dev.berth.sim.ecs;

import java.util.Optional;

/**
 * Docker Hub and other public registries: everything pulls. An image in a private ECR registry does not, because no
 * ECR repository exists until ECR is simulated, and the task fails as AWS fails it.
 */
final class PublicImageRegistry implements ImageRegistry {
    private static final int SMALLEST_MIB = 5;
    private static final int LARGEST_MIB = 700;

    @Override
    public Optional<String> pullFailure(String image) {
        if (ImageRegistry.isPrivateEcrImage(image)) {
            return Optional.of(StopReasons.imageNotFound(image));
        }
        return Optional.empty();
    }

    /** A size that follows from the name alone, so the same image always takes as long to pull. */
    @Override
    public int sizeMiB(String image) {
        int spread = LARGEST_MIB - SMALLEST_MIB + 1;
        return SMALLEST_MIB + Math.floorMod(image.hashCode() * 0x9E3779B1, spread);
    }
}
