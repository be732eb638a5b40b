package dev.berth.ui.ecr;

import dev.berth.ui.common.AreaFrame;
import dev.berth.ui.common.ConfirmDeleteDialog;
import dev.berth.ui.common.CopyButton;
import dev.berth.ui.common.DetailsPane;
import dev.berth.ui.common.MasterDetail;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The Images area: ECR repositories above; below, the selected repository's images, its lifecycle policy with a
 * preview, and the commands that push to it.
 */
public final class ImagesView {
    private final ImagesViewModel viewModel;
    private final AreaFrame frame;
    private final RowTable<RepositoryRow> repositories;
    private final RowTable<ImageRow> images;
    private final WriteLock writes;

    public ImagesView(ImagesViewModel viewModel, WriteLock writes) {
        this.viewModel = viewModel;
        this.writes = writes;
        frame = new AreaFrame("images", "Images", viewModel);
        repositories = new RowTable<>("repositories-table", viewModel.repositories().visible(),
                "No repositories yet. Create one, then push images to it.");
        repositories.addTextColumn("Repository", 200, RepositoryRow::nameProperty);
        repositories.addTextColumn("URI", 420, RepositoryRow::uriProperty);
        repositories.addTextColumn("Tag mutability", 130, RepositoryRow::tagMutabilityProperty);
        repositories.addTextColumn("Scan on push", 110, RepositoryRow::scanOnPushProperty);
        repositories.addNumberColumn("Images", 80, RepositoryRow::imageCountProperty);
        repositories.addTimeColumn("Created", 170, RepositoryRow::createdAtProperty);
        repositories.setOnDelete(this::deleteRepository);
        repositories.selectedRowProperty().addListener((observable, old, row) ->
                viewModel.selectedRepositoryProperty().set(row == null ? null : row.name()));

        images = new RowTable<>("images-table", viewModel.images().visible(),
                "Select a repository to see its images.");
        images.addTextColumn("Tags", 150, ImageRow::tagsProperty);
        images.addTextColumn("Digest", 230, ImageRow::digestProperty);
        images.addTextColumn("Size", 90, ImageRow::sizeProperty);
        images.addTimeColumn("Pushed at", 170, ImageRow::pushedAtProperty);
        images.addStatusColumn("Scan", 130, ImageRow::scanStatusProperty);
        images.addTextColumn("Findings", 170, ImageRow::findingsProperty);
        images.addTextColumn("Used by", 170, ImageRow::usedByProperty);
        images.setOnDelete(this::deleteImage);
        DetailsPane details = new DetailsPane("image-details", "Select an image to see its details.");
        details.follow(images.selectedRowProperty().flatMap(ImageRow::itemProperty), ImageDetails::of);
        MasterDetail imagesAndDetails = new MasterDetail(images, details);

        Label message = new Label();
        message.setId("images-message");
        message.getStyleClass().add(BerthStyles.ERROR_BANNER);
        message.setWrapText(true);
        message.textProperty().bind(viewModel.actionMessageProperty());
        message.visibleProperty().bind(viewModel.actionMessageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        VBox.setVgrow(imagesAndDetails, Priority.ALWAYS);
        VBox imagesPane = new VBox(6, imageActions(), message, imagesAndDetails);

        Tab imagesTab = new Tab("Images", imagesPane);
        Tab lifecyclePolicy = new Tab("Lifecycle policy", new LifecyclePolicyPane(viewModel, writes));
        viewModel.imagesOnScreen().follow(imagesTab);
        viewModel.lifecyclePolicyOnScreen().follow(lifecyclePolicy);
        TabPane tabs = new TabPane(imagesTab, lifecyclePolicy, new Tab("Push commands", pushCommands()));
        tabs.setId("repository-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(viewModel.selectedRepositoryProperty().isNull());

        SplitPane split = new SplitPane(repositories, tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.28);

        ObservableValue<String> selectedUri = repositories.selectedRowProperty().flatMap(RepositoryRow::uriProperty);
        frame.addFilter(viewModel.repositories().filterProperty(), "Filter repositories");
        ToolButton delete = new ToolButton("repositories-delete", "Delete", MaterialDesignD.DELETE_OUTLINE,
                this::deleteRepository);
        writes.guard(delete, repositories.selectedRowProperty().isNull());
        ToolButton push = new ToolButton("images-push", "Push image", MaterialDesignU.UPLOAD_OUTLINE,
                () -> ImageDialogs.pushImage(window(), viewModel, viewModel.selectedRepositoryProperty().get()));
        writes.guard(push, viewModel.selectedRepositoryProperty().isNull());
        ToolButton create = new ToolButton("repositories-create", "Create repository", MaterialDesignP.PLUS,
                () -> ImageDialogs.createRepository(window(), viewModel));
        writes.guard(create);
        frame.addActions(create, delete, push,
                new CopyButton("repositories-copy-uri", "Copy URI", "Copy the repository's URI", selectedUri));
        frame.setContent(split);
    }

    private HBox imageActions() {
        ToolButton tag = new ToolButton("image-tag", "Add tag", MaterialDesignT.TAG_PLUS_OUTLINE,
                () -> ImageDialogs.addTag(window(), viewModel, images.selectedRow().digest()));
        ToolButton untag = new ToolButton("image-untag", "Remove tag", MaterialDesignT.TAG_MINUS_OUTLINE,
                () -> ImageDialogs.removeTag(window(), viewModel, images.selectedRow().tagList()));
        ToolButton scan = new ToolButton("image-scan", "Scan", MaterialDesignM.MAGNIFY_SCAN,
                () -> viewModel.scan(images.selectedRow().digest()));
        ToolButton delete = new ToolButton("image-delete", "Delete image", MaterialDesignD.DELETE_OUTLINE,
                this::deleteImage);
        writes.guard(tag, images.selectedRowProperty().isNull());
        writes.guard(scan, images.selectedRowProperty().isNull());
        writes.guard(delete, images.selectedRowProperty().isNull());
        writes.guard(untag, images.selectedRowProperty().flatMap(ImageRow::tagsProperty)
                .map(tags -> tags.equals(ImageRow.UNTAGGED)).orElse(true));
        return new HBox(6, tag, untag, scan, delete);
    }

    private VBox pushCommands() {
        Label intro = new Label("Build an image and push it to this repository with Docker and the AWS CLI:");
        TextArea commands = new TextArea();
        commands.setId("push-commands");
        commands.setEditable(false);
        commands.getStyleClass().add(BerthStyles.MONOSPACE);
        commands.textProperty().bind(viewModel.pushCommandsProperty());
        commands.setPrefRowCount(5);
        return new VBox(8, intro, commands, new CopyButton("push-commands-copy", "Copy commands",
                "Copy the push commands", viewModel.pushCommandsProperty()));
    }

    private void deleteRepository() {
        RepositoryRow row = repositories.selectedRow();
        if (row == null || writes.isLocked()) {
            return;
        }
        boolean force = row.imageCount() > 0;
        String consequence = force ? "Repository '" + row.name() + "' still holds " + row.imageCount()
                + " image(s). Deleting it deletes them too (force), and cannot be undone."
                : "Deleting repository '" + row.name() + "' cannot be undone.";
        ConfirmDeleteDialog.show(window(), "Delete repository " + row.name(), consequence, row.name(),
                outcome -> viewModel.deleteRepository(row.name(), force, outcome));
    }

    private void deleteImage() {
        ImageRow row = images.selectedRow();
        if (row != null && !writes.isLocked()) {
            viewModel.deleteImage(row.digest());
        }
    }

    private Window window() {
        return frame.getScene().getWindow();
    }

    /** The area as the main window shows it. */
    public AreaFrame frame() {
        return frame;
    }
}
