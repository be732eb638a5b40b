package dev.berth.ui.ecr;

import dev.berth.core.ecr.RepositoryNames;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.EncryptionConfiguration;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.ui.common.FieldErrors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** What "Create repository" asks, as the ECR console does: a name, tag mutability, scan on push, encryption. */
public final class CreateRepositoryForm {
    public static final String NAME = "repositoryName";
    public static final List<String> MUTABILITIES = List.of("MUTABLE", "IMMUTABLE");
    public static final List<String> ENCRYPTION_TYPES = List.of("AES256", "KMS");

    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty tagMutability = new SimpleStringProperty(this, "tagMutability", "MUTABLE");
    private final BooleanProperty scanOnPush = new SimpleBooleanProperty(this, "scanOnPush", false);
    private final StringProperty encryptionType = new SimpleStringProperty(this, "encryptionType", "AES256");

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        if (!RepositoryNames.isValid(name.get().strip())) {
            errors.add(NAME, "Use 2 to 256 lower-case letters and digits, in parts joined by '.', '_', '-' or '/' "
                    + "(e.g. team/web-app).");
        }
        return errors;
    }

    public CreateRepositoryRequest toRequest() {
        return new CreateRepositoryRequest(name.get().strip(), tagMutability.get(),
                new ImageScanningConfiguration(scanOnPush.get()),
                new EncryptionConfiguration(encryptionType.get(), null), List.of());
    }

    public String name() {
        return name.get().strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty tagMutabilityProperty() {
        return tagMutability;
    }

    public BooleanProperty scanOnPushProperty() {
        return scanOnPush;
    }

    public StringProperty encryptionTypeProperty() {
        return encryptionType;
    }
}
