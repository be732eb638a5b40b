package dev.berth.ui.ecr;

import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.util.List;

/** The Images area's dialogs: create a repository, push an image, add a tag to an image, remove one of its tags. */
final class ImageDialogs {
    private static final String TAG = "tag";

    private ImageDialogs() {
    }

    static void createRepository(Window owner, ImagesViewModel viewModel) {
        CreateRepositoryForm form = new CreateRepositoryForm();
        FormGrid grid = new FormGrid();
        TextField name = grid.addText(CreateRepositoryForm.NAME, "Repository name", "repository-name",
                form.nameProperty());
        name.setPromptText("e.g. team/web-app");
        grid.addChoice("tagMutability", "Tag immutability", "repository-mutability",
                CreateRepositoryForm.MUTABILITIES, form.tagMutabilityProperty());
        grid.addCheck("scanOnPush", "Image scan", "repository-scan-on-push", "Scan on push",
                form.scanOnPushProperty());
        grid.addChoice("encryption", "Encryption", "repository-encryption", CreateRepositoryForm.ENCRYPTION_TYPES,
                form.encryptionTypeProperty());
        new FormDialog(owner, "Create repository", "Create", grid, grid,
                outcome -> viewModel.createRepository(form, outcome)).show();
        name.requestFocus();
    }

    static void pushImage(Window owner, ImagesViewModel viewModel, String repositoryName) {
        PushImageForm form = new PushImageForm(repositoryName);
        FormGrid grid = new FormGrid();
        TextField tag = grid.addText(PushImageForm.TAG, "Tag", "push-tag", form.tagProperty());
        grid.addNumber(PushImageForm.SIZE, "Compressed size (MiB)", "push-size", form.sizeMiBProperty());
        grid.addNumber(PushImageForm.LAYERS, "Layers", "push-layers", form.layersProperty());
        new FormDialog(owner, "Push image to " + repositoryName, "Push", grid, grid,
                outcome -> viewModel.pushImage(form, outcome)).show();
        tag.requestFocus();
    }

    static void addTag(Window owner, ImagesViewModel viewModel, String digest) {
        StringProperty tag = new SimpleStringProperty("");
        FormGrid grid = new FormGrid();
        TextField field = grid.addText(TAG, "New tag", "image-new-tag", tag);
        new FormDialog(owner, "Tag image " + shortDigest(digest), "Tag", grid, grid, outcome -> {
            String problem = PushImageForm.tagProblem(tag.get());
            if (problem != null) {
                return FieldErrors.none().add(TAG, problem);
            }
            viewModel.addTag(digest, tag.get().strip(), outcome);
            return FieldErrors.none();
        }).show();
        field.requestFocus();
    }

    static void removeTag(Window owner, ImagesViewModel viewModel, List<String> tags) {
        StringProperty tag = new SimpleStringProperty(tags.get(0));
        FormGrid grid = new FormGrid();
        grid.addChoice(TAG, "Tag", "image-remove-tag", tags, tag);
        new FormDialog(owner, "Remove tag", "Remove", grid, grid, outcome -> {
            viewModel.removeTag(tag.get());
            outcome.succeeded();
            return FieldErrors.none();
        }).show();
    }

    /** {@code sha256:} and the first 12 hex digits, as docker shows image ids. */
    static String shortDigest(String digest) {
        int start = digest.indexOf(':') + 1;
        return digest.substring(0, Math.min(digest.length(), start + 12));
    }
}
