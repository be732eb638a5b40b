package dev.berth.ui.ecr;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.model.PutImageRequest;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.regex.Pattern;

/**
 * "Push image" without Docker: a tag, a compressed size and a number of layers become a Docker image manifest, which
 * PutImage stores as a push would. The same values always give the same manifest, so the same digest.
 */
public final class PushImageForm {
    public static final String TAG = "tag";
    public static final String SIZE = "sizeMiB";
    public static final String LAYERS = "layers";
    static final int MAX_SIZE_MIB = 10_000;
    static final int MAX_LAYERS = 127;
    private static final long MIB = 1024 * 1024;
    /** Docker's rule for a tag. */
    private static final Pattern TAG_PATTERN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private final String repositoryName;
    private final StringProperty tag = new SimpleStringProperty(this, TAG, "latest");
    private final StringProperty sizeMiB = new SimpleStringProperty(this, SIZE, "50");
    private final StringProperty layers = new SimpleStringProperty(this, LAYERS, "4");

    public PushImageForm(String repositoryName) {
        this.repositoryName = repositoryName;
    }

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        String tagProblem = tagProblem(tag.get());
        if (tagProblem != null) {
            errors.add(TAG, tagProblem);
        }
        if (WholeNumber.parse(sizeMiB.get(), 1, MAX_SIZE_MIB) == null) {
            errors.add(SIZE, WholeNumber.rangeMessage(1, MAX_SIZE_MIB));
        }
        if (WholeNumber.parse(layers.get(), 1, MAX_LAYERS) == null) {
            errors.add(LAYERS, WholeNumber.rangeMessage(1, MAX_LAYERS));
        }
        return errors;
    }

    /** Why {@code tag} cannot be a Docker tag, or null when it can. */
    static String tagProblem(String tag) {
        return tag != null && TAG_PATTERN.matcher(tag.strip()).matches() ? null
                : "A tag is 1 to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'.";
    }

    /** The request for a valid form; call {@link #validate()} first. */
    public PutImageRequest toRequest() {
        String imageTag = tag.get().strip();
        String manifest = ImageManifest.build(repositoryName, imageTag,
                WholeNumber.parse(sizeMiB.get(), 1, MAX_SIZE_MIB) * MIB, WholeNumber.parse(layers.get(), 1,
                        MAX_LAYERS));
        return new PutImageRequest(repositoryName, manifest, ImageManifest.DOCKER_V2, imageTag, null);
    }

    public String repositoryName() {
        return repositoryName;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty sizeMiBProperty() {
        return sizeMiB;
    }

    public StringProperty layersProperty() {
        return layers;
    }
}
