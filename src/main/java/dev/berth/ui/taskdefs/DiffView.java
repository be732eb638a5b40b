package dev.berth.ui.taskdefs;

import dev.berth.ui.theme.BerthStyles;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Two revisions side by side: pick each, changed lines highlighted (amber changed, red removed, green added). */
final class DiffView extends BorderPane {

    DiffView(TaskDefinitionsViewModel viewModel) {
        ComboBox<String> left = new ComboBox<>(viewModel.revisionChoices());
        left.setId("taskdefs-diff-left");
        left.valueProperty().bindBidirectional(viewModel.diffLeftProperty());
        ComboBox<String> right = new ComboBox<>(viewModel.revisionChoices());
        right.setId("taskdefs-diff-right");
        right.valueProperty().bindBidirectional(viewModel.diffRightProperty());
        HBox pickers = new HBox(8, new Label("Compare"), left, new Label("with"), right);
        pickers.getStyleClass().add(BerthStyles.TOOL_BAR);
        setTop(pickers);

        ListView<LineDiff.Row> lines = new ListView<>(viewModel.diff());
        lines.setId("taskdefs-diff");
        lines.getStyleClass().add(BerthStyles.DIFF_LINES);
        lines.setPlaceholder(new Label("Pick two revisions to compare."));
        lines.setCellFactory(list -> new DiffCell());
        setCenter(lines);
    }

    private static final class DiffCell extends ListCell<LineDiff.Row> {
        private final Label left = new Label();
        private final Label right = new Label();
        private final HBox both = new HBox(left, right);

        DiffCell() {
            for (Label side : new Label[] {left, right}) {
                side.getStyleClass().add(BerthStyles.DIFF_LINE);
                side.setMaxWidth(Double.MAX_VALUE);
                side.setMinWidth(0);
                side.prefWidthProperty().bind(both.widthProperty().divide(2));
                HBox.setHgrow(side, Priority.ALWAYS);
            }
            setGraphic(null);
        }

        @Override
        protected void updateItem(LineDiff.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            left.setText(row.left() == null ? "" : row.left());
            right.setText(row.right() == null ? "" : row.right());
            mark(left, row.kind() == LineDiff.Kind.REMOVED ? BerthStyles.DIFF_REMOVED
                    : row.kind() == LineDiff.Kind.CHANGED ? BerthStyles.DIFF_CHANGED : null);
            mark(right, row.kind() == LineDiff.Kind.ADDED ? BerthStyles.DIFF_ADDED
                    : row.kind() == LineDiff.Kind.CHANGED ? BerthStyles.DIFF_CHANGED : null);
            setGraphic(both);
        }

        private static void mark(Label side, String styleClass) {
            side.getStyleClass().removeAll(BerthStyles.DIFF_ADDED, BerthStyles.DIFF_REMOVED, BerthStyles.DIFF_CHANGED);
            if (styleClass != null) {
                side.getStyleClass().add(styleClass);
            }
        }
    }
}
