package dev.berth.ui.handles;

import dev.berth.ui.services.EventRow;
import dev.berth.ui.services.ServiceRow;
import dev.berth.ui.services.TargetRow;
import javafx.scene.control.ComboBox;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The services area: cluster picker, table, create/update dialogs and the Events, Deployments and Load balancing
 * tabs.
 */
public final class ServicesHandle {
    private final FxRobot robot;
    private final TableHandle<ServiceRow> table;
    private final DialogHandle dialog;

    public ServicesHandle(FxRobot robot) {
        this.robot = robot;
        this.table = new TableHandle<>(robot, "services-table", "services-filter");
        this.dialog = new DialogHandle(robot);
    }

    public TableHandle<ServiceRow> table() {
        return table;
    }

    public String cluster() {
        return (String) robot.lookup("#services-cluster").queryAs(ComboBox.class).getValue();
    }

    public List<String> names() {
        return table.rows().stream().map(ServiceRow::name).collect(Collectors.toList());
    }

    public ServiceRow row(String name) {
        return table.row(row -> row.name().equals(name)).orElseThrow(() -> new AssertionError("No service " + name
                + " in " + names()));
    }

    public void select(String name) {
        table.click(row -> row.name().equals(name));
    }

    /** Opens "Create service" and fills in what every service needs; the dialog stays open for more. */
    public DialogHandle startCreate(String name, String taskDefinition, int desiredCount, String subnets) {
        robot.clickOn("#services-create");
        return dialog.type("service-name", name)
                .type("service-task-definition", taskDefinition)
                .type("service-desired-count", String.valueOf(desiredCount))
                .type("service-subnets", subnets);
    }

    public void create(String name, String taskDefinition, int desiredCount, String subnets) {
        startCreate(name, taskDefinition, desiredCount, subnets).submit();
    }

    public DialogHandle startUpdate(String name) {
        select(name);
        robot.clickOn("#services-update");
        return dialog;
    }

    /** The messages in the Events tab of the selected service, newest first. */
    public List<String> events() {
        robot.clickOn("Events");
        return new TableHandle<EventRow>(robot, "service-events", "service-events-filter").rows().stream()
                .map(EventRow::message).collect(Collectors.toList());
    }

    /** Opens "Why stuck?" for {@code name}: the headline, then each finding's title, as the dialog shows them. */
    public List<String> explain(String name) {
        select(name);
        robot.clickOn("#services-explain");
        List<String> shown = new DiagnosisHandle(robot).shown();
        robot.clickOn("Close");
        return shown;
    }

    /** Opens Load balancing → Edit health check for the selected service's target group. */
    public DialogHandle startEditHealthCheck() {
        robot.clickOn("Load balancing");
        robot.clickOn("#service-edit-health-check");
        return dialog;
    }

    /** The targets in the Load balancing tab of the selected service. */
    public List<TargetRow> targets() {
        robot.clickOn("Load balancing");
        return new TableHandle<TargetRow>(robot, "service-targets", "service-targets-filter").rows();
    }
}
