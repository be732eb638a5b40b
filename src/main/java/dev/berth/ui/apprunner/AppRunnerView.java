package dev.berth.ui.apprunner;

import dev.berth.core.model.AppRunnerService;
import dev.berth.ui.common.AreaFrame;
import dev.berth.ui.common.ConfirmDeleteDialog;
import dev.berth.ui.common.CopyArnButton;
import dev.berth.ui.common.DetailsPane;
import dev.berth.ui.common.MasterDetail;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The App Runner area: AWS's notice about App Runner's availability, the services with their status, default
 * domain, image, size and instances; the details and operation history of the selected one; create, pause, resume
 * and delete.
 */
public final class AppRunnerView {
    private final AppRunnerViewModel viewModel;
    private final AreaFrame frame;
    private final WriteLock writes;
    private final RowTable<AppRunnerServiceRow> table;
    private final DetailsPane details = new DetailsPane("apprunner-details", "Select a service to see its details.");

    public AppRunnerView(AppRunnerViewModel viewModel, WriteLock writes) {
        this.viewModel = viewModel;
        this.writes = writes;
        frame = new AreaFrame("apprunner", "App Runner", viewModel);
        table = new RowTable<>("apprunner-table", viewModel.rows().visible(),
                "No App Runner services. Create one from a container image.");
        table.addTextColumn("Service", 120, AppRunnerServiceRow::nameProperty);
        table.addStatusColumn("Status", 190, AppRunnerServiceRow::statusProperty);
        table.addTextColumn("Default domain", 290, AppRunnerServiceRow::urlProperty);
        table.addTextColumn("Image", 215, AppRunnerServiceRow::imageProperty);
        table.addTextColumn("CPU / memory", 120, AppRunnerServiceRow::sizeProperty);
        table.addNumberColumn("Instances", 90, AppRunnerServiceRow::instancesProperty).visibleProperty()
                .bind(viewModel.metricsNoteProperty().isNull());
        table.addNumberColumn("Concurrency", 105, AppRunnerServiceRow::concurrencyProperty).visibleProperty()
                .bind(viewModel.metricsNoteProperty().isNull());

        ObservableValue<ServiceReading> selectedService = table.selectedRowProperty()
                .flatMap(AppRunnerServiceRow::itemProperty);
        viewModel.selectedProperty().bind(selectedService);
        details.follow(selectedService, AppRunnerServiceDetails::of);

        Tab operations = new Tab("Operations", operationsTable());
        viewModel.operationsOnScreen().follow(operations);
        TabPane tabs = new TabPane(new Tab("Details", details), operations);
        tabs.setId("apprunner-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        MasterDetail masterDetail = new MasterDetail(table, tabs);
        table.setOnOpen(masterDetail::openDetails);
        table.setOnDelete(this::deleteSelected);

        frame.addFilter(viewModel.rows().filterProperty(), "Filter services");
        ToolButton create = new ToolButton("apprunner-create", "Create", MaterialDesignP.PLUS,
                () -> CreateAppRunnerServiceDialog.show(frame.getScene().getWindow(), viewModel));
        writes.guard(create);
        ToolButton pause = new ToolButton("apprunner-pause", "Pause", MaterialDesignP.PAUSE,
                () -> viewModel.pause(table.selectedRow().id()));
        writes.guard(pause, selectedStatusIsNot("RUNNING"));
        ToolButton resume = new ToolButton("apprunner-resume", "Resume", MaterialDesignP.PLAY,
                () -> viewModel.resume(table.selectedRow().id()));
        writes.guard(resume, selectedStatusIsNot("PAUSED"));
        ToolButton delete = new ToolButton("apprunner-delete", "Delete", MaterialDesignD.DELETE_OUTLINE,
                this::deleteSelected);
        writes.guard(delete, table.selectedRowProperty().isNull());
        frame.addActions(create, pause, resume, delete, new CopyArnButton("apprunner-copy-arn",
                selectedService.map(ServiceReading::service).map(AppRunnerService::serviceArn)));

        Label notice = new Label(AppRunnerViewModel.AVAILABILITY_NOTICE);
        notice.setId("apprunner-notice");
        notice.getStyleClass().add(BerthStyles.NOTICE_BANNER);
        BorderPane content = new BorderPane(masterDetail);
        content.setTop(new VBox(notice,
                banner("apprunner-metrics-note", BerthStyles.NOTICE_BANNER, viewModel.metricsNoteProperty()),
                banner("apprunner-action-error", BerthStyles.ERROR_BANNER, viewModel.actionErrorProperty())));
        frame.setContent(content);
    }

    /** A banner showing {@code text}, there only while the text is. */
    private static Label banner(String id, String style, ReadOnlyStringProperty text) {
        Label banner = new Label();
        banner.setId(id);
        banner.getStyleClass().add(style);
        banner.textProperty().bind(text);
        banner.visibleProperty().bind(text.isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Pause needs a RUNNING service and resume a PAUSED one; the buttons say so before AWS would. */
    private BooleanBinding selectedStatusIsNot(String status) {
        return Bindings.createBooleanBinding(() -> table.selectedRow() == null
                        || !status.equals(table.selectedRow().status()), table.selectedRowProperty(),
                viewModel.selectedProperty());
    }

    private RowTable<OperationRow> operationsTable() {
        RowTable<OperationRow> operations = new RowTable<>("apprunner-operations", viewModel.operations().visible(),
                "Select a service to see its operations.");
        // Unsorted, the table keeps AWS's order: the last started operation first.
        operations.addTextColumn("Operation", 170, OperationRow::typeProperty);
        operations.addStatusColumn("Status", 170, OperationRow::statusProperty);
        operations.addTimeColumn("Started", 160, OperationRow::startedAtProperty);
        operations.addTimeColumn("Ended", 160, OperationRow::endedAtProperty);
        return operations;
    }

    private void deleteSelected() {
        AppRunnerServiceRow row = table.selectedRow();
        if (row == null || writes.isLocked()) {
            return;
        }
        ConfirmDeleteDialog.show(frame.getScene().getWindow(), "Delete service " + row.name(),
                "App Runner service '" + row.name() + "' stops serving and is deleted, with its default domain. "
                        + "This cannot be undone.",
                row.name(), outcome -> viewModel.delete(row.id(), outcome));
    }

    /** The area as the main window shows it. */
    public AreaFrame frame() {
        return frame;
    }
}
