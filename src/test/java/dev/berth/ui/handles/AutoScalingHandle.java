package dev.berth.ui.handles;

import dev.berth.ui.autoscaling.ActivityRow;
import dev.berth.ui.autoscaling.MessageRow;
import dev.berth.ui.autoscaling.PolicyRow;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

import java.util.List;

/** The services area's "Auto scaling" tab of the selected service. */
public final class AutoScalingHandle {
    private final FxRobot robot;
    private final DialogHandle dialog;

    public AutoScalingHandle(FxRobot robot) {
        this.robot = robot;
        this.dialog = new DialogHandle(robot);
    }

    public void open() {
        robot.clickOn("Auto scaling");
    }

    public void setCapacity(int min, int max) {
        robot.clickOn("#autoscaling-capacity");
        dialog.type("autoscaling-min", String.valueOf(min)).type("autoscaling-max", String.valueOf(max)).submit();
    }

    public void addCpuTargetTracking(String name, int target) {
        robot.clickOn("#autoscaling-add-target-tracking");
        dialog.type("autoscaling-policy-name", name).type("autoscaling-policy-target", String.valueOf(target))
                .submit();
    }

    /** A load profile of {@code shape} ("Spike", "Ramp", ...) from now on. */
    public void setLoad(String shape, int base, int peak, int minutes, int perTask) {
        fillLoad("autoscaling-set-load", shape, base, peak, minutes, perTask);
    }

    /** The messages a producer sends the service's queue, of {@code shape}, from now on. */
    public void setProducerLoad(String shape, int base, int peak, int minutes, int perTask) {
        fillLoad("autoscaling-producer-load", shape, base, peak, minutes, perTask);
    }

    /** Sends the service's queue {@code count} messages with bodies "{@code body} 1", "{@code body} 2", ... */
    public void sendMessages(int count, String body) {
        robot.clickOn("#autoscaling-send-messages");
        dialog.type("autoscaling-send-count", String.valueOf(count)).type("autoscaling-send-body", body).submit();
    }

    /** Opens "Receive messages" and answers the messages it shows. */
    public List<MessageRow> receiveMessages() {
        robot.clickOn("#autoscaling-receive-messages");
        return messages();
    }

    /** Looks at the queue again in the open "Receive messages" window. */
    public List<MessageRow> receiveAgain() {
        robot.clickOn("#autoscaling-messages-again");
        return messages();
    }

    public void closeMessages() {
        robot.clickOn("Close");
    }

    private List<MessageRow> messages() {
        return new TableHandle<MessageRow>(robot, "autoscaling-messages", null).rows();
    }

    /** The line about the queue the service works on. */
    public String queue() {
        return robot.lookup("#autoscaling-queue").queryAs(Label.class).getText();
    }

    private void fillLoad(String button, String shape, int base, int peak, int minutes, int perTask) {
        robot.clickOn("#" + button);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> shapes = robot.lookup("#autoscaling-load-shape").queryAs(ChoiceBox.class);
        robot.interact(() -> shapes.setValue(shape));
        dialog.type("autoscaling-load-peak", String.valueOf(peak))
                .paste("autoscaling-load-base", String.valueOf(base))
                .paste("autoscaling-load-minutes", String.valueOf(minutes))
                .paste("autoscaling-load-capacity", String.valueOf(perTask)).submit();
    }

    public String target() {
        return robot.lookup("#autoscaling-target").queryAs(Label.class).getText();
    }

    public String load() {
        return robot.lookup("#autoscaling-load").queryAs(Label.class).getText();
    }

    public List<String> policies() {
        return new TableHandle<PolicyRow>(robot, "autoscaling-policies", null).rows().stream().map(PolicyRow::name)
                .toList();
    }

    /** Descriptions, newest first. */
    public List<String> activities() {
        return new TableHandle<ActivityRow>(robot, "autoscaling-activities", null).rows().stream()
                .map(ActivityRow::description).toList();
    }

    /** The series of a chart ("cpu", "memory", "requests", "tasks") by name, with their number of points. */
    public List<String> chartSeries(String chart) {
        LineChart<?, ?> lineChart = robot.lookup("#autoscaling-chart-" + chart).queryAs(LineChart.class);
        return lineChart.getData().stream().map(s -> s.getName() + " (" + s.getData().size() + ")").toList();
    }

    /** The last value of the chart's first series. */
    public double lastValue(String chart) {
        LineChart<?, ?> lineChart = robot.lookup("#autoscaling-chart-" + chart).queryAs(LineChart.class);
        var data = lineChart.getData().get(0).getData();
        return ((Number) data.get(data.size() - 1).getYValue()).doubleValue();
    }
}
