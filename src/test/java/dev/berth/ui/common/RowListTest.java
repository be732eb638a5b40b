package dev.berth.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowListTest {

    record Item(String id, String status) {
    }

    static final class ItemRow extends ModelRow<Item> {
        final StringProperty status = new SimpleStringProperty();

        ItemRow(String id) {
            super(id);
        }

        @Override
        protected void show(Item next) {
            status.set(next.status());
        }

        @Override
        protected Iterable<String> searchableText(Item next) {
            return List.of(next.id(), next.status());
        }
    }

    private final RowList<Item, ItemRow> rows = new RowList<>(Item::id, ItemRow::new);

    @Test
    void anUpdateKeepsTheRowObjectOfEveryIdStillThere() {
        rows.update(List.of(new Item("a", "PENDING"), new Item("b", "PENDING")));
        ItemRow a = rows.get(0);

        rows.update(List.of(new Item("a", "RUNNING"), new Item("c", "PENDING")));

        assertThat(rows).extracting(ModelRow::id).containsExactly("a", "c");
        assertThat(rows.get(0)).isSameAs(a);
        assertThat(a.status.get()).isEqualTo("RUNNING");
    }

    @Test
    void rowsFollowTheBackendsOrderAsOnePermutation() {
        rows.update(List.of(new Item("a", "1"), new Item("b", "1"), new Item("c", "1")));
        ItemRow c = rows.get(2);
        List<ListChangeListener.Change<? extends ItemRow>> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<ItemRow>) changes::add);

        rows.update(List.of(new Item("c", "1"), new Item("a", "1"), new Item("b", "1")));

        assertThat(rows).extracting(ModelRow::id).containsExactly("c", "a", "b");
        assertThat(rows.get(0)).isSameAs(c);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).next() && changes.get(0).wasPermutated()).isTrue();
    }

    @Test
    void newRowsTakeTheirPlaceInTheBackendsOrder() {
        rows.update(List.of(new Item("older", "1")));

        rows.update(List.of(new Item("newer", "1"), new Item("older", "1")));

        assertThat(rows).extracting(ModelRow::id).containsExactly("newer", "older");
    }

    @Test
    void anUnchangedRefreshReportsNothing() {
        rows.update(List.of(new Item("a", "PENDING")));
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<ItemRow>) change -> changes.add(change.toString()));

        rows.update(List.of(new Item("a", "PENDING")));

        assertThat(changes).isEmpty();
    }

    @Test
    void removalsUpdatesAndAdditionsArriveAsOneChange() {
        rows.update(List.of(new Item("a", "1"), new Item("b", "1"), new Item("c", "1"), new Item("d", "1")));
        List<ListChangeListener.Change<? extends ItemRow>> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<ItemRow>) changes::add);

        rows.update(List.of(new Item("a", "1"), new Item("c", "2"), new Item("e", "1")));

        assertThat(changes).hasSize(1);
        assertThat(rows).extracting(ModelRow::id).containsExactly("a", "c", "e");
    }

    @Test
    void aSortedViewFollowsChangedValues() {
        rows.update(List.of(new Item("a", "1"), new Item("b", "2"), new Item("c", "3")));
        SortedList<ItemRow> sorted = new SortedList<>(rows, Comparator.comparing(row -> row.status.get()));

        rows.update(List.of(new Item("a", "9"), new Item("b", "2"), new Item("c", "3")));

        assertThat(sorted).extracting(ModelRow::id).containsExactly("b", "c", "a");
    }

    @Test
    void theFilterLooksAtCurrentValues() {
        FilteredRows<Item, ItemRow> filtered = new FilteredRows<>(Item::id, ItemRow::new);
        filtered.update(List.of(new Item("a", "RUNNING"), new Item("b", "PENDING")));
        filtered.filterProperty().set("run");
        assertThat(filtered.visible()).extracting(ModelRow::id).containsExactly("a");

        filtered.update(List.of(new Item("a", "STOPPED"), new Item("b", "RUNNING")));

        assertThat(filtered.visible()).extracting(ModelRow::id).containsExactly("b");
    }
}
