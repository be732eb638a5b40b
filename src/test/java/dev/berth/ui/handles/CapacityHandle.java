package dev.berth.ui.handles;

import dev.berth.ui.clusters.CapacityProviderRow;
import dev.berth.ui.clusters.ContainerInstanceRow;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import org.testfx.api.FxRobot;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The clusters area's "Capacity" tab of the selected cluster. */
public final class CapacityHandle {
    private final FxRobot robot;
    private final TableHandle<ContainerInstanceRow> instances;
    private final TableHandle<CapacityProviderRow> providers;

    public CapacityHandle(FxRobot robot) {
        this.robot = robot;
        this.instances = new TableHandle<>(robot, "capacity-instances", null);
        this.providers = new TableHandle<>(robot, "capacity-providers", null);
    }

    public void open() {
        robot.clickOn("Capacity");
    }

    public List<ContainerInstanceRow> instances() {
        return instances.rows();
    }

    public List<CapacityProviderRow> providers() {
        return providers.rows();
    }

    public void drain(String instanceId) {
        instances.click(row -> row.instanceId().equals(instanceId));
        robot.clickOn("#capacity-drain");
    }

    public void activate(String instanceId) {
        instances.click(row -> row.instanceId().equals(instanceId));
        robot.clickOn("#capacity-activate");
    }

    public void setTargetCapacity(String provider, int percent) {
        openProviderDialog(provider, "capacity-target").type("capacity-target-value", String.valueOf(percent))
                .submit();
    }

    /** Edit group of the provider's Auto Scaling group: a new maximum size, the other sizes as they are. */
    public void setGroupMaximum(String provider, int maxSize) {
        openProviderDialog(provider, "capacity-edit-group").type("capacity-group-max", String.valueOf(maxSize))
                .submit();
    }

    /** Whether Edit group is enabled with the provider selected (it is not on a read-only connection). */
    public boolean canEditGroup(String provider) {
        selectProvider(provider);
        return !robot.lookup("#capacity-edit-group").queryAs(Button.class).isDisabled();
    }

    /** Selects the provider and fires one of its actions; the section may lie below the scrolled view. */
    private DialogHandle openProviderDialog(String provider, String buttonId) {
        selectProvider(provider);
        Button action = robot.lookup("#" + buttonId).queryAs(Button.class);
        assertThat(action.isDisabled()).as(buttonId + " enabled").isFalse();
        robot.interact(action::fire);
        return new DialogHandle(robot);
    }

    private void selectProvider(String provider) {
        CapacityProviderRow row = providers.row(r -> r.name().equals(provider)).orElseThrow();
        robot.interact(() -> providers.table().getSelectionModel().select(row));
    }

    /** The series of a chart ("size", "reservation") by name, with their number of points. */
    public List<String> chartSeries(String chart) {
        return chart(chart).getData().stream().map(s -> s.getName() + " (" + s.getData().size() + ")").toList();
    }

    /** The last value of the named series of a chart. */
    public double lastValue(String chart, String series) {
        var data = chart(chart).getData().stream().filter(s -> s.getName().equals(series)).findFirst()
                .orElseThrow(() -> new AssertionError("No series " + series + " in " + chartSeries(chart)))
                .getData();
        return ((Number) data.get(data.size() - 1).getYValue()).doubleValue();
    }

    private LineChart<?, ?> chart(String chart) {
        return robot.lookup("#capacity-chart-" + chart).queryAs(LineChart.class);
    }
}
