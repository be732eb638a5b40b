package dev.berth.ui.common;

import dev.berth.ui.common.RowListTest.Item;
import dev.berth.ui.common.RowListTest.ItemRow;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The empty rows a table fills its height with have no cells; a row gets them when an item comes into it. */
@ExtendWith(ApplicationExtension.class)
class RowTableGuiTest {
    private final RowList<Item, ItemRow> rows = new RowList<>(Item::id, ItemRow::new);
    private RowTable<ItemRow> table;

    @Start
    void start(Stage stage) {
        rows.update(List.of(new Item("a", "RUNNING")));
        table = new RowTable<>("items", new FilteredList<>(rows), "No items");
        table.addTextColumn("Id", 100, row -> new SimpleStringProperty(row.id()));
        table.addTextColumn("Status", 100, row -> row.status);
        stage.setScene(new Scene(new StackPane(table), 300, 400));
        stage.show();
    }

    @Test
    void theRowsBelowTheItemsHaveNoCells() {
        List<TableRow<?>> shown = rows();

        assertThat(shown).hasSizeGreaterThan(5);
        assertThat(cellTexts(shown.get(0))).containsExactly("a", "RUNNING");
        assertThat(shown.subList(1, shown.size())).allSatisfy(row -> {
            assertThat(row.isEmpty()).isTrue();
            assertThat(cells(row)).isEmpty();
        });
    }

    @Test
    void anEmptyRowGetsItsCellsWhenAnItemComesIntoIt(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.interact(() -> rows.update(List.of(new Item("a", "RUNNING"), new Item("b", "PENDING"),
                new Item("c", "STOPPED"))));

        List<TableRow<?>> shown = rows();
        assertThat(cellTexts(shown.get(1))).containsExactly("b", "PENDING");
        assertThat(cellTexts(shown.get(2))).containsExactly("c", "STOPPED");
        assertThat(cells(shown.get(3))).isEmpty();
        assertThat(table.selectedRow().id()).isEqualTo("a");
    }

    /** The table's rows from the top, as laid out. */
    private List<TableRow<?>> rows() {
        return table.lookupAll(".table-row-cell").stream().map(node -> (TableRow<?>) node)
                .filter(Node::isVisible).sorted(Comparator.comparingInt(TableRow::getIndex))
                .collect(Collectors.toList());
    }

    private static List<TableCell<?, ?>> cells(TableRow<?> row) {
        return row.getChildrenUnmodifiable().stream().filter(TableCell.class::isInstance)
                .map(node -> (TableCell<?, ?>) node).collect(Collectors.toList());
    }

    private static List<String> cellTexts(TableRow<?> row) {
        return cells(row).stream().map(TableCell::getText).toList();
    }
}
