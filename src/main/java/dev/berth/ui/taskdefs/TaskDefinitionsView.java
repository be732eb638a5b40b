package dev.berth.ui.taskdefs;

import dev.berth.core.model.TaskDefinition;
import dev.berth.ui.common.AreaFrame;
import dev.berth.ui.common.ConfirmDeleteDialog;
import dev.berth.ui.common.ConsoleLinkButton;
import dev.berth.ui.common.CopyArnButton;
import dev.berth.ui.common.DetailsPane;
import dev.berth.ui.common.LazyTab;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import dev.berth.ui.efs.FileSystemsPane;
import dev.berth.ui.theme.BerthStyles;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The task definitions area: families, then the revisions of the selected one; the JSON of the selected revision
 * and a side-by-side comparison of two revisions.
 */
public final class TaskDefinitionsView {
    private final TaskDefinitionsViewModel viewModel;
    private final AreaFrame frame;
    private final RowTable<RevisionRow> revisions;
    private final TabPane tabs;
    private final TextArea json = new TextArea();

    public TaskDefinitionsView(TaskDefinitionsViewModel viewModel, WriteLock writes) {
        this.viewModel = viewModel;
        frame = new AreaFrame("taskdefs", "Task definitions", viewModel);
        RowTable<FamilyRow> families = new RowTable<>("taskdefs-families", viewModel.families().visible(),
                "No task definitions yet. Register one.");
        families.addTextColumn("Family", 260, FamilyRow::nameProperty);
        families.bindSelection(viewModel.selectedFamilyProperty());

        revisions = new RowTable<>("taskdefs-revisions", viewModel.revisions().visible(), "Select a family.");
        revisions.addNumberColumn("Revision", 75, RevisionRow::revisionProperty);
        revisions.addTextColumn("Task definition", 140, RevisionRow::nameProperty);
        revisions.addStatusColumn("Status", 90, RevisionRow::statusProperty);
        revisions.bindSelection(viewModel.selectedRevisionProperty());
        revisions.setOnDelete(this::deregisterSelected);

        json.setId("taskdefs-json");
        json.setEditable(false);
        json.getStyleClass().add(BerthStyles.MONOSPACE);
        json.textProperty().bind(viewModel.jsonProperty());
        Label revisionError = new Label();
        revisionError.setId("taskdefs-json-error");
        revisionError.getStyleClass().add(BerthStyles.ERROR_BANNER);
        revisionError.textProperty().bind(viewModel.revisionErrorProperty());
        revisionError.visibleProperty().bind(viewModel.revisionErrorProperty().isNotNull());
        revisionError.managedProperty().bind(revisionError.visibleProperty());
        BorderPane jsonPane = new BorderPane(json);
        jsonPane.setTop(revisionError);

        tabs = new TabPane(new Tab("JSON", jsonPane), new Tab("Compare revisions", new DiffView(viewModel)),
                new Tab("Roles and volumes", rolesAndVolumes(viewModel)),
                new LazyTab("File systems", () -> new FileSystemsPane(viewModel.fileSystems(), writes)));
        tabs.setId("taskdefs-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        revisions.setOnOpen(() -> {
            tabs.getSelectionModel().select(0);
            json.requestFocus();
        });

        SplitPane lists = new SplitPane(families, revisions);
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(0.45);
        SplitPane content = new SplitPane(lists, tabs);
        content.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(lists, false);

        frame.addFilter(viewModel.families().filterProperty(), "Filter families");
        ToolButton deregister = new ToolButton("taskdefs-deregister", "Deregister", MaterialDesignM.MINUS_CIRCLE_OUTLINE,
                this::deregisterSelected);
        writes.guard(deregister, viewModel.shownProperty().map(definition -> !"ACTIVE".equals(definition.status()))
                .orElse(true));
        ToolButton register = new ToolButton("taskdefs-register", "Register", MaterialDesignP.PLUS,
                () -> RegisterFormDialog.show(frame.getScene().getWindow(), viewModel));
        writes.guard(register);
        ToolButton registerJson = new ToolButton("taskdefs-register-json", "Register from JSON",
                MaterialDesignC.CODE_JSON, () -> RegisterJsonDialog.show(frame.getScene().getWindow(), viewModel));
        writes.guard(registerJson);
        ObservableValue<String> arn = viewModel.shownProperty().map(TaskDefinition::taskDefinitionArn);
        frame.addActions(register, registerJson, deregister, new CopyArnButton("taskdefs-copy-arn", arn),
                new ConsoleLinkButton("taskdefs-console", arn));
        frame.setContent(content);
    }

    /** The shown revision's roles (with what they lack) and volumes. */
    private static BorderPane rolesAndVolumes(TaskDefinitionsViewModel viewModel) {
        DetailsPane details = new DetailsPane("taskdefs-details", "Select a revision.");
        details.follow(viewModel.shownProperty(), TaskDefinitionDetails::of);
        VBox warnings = new VBox();
        warnings.setId("taskdefs-role-warnings");
        viewModel.roleWarnings().addListener((ListChangeListener<String>) change ->
                warnings.getChildren().setAll(viewModel.roleWarnings().stream().map(text -> {
                    Label warning = new Label(text);
                    warning.setWrapText(true);
                    warning.getStyleClass().add(BerthStyles.NOTICE_BANNER);
                    return warning;
                }).toList()));
        BorderPane pane = new BorderPane(details);
        pane.setTop(warnings);
        return pane;
    }

    private void deregisterSelected() {
        TaskDefinition shown = viewModel.shownProperty().get();
        if (shown == null || !"ACTIVE".equals(shown.status())) {
            return;
        }
        String name = shown.familyRevision();
        ConfirmDeleteDialog.show(frame.getScene().getWindow(), "Deregister " + name,
                "Deregistered revisions cannot start new tasks or services; running tasks keep running.",
                name, "Deregister", outcome -> viewModel.deregister(name, outcome));
    }

    /** The area as the main window shows it. */
    public AreaFrame frame() {
        return frame;
    }
}
