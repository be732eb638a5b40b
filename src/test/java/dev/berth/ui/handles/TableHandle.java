package dev.berth.ui.handles;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A table as a user sees it: its rows in display order, clicking one, typing into its filter box. */
public final class TableHandle<R> {
    private final FxRobot robot;
    private final String tableId;
    private final String filterId;

    public TableHandle(FxRobot robot, String tableId, String filterId) {
        this.robot = robot;
        this.tableId = tableId;
        this.filterId = filterId;
    }

    @SuppressWarnings("unchecked")
    public TableView<R> table() {
        return (TableView<R>) robot.lookup("#" + tableId).queryAs(TableView.class);
    }

    /** The rows as displayed: filtered and sorted. */
    public List<R> rows() {
        return new ArrayList<>(table().getItems());
    }

    public Optional<R> row(Predicate<R> which) {
        return rows().stream().filter(which).findFirst();
    }

    public R selected() {
        return table().getSelectionModel().getSelectedItem();
    }

    /** Scrolls the row into view and clicks it. */
    public void click(Predicate<R> which) {
        R item = row(which).orElseThrow(() -> new AssertionError("No such row in #" + tableId + ": " + rows()));
        robot.interact(() -> table().scrollTo(item));
        Node cell = robot.lookup("#" + tableId + " .table-row-cell")
                .match((TableRow<?> row) -> row.getItem() == item).query();
        robot.clickOn(cell);
    }

    public void press(KeyCode key) {
        robot.type(key);
    }

    public void filter(String text) {
        TextField field = robot.lookup("#" + filterId).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        if (!text.isEmpty()) {
            robot.write(text, 0);
        }
    }

    public void sortBy(String columnTitle) {
        robot.clickOn(robot.lookup("#" + tableId + " .column-header .label")
                .match((Label label) -> label.getText().equals(columnTitle)).queryLabeled());
    }
}
