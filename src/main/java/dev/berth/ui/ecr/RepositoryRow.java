package dev.berth.ui.ecr;

import dev.berth.core.model.Repository;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;

/** One repository in the repositories table. */
public final class RepositoryRow extends ModelRow<RepositoryListing> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty uri = new SimpleStringProperty(this, "uri");
    private final StringProperty tagMutability = new SimpleStringProperty(this, "tagMutability");
    private final StringProperty scanOnPush = new SimpleStringProperty(this, "scanOnPush");
    private final IntegerProperty imageCount = new SimpleIntegerProperty(this, "imageCount");
    private final ObjectProperty<Instant> createdAt = new SimpleObjectProperty<>(this, "createdAt");

    public RepositoryRow(String repositoryArn) {
        super(repositoryArn);
    }

    @Override
    protected void show(RepositoryListing listing) {
        Repository repository = listing.repository();
        name.set(repository.repositoryName());
        uri.set(repository.repositoryUri());
        tagMutability.set(repository.imageTagMutability());
        scanOnPush.set(repository.imageScanningConfiguration().scanOnPush() ? "Yes" : "No");
        imageCount.set(listing.imageCount());
        createdAt.set(repository.createdAt());
    }

    @Override
    protected Iterable<String> searchableText(RepositoryListing listing) {
        return List.of(listing.repository().repositoryName(), listing.repository().imageTagMutability());
    }

    public String name() {
        return name.get();
    }

    public int imageCount() {
        return imageCount.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty uriProperty() {
        return uri;
    }

    public ReadOnlyStringProperty tagMutabilityProperty() {
        return tagMutability;
    }

    public ReadOnlyStringProperty scanOnPushProperty() {
        return scanOnPush;
    }

    public ReadOnlyIntegerProperty imageCountProperty() {
        return imageCount;
    }

    public ReadOnlyObjectProperty<Instant> createdAtProperty() {
        return createdAt;
    }
}
