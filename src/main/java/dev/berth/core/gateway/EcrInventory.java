package dev.berth.core.gateway;

import dev.berth.core.model.Page;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.Repository;

import java.util.List;

/** Every repository and every image of one, read page after page at AWS's largest page size. */
public final class EcrInventory {
    private static final int MAX_PAGE = 1000;

    private final EcrGateway ecr;

    public EcrInventory(EcrGateway ecr) {
        this.ecr = ecr;
    }

    public List<Repository> repositories() {
        return Page.all(token -> ecr.describeRepositories(null, token, MAX_PAGE));
    }

    public List<ImageDetail> images(String repositoryName) {
        return Page.all(token -> ecr.describeImages(repositoryName, null, null, token, MAX_PAGE));
    }
}
