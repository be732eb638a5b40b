package dev.berth.ui.services;

import dev.berth.core.model.Service;
import dev.berth.ui.autoscaling.AutoScalingPane;
import dev.berth.ui.common.AreaFrame;
import dev.berth.ui.common.ClusterPicker;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.ConfirmDeleteDialog;
import dev.berth.ui.common.ConsoleLinkButton;
import dev.berth.ui.common.CopyArnButton;
import dev.berth.ui.common.DetailsPane;
import dev.berth.ui.common.MasterDetail;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.rollout.DeploymentsPane;
import dev.berth.ui.rollout.DiagnosisDialog;
import dev.berth.ui.rollout.FaultsPanel;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The services area: the selected cluster's services; details, deployments, events and load balancing of the
 * selected one.
 */
public final class ServicesView {
    private final ServicesViewModel viewModel;
    private final AreaFrame frame;
    private final RowTable<ServiceRow> table;
    private final WriteLock writes;
    private final DetailsPane details = new DetailsPane("service-details", "Select a service to see its details.");

    public ServicesView(ServicesViewModel viewModel, ClusterSelection clusters, WriteLock writes) {
        this.writes = writes;
        this.viewModel = viewModel;
        frame = new AreaFrame("services", "Services", viewModel);
        table = new RowTable<>("services-table", viewModel.rows().visible(), "No services in this cluster.");
        table.addTextColumn("Service", 220, ServiceRow::nameProperty);
        table.addStatusColumn("Status", 95, ServiceRow::statusProperty);
        table.addNumberColumn("Desired", 80, ServiceRow::desiredProperty);
        table.addNumberColumn("Running", 80, ServiceRow::runningProperty);
        table.addNumberColumn("Pending", 80, ServiceRow::pendingProperty);
        table.addTextColumn("Task definition", 170, ServiceRow::taskDefinitionProperty);
        table.addTextColumn("Launch type", 110, ServiceRow::launchTypeProperty);
        table.addStatusColumn("Deployment", 220, ServiceRow::deploymentProperty);

        ObservableValue<Service> selectedService = table.selectedRowProperty().flatMap(ServiceRow::itemProperty);
        viewModel.selectedProperty().bind(selectedService);
        details.follow(selectedService, ServiceDetails::of);

        Tab deployments = new Tab("Deployments", new DeploymentsPane(viewModel.deployments()));
        Tab loadBalancing = new Tab("Load balancing", loadBalancingPane());
        Tab autoScaling = new Tab("Auto scaling", new AutoScalingPane(viewModel.autoScaling(), writes));
        TabPane tabs = new TabPane(new Tab("Details", details), deployments, new Tab("Events", eventsPane()),
                loadBalancing, autoScaling);
        viewModel.deploymentsOnScreen().follow(deployments);
        viewModel.loadBalancingOnScreen().follow(loadBalancing);
        viewModel.autoScaling().onScreen().follow(autoScaling);
        viewModel.faults().ifPresent(faults -> {
            Tab tab = new Tab("Faults", new FaultsPanel(faults));
            tabs.getTabs().add(tab);
            faults.onScreen().follow(tab);
        });
        tabs.setId("services-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        MasterDetail masterDetail = new MasterDetail(table, tabs);
        // The timeline needs the height more than the services table does.
        deployments.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                masterDetail.giveDetailsRoom();
            }
        });
        table.setOnOpen(masterDetail::openDetails);
        table.setOnDelete(this::deleteSelected);

        frame.addSelectors(new ClusterPicker("services-cluster", clusters));
        frame.addFilter(viewModel.rows().filterProperty(), "Filter services");
        ToolButton create = new ToolButton("services-create", "Create", MaterialDesignP.PLUS,
                () -> CreateServiceDialog.show(frame.getScene().getWindow(), viewModel));
        writes.guard(create, clusters.selectedProperty().isNull());
        ToolButton update = new ToolButton("services-update", "Update", MaterialDesignP.PENCIL_OUTLINE,
                () -> UpdateServiceDialog.show(frame.getScene().getWindow(), viewModel, selectedService.getValue(),
                        writes));
        writes.guard(update, table.selectedRowProperty().isNull());
        ToolButton delete = new ToolButton("services-delete", "Delete", MaterialDesignD.DELETE_OUTLINE,
                this::deleteSelected);
        writes.guard(delete, table.selectedRowProperty().isNull());
        ToolButton explain = new ToolButton("services-explain", "Why stuck?", MaterialDesignH.HELP_CIRCLE_OUTLINE,
                this::explainSelected);
        explain.disableProperty().bind(table.selectedRowProperty().isNull());
        ObservableValue<String> arn = selectedService.map(Service::serviceArn);
        frame.addActions(create, update, explain, delete, new CopyArnButton("services-copy-arn", arn),
                new ConsoleLinkButton("services-console", arn));
        frame.setContent(masterDetail);
    }

    private Node eventsPane() {
        RowTable<EventRow> events = new RowTable<>("service-events", viewModel.events().visible(),
                "Select a service to see its events.");
        // Unsorted, the table keeps AWS's order: newest first, and "steady state" above "deployment completed".
        events.addTimeColumn("Time", 160, EventRow::createdAtProperty);
        events.addTextColumn("Message", 900, EventRow::messageProperty);
        TextField filter = new TextField();
        filter.setId("service-events-filter");
        filter.setPromptText("Filter events");
        filter.textProperty().bindBidirectional(viewModel.events().filterProperty());
        BorderPane pane = new BorderPane(events);
        pane.setTop(filter);
        BorderPane.setMargin(filter, new Insets(6));
        return pane;
    }

    private void explainSelected() {
        String service = table.selectedRow().name();
        DiagnosisDialog.show(frame.getScene().getWindow(), "Why is " + service + " stuck?",
                (onResult, onFailure) -> viewModel.diagnose(service, onResult, onFailure));
    }

    /** The service's load balancer and target group, and the health of each task's target. */
    private Node loadBalancingPane() {
        DetailsPane balancer = new DetailsPane("service-load-balancing", "Select a service to see its load balancer.");
        viewModel.loadBalancingProperty().addListener((observable, old, lines) -> {
            if (lines.isEmpty()) {
                balancer.showNothing();
            } else {
                balancer.show(lines);
            }
        });
        RowTable<TargetRow> targets = new RowTable<>("service-targets", viewModel.targets().visible(),
                "No targets registered.");
        targets.addTextColumn("Task", 285, TargetRow::taskProperty);
        targets.addTextColumn("Target group", 170, TargetRow::targetGroupProperty);
        targets.addTextColumn("Target", 160, TargetRow::targetProperty);
        targets.addStatusColumn("Health", 100, TargetRow::stateProperty);
        targets.addTextColumn("Reason", 255, TargetRow::reasonProperty);
        targets.addTextColumn("Description", 320, TargetRow::descriptionProperty);
        ToolButton editHealthCheck = new ToolButton("service-edit-health-check", "Edit health check",
                MaterialDesignH.HEART_PULSE, () -> HealthCheckDialog.show(frame.getScene().getWindow(), viewModel,
                viewModel.targetGroupProperty().get()));
        writes.guard(editHealthCheck, viewModel.targetGroupProperty().isNull());
        HBox actions = new HBox(8, editHealthCheck);
        actions.setPadding(new Insets(6));
        SplitPane split = new SplitPane(new BorderPane(balancer, actions, null, null, null), targets);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private void deleteSelected() {
        ServiceRow row = table.selectedRow();
        if (row == null || writes.isLocked()) {
            return;
        }
        ConfirmDeleteDialog.show(frame.getScene().getWindow(), "Delete service " + row.name(),
                "Service '" + row.name() + "' will be scaled to 0 and deleted; its tasks are stopped. This cannot "
                        + "be undone.",
                row.name(), outcome -> viewModel.delete(row.name(), outcome));
    }

    /** The area as the main window shows it. */
    public AreaFrame frame() {
        return frame;
    }
}
