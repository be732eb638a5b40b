package dev.berth.ui.handles;

import dev.berth.ui.clusters.FeedRow;
import javafx.scene.control.ChoiceBox;
import org.testfx.api.FxRobot;

import java.util.List;

/** The clusters area's Event feed tab: its table, kind filter and text filter. */
public final class ClusterFeedHandle {
    private final FxRobot robot;
    private final TableHandle<FeedRow> table;

    public ClusterFeedHandle(FxRobot robot) {
        this.robot = robot;
        this.table = new TableHandle<>(robot, "cluster-feed", "cluster-feed-filter");
    }

    /** Selects the cluster and opens its Event feed tab. */
    public ClusterFeedHandle open(String cluster) {
        new ClusterTableHandle(robot).select(cluster);
        robot.clickOn("Event feed");
        return this;
    }

    /** The rows as shown, newest first. */
    public List<FeedRow> rows() {
        return table.rows();
    }

    public List<String> messages() {
        return rows().stream().map(FeedRow::message).toList();
    }

    /** "All kinds", "Service event", "Task stopped", "Scaling activity", "Target health" or "EventBridge rule". */
    @SuppressWarnings("unchecked")
    public void showKind(String label) {
        ChoiceBox<String> kinds = robot.lookup("#cluster-feed-kind").queryAs(ChoiceBox.class);
        robot.interact(() -> kinds.setValue(label));
    }

    public void filter(String text) {
        table.filter(text);
    }
}
