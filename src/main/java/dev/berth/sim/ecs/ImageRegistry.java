package dev.berth.sim.ecs;

import dev.berth.core.ecr.RepositoryNames;

import java.util.Optional;

/**
 * Where the simulated container agent pulls images from: whether a pull succeeds, and how big the image is (a
 * bigger image takes longer to pull). The ECR simulation replaces the default with one that knows its repositories.
 */
public interface ImageRegistry {

    /** Empty when {@code image} can be pulled; otherwise the stoppedReason of the task that tried. */
    Optional<String> pullFailure(String image);

    /** The compressed size of the image, which sets how long a pull takes. */
    int sizeMiB(String image);

    /** An image in a private ECR registry: {@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag]}. */
    static boolean isPrivateEcrImage(String image) {
        return RepositoryNames.isPrivateImage(image);
    }

    /** The stoppedReason of a task whose image's repository or tag does not exist, in the agent's words. */
    static String imageNotFound(String image) {
        return StopReasons.imageNotFound(image);
    }

    /** The registry before ECR is simulated: every public image can be pulled, no private ECR image can. */
    static ImageRegistry publicOnly() {
        return new PublicImageRegistry();
    }
}
