package dev.berth.ui.common;

import dev.berth.ui.theme.BerthStyles;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.util.List;

/**
 * The frame every area shares, and what the main window sees of an area: a tool bar (title, pickers, filter box,
 * actions; a {@link ToolBarRow}, so its buttons turn icon-only when it is narrow), an error banner that appears when
 * the last read failed, and the area's content. Ids start with the area's prefix: {@code clusters-filter},
 * {@code clusters-error}.
 */
public final class AreaFrame extends BorderPane {
    /** Enough for a few typed letters when a narrow tool bar takes the filter's room. */
    private static final double FILTER_MIN_WIDTH = 90;

    private final String idPrefix;
    private final AreaModel model;
    private final ToolBarRow toolBar;
    private final Region spacer = new Region();
    private final Label error = new Label();
    private TextField filter;

    public AreaFrame(String idPrefix, String title, AreaModel model) {
        this.idPrefix = idPrefix;
        this.model = model;
        toolBar = new ToolBarRow(idPrefix + "-more");
        setId(idPrefix + "-area");
        Label heading = new Label(title);
        heading.getStyleClass().add(BerthStyles.AREA_TITLE);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolBar.getStyleClass().add(BerthStyles.TOOL_BAR);
        toolBar.getItems().addAll(heading, spacer);
        error.setId(idPrefix + "-error");
        error.getStyleClass().add(BerthStyles.ERROR_BANNER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        setTop(new VBox(toolBar, error));
    }

    /** Pickers and toggles that choose what the area shows; they sit before the filter box. */
    public void addSelectors(Node... selectors) {
        toolBar.getItems().addAll(toolBar.getItems().indexOf(spacer), List.of(selectors));
    }

    public void addFilter(StringProperty text, String prompt) {
        filter = new TextField();
        filter.setId(idPrefix + "-filter");
        filter.setPromptText(prompt);
        filter.setPrefColumnCount(14);
        filter.setMinWidth(FILTER_MIN_WIDTH);
        filter.textProperty().bindBidirectional(text);
        addSelectors(filter);
    }

    public void addActions(Node... actions) {
        toolBar.getItems().addAll(actions);
    }

    public void setContent(Node content) {
        setCenter(content);
    }

    public void refresh() {
        model.refresh();
    }

    /** Whether the area's content is on the move, so the next refresh should come soon. */
    public boolean changing() {
        return model.changing();
    }

    public ReadOnlyObjectProperty<Instant> refreshedAtProperty() {
        return model.refreshedAtProperty();
    }

    public void focusFilter() {
        if (filter != null) {
            filter.requestFocus();
            filter.selectAll();
        }
    }
}
