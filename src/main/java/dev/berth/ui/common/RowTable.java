package dev.berth.ui.common;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.berth.ui.theme.BerthStyles;
import dev.berth.ui.theme.StatusTone;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.TextAlignment;

import java.time.Instant;
import java.util.function.Function;

/**
 * A table over a view model's {@link FilteredRows}: the filtered rows wrapped in a {@link SortedList} bound to the
 * table's own sort order, so clicking a header sorts and a refresh keeps the order. Enter or a double click opens
 * the selected row, Delete asks to delete it.
 */
public class RowTable<R extends ModelRow<?>> extends TableView<R> {
    /** Room a bold 13 px header needs per character, and for padding plus the sort arrow. */
    private static final double HEADER_CHARACTER_WIDTH = 8.5;
    private static final double HEADER_PADDING = 32;

    private Runnable onOpen = () -> { };
    private Runnable onDelete = () -> { };

    public RowTable(String id, FilteredList<R> rows, String emptyText) {
        setId(id);
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(placeholder(emptyText));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        setRowFactory(table -> new FillerRow<>());
        setOnKeyPressed(event -> {
            if (getSelectionModel().getSelectedItem() == null) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER) {
                onOpen.run();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                onDelete.run();
                event.consume();
            }
        });
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && getSelectionModel().getSelectedItem() != null) {
                onOpen.run();
            }
        });
    }

    /** What an empty table says, wrapped, since it often says what to do and a narrow table must not cut it. */
    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setPadding(new Insets(12));
        return label;
    }

    public void setOnOpen(Runnable action) {
        onOpen = action;
    }

    public void setOnDelete(Runnable action) {
        onDelete = action;
    }

    public ReadOnlyObjectProperty<R> selectedRowProperty() {
        return getSelectionModel().selectedItemProperty();
    }

    public R selectedRow() {
        return getSelectionModel().getSelectedItem();
    }

    /**
     * Keeps the selected row and {@code selectedId} in step both ways: the user's choice sets the id, and an id set
     * by the view model selects its row as soon as the row is there.
     */
    public void bindSelection(StringProperty selectedId) {
        selectedRowProperty().addListener((observable, old, row) -> {
            if (row != null) {
                selectedId.set(row.id());
            }
        });
        Runnable selectWanted = () -> {
            String id = selectedId.get();
            R current = selectedRow();
            if (id == null || current != null && current.id().equals(id)) {
                return;
            }
            getItems().stream().filter(row -> row.id().equals(id)).findFirst()
                    .ifPresent(row -> getSelectionModel().select(row));
        };
        selectedId.addListener(observable -> selectWanted.run());
        getItems().addListener((ListChangeListener<R>) change -> selectWanted.run());
    }

    /** Text, with the whole of it in a tooltip for when the column is too narrow (long event messages). */
    public TableColumn<R, String> addTextColumn(String title, double width,
                                                Function<R, ObservableValue<String>> value) {
        TableColumn<R, String> column = column(title, width, value);
        column.setCellFactory(c -> new TextCell<>());
        getColumns().add(column);
        return column;
    }

    public TableColumn<R, Number> addNumberColumn(String title, double width,
                                                  Function<R, ObservableValue<Number>> value) {
        TableColumn<R, Number> column = column(title, width, value);
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        getColumns().add(column);
        return column;
    }

    /** An AWS status as a coloured badge: green running, amber on the way, grey stopped, red failed. */
    public TableColumn<R, String> addStatusColumn(String title, double width,
                                                  Function<R, ObservableValue<String>> value) {
        TableColumn<R, String> column = column(title, width, value);
        column.setCellFactory(c -> new StatusCell<>());
        getColumns().add(column);
        return column;
    }

    /** A point in time, sorted as time rather than as text. */
    public TableColumn<R, Instant> addTimeColumn(String title, double width,
                                                 Function<R, ObservableValue<Instant>> value) {
        TableColumn<R, Instant> column = column(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : TimeText.dateTime(item));
            }
        });
        getColumns().add(column);
        return column;
    }

    private static <R, T> TableColumn<R, T> column(String title, double width,
                                                   Function<R, ObservableValue<T>> value) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        // Never narrower than the header, so no title is cut to "Runn...".
        column.setPrefWidth(Math.max(width, title.length() * HEADER_CHARACTER_WIDTH + HEADER_PADDING));
        return column;
    }

    /** Shows the whole text as a tooltip; made on first use, as a table fills its viewport with empty cells. */
    private static final class TextCell<R> extends TableCell<R, String> {
        private Tooltip whole;

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            if (empty || text == null || text.isEmpty()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text);
            if (whole == null) {
                whole = new Tooltip();
            }
            whole.setText(text);
            setTooltip(whole);
        }
    }

    private static final class StatusCell<R> extends TableCell<R, String> {
        private final Label badge = new Label();

        StatusCell() {
            badge.getStyleClass().add(BerthStyles.STATUS_BADGE);
        }

        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null || status.isEmpty()) {
                setGraphic(null);
                return;
            }
            badge.setText(status);
            for (StatusTone tone : StatusTone.values()) {
                badge.getStyleClass().remove(tone.styleClass());
            }
            badge.getStyleClass().add(StatusTone.of(status).styleClass());
            setGraphic(badge);
        }
    }
}
