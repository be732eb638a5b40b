package dev.berth.ui.handles;

import dev.berth.ui.clusters.ClusterRow;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.stream.Collectors;

/** The clusters area: its table, the create dialog and delete with typed confirmation. */
public final class ClusterTableHandle {
    private final FxRobot robot;
    private final TableHandle<ClusterRow> table;
    private final DialogHandle dialog;

    public ClusterTableHandle(FxRobot robot) {
        this.robot = robot;
        this.table = new TableHandle<>(robot, "clusters-table", "clusters-filter");
        this.dialog = new DialogHandle(robot);
    }

    public TableHandle<ClusterRow> table() {
        return table;
    }

    public List<String> names() {
        return table.rows().stream().map(ClusterRow::name).collect(Collectors.toList());
    }

    public ClusterRow row(String name) {
        return table.row(row -> row.name().equals(name)).orElseThrow(() -> new AssertionError("No cluster " + name
                + " in " + names()));
    }

    public void select(String name) {
        table.click(row -> row.name().equals(name));
    }

    /** Opens "Create cluster" and types the name; the dialog stays open for more. */
    public DialogHandle startCreate(String name) {
        robot.clickOn("#clusters-create");
        return dialog.type("cluster-name", name);
    }

    public void create(String name) {
        startCreate(name).submit();
    }

    /** Opens the delete confirmation for {@code name} and types {@code typed} into it. */
    public DialogHandle startDelete(String name, String typed) {
        select(name);
        robot.clickOn("#clusters-delete");
        return dialog.type("confirm-input", typed);
    }
}
