package dev.berth.ui.autoscaling;

import atlantafx.base.theme.Styles;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.ScalableTarget;
import dev.berth.ui.common.ConfirmDeleteDialog;
import dev.berth.ui.common.ModelRow;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.theme.BerthStyles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/**
 * The services area's "Auto scaling" tab: the scalable target's capacities, the load (simulator), the metric charts
 * with target lines, the policies, the scheduled actions and the activities of the selected service.
 */
public final class AutoScalingPane extends ScrollPane {
    private static final int TABLE_HEIGHT = 130;

    private final AutoScalingViewModel viewModel;
    private final WriteLock writes;
    private final Label target = new Label("Select a service to see its auto scaling.");
    private final Label load = new Label();
    private final Label queue = new Label();
    private final MetricCharts charts = new MetricCharts();

    public AutoScalingPane(AutoScalingViewModel viewModel, WriteLock writes) {
        this.viewModel = viewModel;
        this.writes = writes;
        setId("autoscaling-pane");
        setFitToWidth(true);
        target.setId("autoscaling-target");
        target.getStyleClass().add(Styles.TEXT_BOLD);
        load.setId("autoscaling-load");
        queue.setId("autoscaling-queue");
        queue.managedProperty().bind(queue.visibleProperty());
        Label error = new Label();
        error.setId("autoscaling-error");
        error.getStyleClass().add(BerthStyles.ERROR_BANNER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Label metricsError = new Label();
        metricsError.setId("autoscaling-metrics-error");
        metricsError.setWrapText(true);
        metricsError.getStyleClass().add(BerthStyles.NOTICE_BANNER);
        metricsError.textProperty().bind(viewModel.snapshotProperty().map(AutoScalingViewModel.Snapshot::metricsError));
        metricsError.visibleProperty().bind(metricsError.textProperty().isNotNull());
        metricsError.managedProperty().bind(metricsError.visibleProperty());

        VBox content = new VBox(8, actions(), target, error);
        if (viewModel.canSimulateLoad()) {
            content.getChildren().addAll(load, queue);
        }
        content.getChildren().addAll(metricsError, charts);
        content.getChildren().addAll(activitiesSection(), policiesSection(), scheduledSection());
        content.setPadding(new Insets(10));
        setContent(content);
        viewModel.snapshotProperty().addListener((observable, old, snapshot) -> show(snapshot));
        show(null);
    }

    /** Every way to add something, at the top where it is always in view. */
    private Node actions() {
        ToolButton capacity = new ToolButton("autoscaling-capacity", "Capacity", MaterialDesignP.PENCIL_OUTLINE,
                () -> ScalingDialogs.capacity(window(), viewModel, currentTarget()));
        writes.guard(capacity, viewModel.serviceProperty().isNull());
        ToolButton tracking = new ToolButton("autoscaling-add-target-tracking", "Target tracking",
                MaterialDesignP.PLUS, () -> ScalingDialogs.targetTracking(window(), viewModel));
        writes.guard(tracking, viewModel.snapshotProperty().map(s -> s.target() == null).orElse(true));
        ToolButton step = new ToolButton("autoscaling-add-step", "Step", MaterialDesignP.PLUS,
                () -> ScalingDialogs.step(window(), viewModel));
        step.disableProperty().bind(tracking.disableProperty());
        ToolButton scheduled = new ToolButton("autoscaling-add-scheduled", "Scheduled action", MaterialDesignP.PLUS,
                () -> ScalingDialogs.scheduledAction(window(), viewModel));
        scheduled.disableProperty().bind(tracking.disableProperty());
        HBox bar = new HBox(8, capacity, tracking, step, scheduled);
        if (viewModel.canSimulateLoad()) {
            ToolButton setLoad = new ToolButton("autoscaling-set-load", "Load", MaterialDesignC.CHART_BELL_CURVE,
                    () -> ScalingDialogs.load(window(), viewModel, currentLoad()));
            setLoad.disableProperty().bind(viewModel.serviceProperty().isNull());
            ToolButton producer = new ToolButton("autoscaling-producer-load", "Producer load",
                    MaterialDesignC.CHART_BELL_CURVE, () -> ScalingDialogs.producerLoad(window(), viewModel,
                    currentQueue().queueName(), currentQueue().producerLoad()));
            producer.visibleProperty().bind(viewModel.snapshotProperty().map(s -> s.queue() != null).orElse(false));
            producer.managedProperty().bind(producer.visibleProperty());
            ToolButton send = new ToolButton("autoscaling-send-messages", "Send messages",
                    MaterialDesignE.EMAIL_FAST_OUTLINE, () -> ScalingDialogs.sendMessages(window(), viewModel, currentQueue().queueName()));
            send.visibleProperty().bind(producer.visibleProperty());
            send.managedProperty().bind(send.visibleProperty());
            ToolButton receive = new ToolButton("autoscaling-receive-messages", "Receive messages",
                    MaterialDesignE.EMAIL_OPEN_OUTLINE, () -> MessagesDialog.show(window(), viewModel,
                    currentQueue().queueName()));
            receive.visibleProperty().bind(producer.visibleProperty());
            receive.managedProperty().bind(receive.visibleProperty());
            bar.getChildren().addAll(setLoad, producer, send, receive);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node policiesSection() {
        RowTable<PolicyRow> policies = table("autoscaling-policies", viewModel.policies().visible(),
                "No scaling policies.");
        policies.addTextColumn("Policy", 170, PolicyRow::nameProperty);
        policies.addTextColumn("Type", 150, PolicyRow::typeProperty);
        policies.addTextColumn("Configuration", 560, PolicyRow::summaryProperty);
        ToolButton delete = new ToolButton("autoscaling-delete-policy", "Delete", MaterialDesignD.DELETE_OUTLINE,
                () -> {
                    PolicyRow row = policies.selectedRow();
                    ConfirmDeleteDialog.show(window(), "Delete scaling policy " + row.name(),
                            "The policy stops scaling " + viewModel.name() + "; its alarms go with it.", row.name(),
                            outcome -> viewModel.deletePolicy(row.name(), outcome));
                });
        writes.guard(delete, policies.selectedRowProperty().isNull());
        return section("Scaling policies", policies, delete);
    }

    private Node scheduledSection() {
        RowTable<ScheduledActionRow> actions = table("autoscaling-scheduled-actions",
                viewModel.scheduledActions().visible(), "No scheduled actions.");
        actions.addTextColumn("Name", 170, ScheduledActionRow::nameProperty);
        actions.addTextColumn("Schedule", 330, ScheduledActionRow::scheduleProperty);
        actions.addTextColumn("Sets", 200, ScheduledActionRow::capacitiesProperty);
        ToolButton delete = new ToolButton("autoscaling-delete-scheduled", "Delete", MaterialDesignD.DELETE_OUTLINE,
                () -> {
                    ScheduledActionRow row = actions.selectedRow();
                    ConfirmDeleteDialog.show(window(), "Delete scheduled action " + row.name(),
                            "The action will not change the capacities again.", row.name(),
                            outcome -> viewModel.deleteScheduledAction(row.name(), outcome));
                });
        writes.guard(delete, actions.selectedRowProperty().isNull());
        return section("Scheduled actions", actions, delete);
    }

    private Node activitiesSection() {
        RowTable<ActivityRow> activities = table("autoscaling-activities", viewModel.activities().visible(),
                "No scaling activities yet.");
        // Unsorted, the table keeps AWS's order: newest first.
        activities.addTimeColumn("Start", 160, ActivityRow::startTimeProperty);
        activities.addStatusColumn("Status", 100, ActivityRow::statusProperty);
        activities.addTextColumn("Description", 300, ActivityRow::descriptionProperty);
        activities.addTextColumn("Cause", 600, ActivityRow::causeProperty);
        return section("Activities", activities);
    }

    private static <R extends ModelRow<?>> RowTable<R> table(String id, FilteredList<R> rows, String empty) {
        RowTable<R> table = new RowTable<>(id, rows, empty);
        table.setPrefHeight(TABLE_HEIGHT);
        table.setMinHeight(TABLE_HEIGHT);
        return table;
    }

    private static Node section(String title, Node table, Node... actions) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(8, heading);
        header.getChildren().addAll(List.of(actions));
        header.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, header, table);
    }

    private void show(AutoScalingViewModel.Snapshot snapshot) {
        if (snapshot == null) {
            target.setText(viewModel.serviceProperty().get() == null ? "Select a service to see its auto scaling."
                    : "Reading auto scaling…");
            load.setText("");
            queue.setVisible(false);
            charts.show(List.of(), List.of());
            return;
        }
        ScalableTarget scalable = snapshot.target();
        target.setText(scalable == null ? "Not scaled automatically: set a capacity to register the service."
                : "Desired count kept between " + scalable.minCapacity() + " and " + scalable.maxCapacity()
                + " tasks");
        LoadProfile profile = snapshot.loadProfile();
        load.setText(profile == null ? "Load: none (the service is idle)" : "Load: " + describe(profile));
        WorkerQueue worker = snapshot.queue();
        queue.setVisible(worker != null);
        if (worker != null) {
            queue.setText("Works on queue " + worker.queueName() + ": " + worker.visible() + " messages visible, "
                    + worker.inFlight() + " in flight. Producer: " + (worker.producerLoad() == null ? "none"
                    : describeProducer(worker.producerLoad())));
        }
        charts.show(snapshot.metrics(), snapshot.policies());
    }

    private static String describeProducer(LoadProfile profile) {
        return shaped(profile, "messages") + "; one task processes " + (long) profile.requestsPerTaskAtFullCpu()
                + " a minute";
    }

    static String describe(LoadProfile profile) {
        return shaped(profile, "requests") + "; one task serves " + (long) profile.requestsPerTaskAtFullCpu()
                + " at 100 % CPU";
    }

    /** E.g. "spike to 2400 requests/min for 20 min, otherwise 300 requests/min". */
    private static String shaped(LoadProfile profile, String unit) {
        String base = (long) profile.baseRequestsPerMinute() + " " + unit + "/min";
        return switch (profile.shape()) {
            case CONSTANT -> "constant " + base;
            case RAMP -> "ramp from " + base + " to " + (long) profile.peakRequestsPerMinute() + " over "
                    + profile.durationMinutes() + " min";
            case DAILY_WAVE -> "daily wave between " + base + " and " + (long) profile.peakRequestsPerMinute();
            case SPIKE -> "spike to " + (long) profile.peakRequestsPerMinute() + " " + unit + "/min for "
                    + profile.durationMinutes() + " min, otherwise " + base;
        };
    }

    private ScalableTarget currentTarget() {
        AutoScalingViewModel.Snapshot snapshot = viewModel.snapshotProperty().get();
        return snapshot == null ? null : snapshot.target();
    }

    private WorkerQueue currentQueue() {
        return viewModel.snapshotProperty().get().queue();
    }

    private LoadProfile currentLoad() {
        AutoScalingViewModel.Snapshot snapshot = viewModel.snapshotProperty().get();
        return snapshot == null ? null : snapshot.loadProfile();
    }

    private Window window() {
        return getScene().getWindow();
    }
}
