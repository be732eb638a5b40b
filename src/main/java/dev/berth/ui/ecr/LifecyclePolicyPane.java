package dev.berth.ui.ecr;

import dev.berth.core.model.LifecyclePolicyPreviewResult;
import dev.berth.ui.common.TimeText;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The selected repository's lifecycle policy as JSON, checked as ECR checks it while it is typed, and the images it
 * would expire now, by rule.
 */
final class LifecyclePolicyPane extends VBox {
    private static final String TEMPLATE_PROMPT = "{\"rules\":[{\"rulePriority\":1,\"description\":\"Expire untagged "
            + "images older than 14 days\",\"selection\":{\"tagStatus\":\"untagged\",\"countType\":"
            + "\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":14},\"action\":{\"type\":\"expire\"}}]}";

    LifecyclePolicyPane(ImagesViewModel viewModel, WriteLock writes) {
        super(8);
        setId("lifecycle-pane");
        TextArea editor = new TextArea();
        editor.setId("lifecycle-policy");
        editor.getStyleClass().add(BerthStyles.MONOSPACE);
        editor.setWrapText(true);
        editor.setPrefRowCount(8);
        editor.setPromptText(TEMPLATE_PROMPT);
        editor.textProperty().bindBidirectional(viewModel.policyTextProperty());

        Label problem = new Label();
        problem.setId("lifecycle-problem");
        problem.getStyleClass().add(BerthStyles.FIELD_ERROR);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.policyProblemProperty());
        problem.visibleProperty().bind(viewModel.policyProblemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        ToolButton save = new ToolButton("lifecycle-save", "Save policy", MaterialDesignC.CONTENT_SAVE_OUTLINE,
                viewModel::savePolicy);
        writes.guard(save, viewModel.policyProblemProperty().isNotNull()
                .or(viewModel.policyTextProperty().isEmpty()));
        ToolButton delete = new ToolButton("lifecycle-delete", "Delete policy", MaterialDesignD.DELETE_OUTLINE,
                viewModel::deletePolicy);
        writes.guard(delete);

        Label previewTitle = new Label();
        previewTitle.getStyleClass().add(BerthStyles.DETAILS_KEY);
        previewTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.preview().isEmpty()
                ? "Preview: this policy would expire no image now."
                : "Preview: this policy would expire " + viewModel.preview().size() + " image(s) now:",
                viewModel.preview()));
        ListView<LifecyclePolicyPreviewResult> preview = new ListView<>(viewModel.preview());
        preview.setId("lifecycle-preview");
        preview.setPrefHeight(140);
        preview.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LifecyclePolicyPreviewResult result, boolean empty) {
                super.updateItem(result, empty);
                setText(empty || result == null ? null : describe(result));
            }
        });
        VBox.setVgrow(preview, Priority.ALWAYS);
        getChildren().addAll(editor, problem, new HBox(8, save, delete), previewTitle, preview);
    }

    static String describe(LifecyclePolicyPreviewResult result) {
        String tags = result.imageTags().isEmpty() ? "untagged" : String.join(", ", result.imageTags());
        return ImageDialogs.shortDigest(result.imageDigest()) + "  (" + tags + ")  pushed "
                + TimeText.dateTime(result.imagePushedAt()) + "  — rule " + result.appliedRulePriority();
    }
}
