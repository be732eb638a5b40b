package dev.berth.ui.ecr;

import dev.berth.core.model.Repository;

/** A repository and how many images it holds, as the repositories table shows it. */
public record RepositoryListing(Repository repository, int imageCount) {
}
