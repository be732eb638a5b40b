package dev.berth.ui.clusters;

import dev.berth.core.gateway.ClusterFeed;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.FeedEntry;
import dev.berth.core.model.FeedKind;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.WhileShown;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The selected cluster's event feed, newest first: each refresh reads only the entries after the newest one shown,
 * so a feed of many thousands costs one short read a refresh. Filtered by kind and by text.
 */
public final class ClusterFeedViewModel {
    private static final int PAGE = 1000;

    private final Gateway gateway;
    private final BackgroundTasks background;
    private final FilteredRows<FeedEntry, FeedRow> rows = new FilteredRows<>(e -> Long.toString(e.sequence()),
            FeedRow::new);
    private final FilteredList<FeedRow> shown = new FilteredList<>(rows.visible());
    /** Null shows every kind. */
    private final ObjectProperty<FeedKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final List<FeedEntry> newestFirst = new ArrayList<>();
    private String cluster;
    private long latestRequest;
    private final WhileShown onScreen = new WhileShown(this::refresh);

    public ClusterFeedViewModel(Gateway gateway, BackgroundTasks background) {
        this.gateway = gateway;
        this.background = background;
        kind.addListener((observable, old, wanted) -> shown.setPredicate(wanted == null ? null
                : row -> row.kind() == wanted));
    }

    /** Shows {@code clusterName}'s feed from its start; null shows nothing. */
    public void select(String clusterName) {
        if (clusterName != null && clusterName.equals(cluster)) {
            return;
        }
        cluster = clusterName;
        latestRequest++;
        newestFirst.clear();
        rows.clear();
        refresh();
    }

    /** Reads what happened since the newest entry shown; a backend without a feed (AWS) shows none. */
    public void refresh() {
        Optional<ClusterFeed> feed = gateway.clusterFeed();
        if (feed.isEmpty() && !newestFirst.isEmpty()) {
            newestFirst.clear();
            rows.clear();
        }
        if (feed.isEmpty() || cluster == null || !onScreen.isShown()) {
            return;
        }
        String asked = cluster;
        long after = newestFirst.isEmpty() ? 0 : newestFirst.get(0).sequence();
        long request = ++latestRequest;
        background.run(() -> readAfter(feed.get(), asked, after), entries -> {
            if (request == latestRequest) {
                error.set(null);
                add(entries);
            }
        }, failure -> error.set(Messages.explain(failure)));
    }

    private static List<FeedEntry> readAfter(ClusterFeed feed, String cluster, long after) {
        List<FeedEntry> entries = new ArrayList<>();
        List<FeedEntry> page;
        do {
            page = feed.entriesAfter(cluster, entries.isEmpty() ? after : entries.get(entries.size() - 1).sequence(),
                    PAGE);
            entries.addAll(page);
        } while (page.size() == PAGE);
        return entries;
    }

    private void add(List<FeedEntry> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            return;
        }
        List<FeedEntry> added = new ArrayList<>(oldestFirst);
        Collections.reverse(added);
        newestFirst.addAll(0, added);
        rows.update(newestFirst);
    }

    public FilteredList<FeedRow> shown() {
        return shown;
    }

    /** Whether the tab is on screen: the tab's data is read only while it is. */
    public WhileShown onScreen() {
        return onScreen;
    }

    public FilteredRows<FeedEntry, FeedRow> rows() {
        return rows;
    }

    public ObjectProperty<FeedKind> kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
