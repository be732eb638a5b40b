package dev.berth.ui.common;

import javafx.collections.ModifiableObservableListBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of a table, updated in place by id. {@link #update} keeps the row object of every id that is still
 * there, removes the rest and adds new ones, and reports all of it as one list change. Changed rows are reported
 * as a single update range: a sorted view re-sorts once per change, not once per row, which keeps a 10,000-row
 * refresh cheap. When the backend's order changed (newest events first, say), a second change moves the rows into
 * it, so a table without a sort column shows the backend's order.
 */
public final class RowList<M, R extends ModelRow<M>> extends ModifiableObservableListBase<R> {
    private final Function<M, String> idOf;
    private final Function<String, R> newRow;
    private List<R> rows = new ArrayList<>();

    /** {@code newRow} makes an empty row for an id; the list fills it with its first record. */
    public RowList(Function<M, String> idOf, Function<String, R> newRow) {
        this.idOf = idOf;
        this.newRow = newRow;
    }

    /** Makes the rows show {@code items}, in their order. */
    public void update(List<M> items) {
        Map<String, M> incoming = new LinkedHashMap<>();
        for (M item : items) {
            incoming.put(idOf.apply(item), item);
        }
        List<R> next = new ArrayList<>(Math.max(rows.size(), incoming.size()));
        List<R> removed = new ArrayList<>();
        List<Integer> removedAt = new ArrayList<>();
        int firstChanged = Integer.MAX_VALUE;
        int lastChanged = -1;
        for (R row : rows) {
            M item = incoming.remove(row.id());
            if (item == null) {
                removedAt.add(next.size());
                removed.add(row);
                continue;
            }
            if (row.update(item)) {
                firstChanged = Math.min(firstChanged, next.size());
                lastChanged = next.size();
            }
            next.add(row);
        }
        int firstAdded = next.size();
        for (Map.Entry<String, M> entry : incoming.entrySet()) {
            R row = newRow.apply(entry.getKey());
            row.update(entry.getValue());
            next.add(row);
        }
        if (!removed.isEmpty() || lastChanged >= 0 || firstAdded < next.size()) {
            rows = next;
            fireContentChange(removed, removedAt, firstChanged, lastChanged, firstAdded);
        }
        followOrderOf(items);
    }

    private void fireContentChange(List<R> removed, List<Integer> removedAt, int firstChanged, int lastChanged,
                                   int firstAdded) {
        beginChange();
        for (int i = 0; i < removed.size(); i++) {
            // Indexes count the rows kept so far, i.e. the list as it stands after the earlier removals.
            nextRemove(removedAt.get(i), removed.get(i));
        }
        for (int i = firstChanged; i <= lastChanged; i++) {
            nextUpdate(i);
        }
        if (firstAdded < rows.size()) {
            nextAdd(firstAdded, rows.size());
        }
        endChange();
    }

    /** Moves the rows into the order of {@code items} (same ids by now) as one permutation, if it differs. */
    private void followOrderOf(List<M> items) {
        Map<String, Integer> wanted = new HashMap<>(items.size() * 2);
        for (M item : items) {
            wanted.putIfAbsent(idOf.apply(item), wanted.size());
        }
        int[] permutation = new int[rows.size()];
        boolean moved = false;
        for (int i = 0; i < rows.size(); i++) {
            permutation[i] = wanted.get(rows.get(i).id());
            moved |= permutation[i] != i;
        }
        if (!moved) {
            return;
        }
        List<R> ordered = new ArrayList<>(rows);
        for (int i = 0; i < rows.size(); i++) {
            ordered.set(permutation[i], rows.get(i));
        }
        rows = ordered;
        beginChange();
        nextPermutation(0, rows.size(), permutation);
        endChange();
    }

    @Override
    public R get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, R element) {
        rows.add(index, element);
    }

    @Override
    protected R doSet(int index, R element) {
        return rows.set(index, element);
    }

    @Override
    protected R doRemove(int index) {
        return rows.remove(index);
    }
}
