package dev.berth.ui.common;

import atlantafx.base.theme.Styles;
import dev.berth.ui.theme.BerthStyles;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dialog form: a label and a control per line, and under each control the place its validation message shows.
 * Error labels take the control's id plus {@code -error}, so tests find the message next to its field.
 */
public final class FormGrid extends GridPane {
    private static final Insets LABEL_OFFSET = new Insets(7, 0, 0, 0);
    private static final double NUMBER_WIDTH = 120;

    private final Map<String, Label> errorLabels = new HashMap<>();
    private int rows;

    public FormGrid() {
        setHgap(12);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setMinWidth(280);
        getColumnConstraints().setAll(labels, controls);
    }

    /** Adds a line for {@code field}; the control must have its id set. Returns the control. */
    public <C extends Node> C addField(String field, String labelText, C control) {
        Label error = new Label();
        error.setId(control.getId() + "-error");
        error.getStyleClass().add(BerthStyles.FIELD_ERROR);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        errorLabels.put(field, error);
        Label label = new Label(labelText);
        label.setLabelFor(control);
        // Top-aligned, level with the control's first line, so tall controls and messages do not move it.
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(LABEL_OFFSET);
        VBox cell = new VBox(2, control, error);
        addRow(rows++, label, cell);
        return control;
    }

    /** A text field bound both ways to {@code value}. */
    public TextField addText(String field, String labelText, String id, StringProperty value) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(value);
        return addField(field, labelText, text);
    }

    /** A short text field for a number or a percentage. */
    public TextField addNumber(String field, String labelText, String id, StringProperty value) {
        TextField number = addText(field, labelText, id, value);
        number.setMaxWidth(NUMBER_WIDTH);
        return number;
    }

    public CheckBox addCheck(String field, String labelText, String id, String boxText, BooleanProperty value) {
        CheckBox box = new CheckBox(boxText);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return addField(field, labelText, box);
    }

    /** A fixed list to choose from. */
    public ChoiceBox<String> addChoice(String field, String labelText, String id, List<String> choices,
                                       StringProperty value) {
        ChoiceBox<String> box = new ChoiceBox<>(FXCollections.observableArrayList(choices));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return addField(field, labelText, box);
    }

    /** Suggestions to pick from, or any text typed in. */
    public ComboBox<String> addSuggestions(String field, String labelText, String id, ObservableList<String> choices,
                                           StringProperty text) {
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId(id);
        box.setEditable(true);
        box.getEditor().textProperty().bindBidirectional(text);
        return addField(field, labelText, box);
    }

    public void addSection(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox section = new VBox(4, new Separator(), heading);
        add(section, 0, rows++, 2, 1);
    }

    /** Shows each message next to its field and clears the others; returns messages for fields not on this form. */
    public FieldErrors showErrors(FieldErrors errors) {
        errorLabels.forEach((field, label) -> {
            String message = errors.get(field);
            label.setText(message);
            label.setVisible(message != null);
        });
        FieldErrors elsewhere = FieldErrors.none();
        errors.asMap().forEach((field, message) -> {
            if (!errorLabels.containsKey(field)) {
                elsewhere.add(field, message);
            }
        });
        return elsewhere;
    }
}
