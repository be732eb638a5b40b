package dev.berth.sim.ecr;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.model.Image;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.PutImageRequest;
import dev.berth.sim.EcsFixture;

import java.util.List;

/** A simulator's ECR and the pushes most registry tests start from. */
final class EcrFixture {
    static final String REGISTRY = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    final EcsFixture world = new EcsFixture(5);
    final EcrGateway ecr = world.simulator.ecr();

    /** Pushes a built image of {@code build} (which sets its digest) under {@code tag} (null for none). */
    Image push(String repository, String build, String tag) {
        return ecr.putImage(new PutImageRequest(repository, ImageManifest.build(repository, build, 30_000_000L, 3),
                null, tag, null));
    }

    List<ImageDetail> images(String repository) {
        return ecr.describeImages(repository, null, null, null, null).items();
    }

    ImageDetail image(String repository, String digest) {
        return images(repository).stream().filter(i -> i.imageDigest().equals(digest)).findFirst().orElseThrow();
    }
}
