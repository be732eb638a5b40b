package dev.berth.ui.common;

import dev.berth.ui.theme.BerthStyles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.function.Function;

/** Key/value lines for the selected row; says so when nothing is selected. Values wrap and can be long ARNs. */
public final class DetailsPane extends ScrollPane {
    private final GridPane grid = new GridPane();
    private final String emptyText;

    public DetailsPane(String id, String emptyText) {
        this.emptyText = emptyText;
        setId(id);
        grid.getStyleClass().add(BerthStyles.DETAILS_PANE);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, values);
        setContent(grid);
        setFitToWidth(true);
        showNothing();
    }

    /** Shows the details of whatever {@code selected} holds, following its changes (selection and refreshes). */
    public <T> void follow(ObservableValue<T> selected, Function<T, List<Detail>> describe) {
        selected.addListener((observable, old, item) -> {
            if (item == null) {
                showNothing();
            } else {
                show(describe.apply(item));
            }
        });
    }

    public void show(List<Detail> details) {
        grid.getChildren().clear();
        int row = 0;
        for (Detail detail : details) {
            Label key = new Label(detail.key());
            key.getStyleClass().add(BerthStyles.DETAILS_KEY);
            Label value = new Label(detail.value());
            value.getStyleClass().add(BerthStyles.DETAILS_VALUE);
            value.setWrapText(true);
            grid.addRow(row++, key, value);
        }
    }

    public void showNothing() {
        grid.getChildren().setAll(new Label(emptyText));
    }
}
