package dev.berth.ui.clusters;

import atlantafx.base.theme.Styles;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AutoScalingGroupProvider;
import dev.berth.core.model.MetricDataResult;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import dev.berth.ui.common.MinuteLineChart;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.time.Instant;
import java.util.List;

/**
 * The clusters area's "Capacity" tab: the selected cluster's container instances (drain, activate), its capacity
 * providers (managed scaling, target capacity) and, from CloudWatch, the auto scaling group's desired and in-service
 * instances and its CapacityProviderReservation against the target, for the selected provider (else the first one
 * with an auto scaling group).
 */
final class CapacityPane extends ScrollPane {
    private static final int TABLE_HEIGHT = 150;
    private static final int MAX_TARGET = 100;

    private final CapacityViewModel viewModel;
    private final RowTable<ContainerInstanceRow> instances;
    private final RowTable<CapacityProviderRow> providers;
    private final LineChart<Number, Number> size = MinuteLineChart.create("capacity-chart-size",
            "Auto scaling group instances", 0);
    private final LineChart<Number, Number> reservation = MinuteLineChart.create("capacity-chart-reservation",
            "CapacityProviderReservation (%)", 0);

    CapacityPane(CapacityViewModel viewModel, WriteLock writes) {
        this.viewModel = viewModel;
        setId("capacity-pane");
        setFitToWidth(true);
        instances = new RowTable<>("capacity-instances", viewModel.instances().visible(),
                "No container instances: EC2 capacity registers here once its instances have booted.");
        instances.addTextColumn("Instance", 170, ContainerInstanceRow::instanceIdProperty);
        instances.addTextColumn("Type", 90, ContainerInstanceRow::instanceTypeProperty);
        instances.addTextColumn("Availability Zone", 130, ContainerInstanceRow::zoneProperty);
        instances.addStatusColumn("Status", 110, ContainerInstanceRow::statusProperty);
        instances.addTextColumn("Agent", 100, ContainerInstanceRow::agentProperty);
        instances.addNumberColumn("Running tasks", 110, ContainerInstanceRow::runningTasksProperty);
        instances.addTextColumn("CPU free", 120, ContainerInstanceRow::cpuProperty);
        instances.addTextColumn("Memory free", 160, ContainerInstanceRow::memoryProperty);
        size(instances);
        providers = new RowTable<>("capacity-providers", viewModel.providers().visible(),
                "The cluster has no capacity providers.");
        providers.addTextColumn("Capacity provider", 330, CapacityProviderRow::nameProperty);
        providers.addTextColumn("Managed scaling", 130, CapacityProviderRow::managedScalingProperty);
        providers.addTextColumn("Group min / desired / max", 170, CapacityProviderRow::groupSizeProperty);
        providers.addTextColumn("Scaling steps", 220, CapacityProviderRow::stepsProperty);
        providers.addTextColumn("Managed", 290, CapacityProviderRow::protectionProperty);
        providers.addTextColumn("Reservation", 100, CapacityProviderRow::reservationProperty);
        size(providers);

        VBox content = new VBox(8, banner("capacity-error", viewModel.errorProperty()),
                banner("capacity-action-error", viewModel.actionErrorProperty()),
                banner("capacity-groups-error", viewModel.groupsErrorProperty()),
                section("Container instances", instances, instanceActions(writes)),
                section("Capacity providers", providers, providerActions(writes)));
        content.getChildren().addAll(banner("capacity-metrics-error", viewModel.metricsErrorProperty()), charts());
        viewModel.providers().all().addListener((ListChangeListener<CapacityProviderRow>) change -> showCharts());
        providers.selectedRowProperty().addListener((observable, old, row) -> showCharts());
        showCharts();
        content.setPadding(new Insets(10));
        setContent(content);
    }

    private Node[] instanceActions(WriteLock writes) {
        ToolButton drain = new ToolButton("capacity-drain", "Drain", MaterialDesignP.PAUSE_CIRCLE_OUTLINE,
                () -> setState("DRAINING"));
        writes.guard(drain, instances.selectedRowProperty().isNull());
        ToolButton activate = new ToolButton("capacity-activate", "Activate", MaterialDesignP.PLAY_CIRCLE_OUTLINE,
                () -> setState("ACTIVE"));
        writes.guard(activate, instances.selectedRowProperty().isNull());
        return new Node[] {drain, activate};
    }

    private void setState(String status) {
        ContainerInstanceRow row = instances.selectedRow();
        viewModel.setInstanceState(row.id(), status);
    }

    private Node[] providerActions(WriteLock writes) {
        ToolButton target = new ToolButton("capacity-target", "Target capacity", MaterialDesignT.TARGET,
                this::editTarget);
        writes.guard(target, providers.selectedRowProperty().map(r -> r.item().provider()
                .autoScalingGroupProvider() == null).orElse(true));
        ToolButton group = new ToolButton("capacity-edit-group", "Edit group", MaterialDesignR.RESIZE, this::editGroup);
        writes.guard(group, providers.selectedRowProperty().map(r -> r.item().group() == null).orElse(true));
        return new Node[] {target, group};
    }

    /** The Auto Scaling group's sizes; managed scaling moves the desired capacity between minimum and maximum. */
    private void editGroup() {
        AutoScalingGroup group = providers.selectedRow().item().group();
        StringProperty min = new SimpleStringProperty(String.valueOf(group.minSize()));
        StringProperty desired = new SimpleStringProperty(String.valueOf(group.desiredCapacity()));
        StringProperty max = new SimpleStringProperty(String.valueOf(group.maxSize()));
        FormGrid grid = new FormGrid();
        grid.addNumber(CapacityViewModel.GROUP_MIN, "Minimum size", "capacity-group-min", min);
        grid.addNumber(CapacityViewModel.GROUP_DESIRED, "Desired capacity", "capacity-group-desired", desired);
        grid.addNumber(CapacityViewModel.GROUP_MAX, "Maximum size", "capacity-group-max", max);
        new FormDialog(getScene().getWindow(), "Auto Scaling group " + group.autoScalingGroupName(), "Save", grid,
                grid, outcome -> viewModel.resizeGroup(group, min.get(), desired.get(), max.get(), outcome)).show();
    }

    /** The target capacity, 1–100 %: how much of the group's instances the tasks should use. */
    private void editTarget() {
        ProviderCapacity selected = providers.selectedRow().item();
        AutoScalingGroupProvider group = selected.provider().autoScalingGroupProvider();
        StringProperty target = new SimpleStringProperty(String.valueOf(group.managedScaling().targetCapacity()));
        FormGrid grid = new FormGrid();
        grid.addNumber("target", "Target capacity (%)", "capacity-target-value", target);
        new FormDialog(getScene().getWindow(), "Managed scaling of " + selected.provider().name(), "Save", grid, grid,
                outcome -> {
                    FieldErrors errors = FieldErrors.none();
                    Integer value = wholeNumber(target.get());
                    if (value == null || value < 1 || value > MAX_TARGET) {
                        errors.add("target", "Enter a whole number from 1 to " + MAX_TARGET + ".");
                    } else {
                        viewModel.setTargetCapacity(selected.provider(), value, outcome);
                    }
                    return errors;
                }).show();
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Node charts() {
        GridPane grid = new GridPane();
        grid.setId("capacity-charts");
        grid.setHgap(8);
        for (LineChart<Number, Number> chart : List.of(size, reservation)) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(half);
            grid.add(chart, grid.getColumnConstraints().size() - 1, 0);
        }
        return grid;
    }

    private void showCharts() {
        size.getData().clear();
        reservation.getData().clear();
        CapacityProviderRow selected = providers.selectedRow();
        ProviderCapacity shown = selected != null && selected.item().provider().autoScalingGroupProvider() != null
                ? selected.item()
                : viewModel.providers().all().stream().map(CapacityProviderRow::item)
                .filter(p -> p.provider().autoScalingGroupProvider() != null).findFirst().orElse(null);
        if (shown == null || shown.metrics().isEmpty()) {
            return;
        }
        List<Instant> minutes = shown.metrics().stream().flatMap(m -> m.timestamps().stream()).sorted().toList();
        if (minutes.isEmpty()) {
            return;
        }
        long first = minutes.get(0).getEpochSecond();
        long last = minutes.get(minutes.size() - 1).getEpochSecond();
        MinuteLineChart.span(size, first, last);
        MinuteLineChart.span(reservation, first, last);
        for (MetricDataResult metric : shown.metrics()) {
            LineChart<Number, Number> chart = CapacityViewModel.RESERVATION.equals(metric.id()) ? reservation : size;
            chart.getData().add(MinuteLineChart.series(metric));
        }
        int target = shown.provider().autoScalingGroupProvider().managedScaling().targetCapacity();
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName("Target " + target + " %");
        line.getData().add(new XYChart.Data<>(first, target));
        line.getData().add(new XYChart.Data<>(last, target));
        reservation.getData().add(line);
    }

    private static Label banner(String id, ReadOnlyStringProperty message) {
        Label banner = new Label();
        banner.setId(id);
        banner.getStyleClass().add(BerthStyles.ERROR_BANNER);
        banner.textProperty().bind(message);
        banner.visibleProperty().bind(message.isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static void size(RowTable<?> table) {
        table.setPrefHeight(TABLE_HEIGHT);
        table.setMinHeight(TABLE_HEIGHT);
    }

    private static Node section(String title, Node table, Node... actions) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(8, heading);
        header.getChildren().addAll(actions);
        header.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, header, table);
    }
}
