package dev.berth.ui.clusters;

import dev.berth.core.model.FeedKind;
import dev.berth.ui.common.RowTable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.Arrays;

/**
 * The selected cluster's event feed, newest first: everything its services, tasks, scaling and load balancer
 * targets did, filtered by kind and by text. Rows update in place, so the selection survives a refresh.
 */
final class ClusterFeedPane extends BorderPane {
    static final String ALL_KINDS = "All kinds";

    ClusterFeedPane(ClusterFeedViewModel viewModel) {
        setId("cluster-feed-pane");
        RowTable<FeedRow> table = new RowTable<>("cluster-feed", viewModel.shown(), "Nothing to show. The "
                + "simulator keeps everything that happens in a cluster; AWS keeps no such feed, only each "
                + "service's last 100 events (Services area).");
        // Unsorted, the table keeps the feed's order: newest first.
        table.addTimeColumn("Time", 160, FeedRow::timeProperty);
        table.addTextColumn("Kind", 130, FeedRow::kindProperty);
        table.addTextColumn("Subject", 190, FeedRow::subjectProperty);
        table.addTextColumn("Message", 900, FeedRow::messageProperty);

        ChoiceBox<String> kinds = new ChoiceBox<>();
        kinds.setId("cluster-feed-kind");
        kinds.getItems().add(ALL_KINDS);
        Arrays.stream(FeedKind.values()).map(FeedRow::label).forEach(kinds.getItems()::add);
        kinds.setValue(ALL_KINDS);
        kinds.valueProperty().addListener((observable, old, label) -> viewModel.kindProperty().set(
                Arrays.stream(FeedKind.values()).filter(k -> FeedRow.label(k).equals(label)).findFirst()
                        .orElse(null)));
        TextField filter = new TextField();
        filter.setId("cluster-feed-filter");
        filter.setPromptText("Filter the feed");
        filter.textProperty().bindBidirectional(viewModel.rows().filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label error = new Label();
        error.setId("cluster-feed-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.getStyleClass().add("danger");
        HBox bar = new HBox(8, kinds, filter, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        setTop(bar);
        setCenter(table);
    }
}
