package dev.berth.ui.rollout;

import dev.berth.core.model.FaultKind;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The Faults tab: what can go wrong, one line each, injected into the selected service or the whole cluster so the
 * next deployment fails the way real ones do; and the faults armed now, each of which can be cleared.
 */
public final class FaultsPanel extends BorderPane {

    public FaultsPanel(FaultsViewModel viewModel) {
        setId("faults-panel");
        ComboBox<FaultKind> kind = new ComboBox<>();
        kind.setId("faults-kind");
        kind.getItems().setAll(FaultKind.values());
        kind.setCellFactory(list -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        Label effect = new Label();
        effect.setId("faults-effect");
        effect.setWrapText(true);
        effect.getStyleClass().add(BerthStyles.DETAILS_KEY);
        effect.textProperty().bind(viewModel.kindProperty().map(k -> FaultKindText.of(k).effect()));

        ToggleGroup scope = new ToggleGroup();
        RadioButton service = new RadioButton();
        service.setId("faults-scope-service");
        service.textProperty().bind(viewModel.serviceProperty().map(name -> "Service " + name)
                .orElse("The selected service"));
        RadioButton cluster = new RadioButton("Every service in the cluster");
        cluster.setId("faults-scope-cluster");
        service.setToggleGroup(scope);
        cluster.setToggleGroup(scope);
        service.setSelected(true);
        cluster.selectedProperty().bindBidirectional(viewModel.wholeClusterProperty());

        TextField revision = new TextField();
        revision.setId("faults-task-definition");
        revision.setPromptText("any revision, e.g. web:2");
        revision.textProperty().bindBidirectional(viewModel.taskDefinitionProperty());
        TextField times = new TextField();
        times.setId("faults-occurrences");
        times.setPromptText("until cleared");
        times.setPrefColumnCount(8);
        times.textProperty().bindBidirectional(viewModel.occurrencesProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label("Fault"), new VBox(4, kind, effect));
        form.addRow(1, new Label("Strikes"), new HBox(16, service, cluster));
        form.addRow(2, new Label("Only tasks of"), revision);
        form.addRow(3, new Label("Times"), times);
        // The labels keep their words in a narrow window; the fields give up the room.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().setAll(labels, new ColumnConstraints());
        ToolButton inject = new ToolButton("faults-inject", "Inject", MaterialDesignF.FLASH_OUTLINE,
                viewModel::inject);
        Label message = new Label();
        message.setId("faults-message");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> viewModel.errorProperty().get() != null
                ? viewModel.errorProperty().get() : viewModel.messageProperty().get(), viewModel.errorProperty(),
                viewModel.messageProperty()));
        Label intro = new Label("Make the next deployment go wrong the way real ones do. Faults are part of the "
                + "simulated world: they are saved with it and replay the same way.");
        intro.setWrapText(true);

        RowTable<FaultRow> active = new RowTable<>("faults-table", viewModel.rows().visible(),
                "No faults armed in this cluster.");
        active.addTextColumn("Fault", 200, FaultRow::kindProperty);
        active.addTextColumn("Strikes", 260, FaultRow::scopeProperty);
        active.addTextColumn("Struck", 140, FaultRow::struckProperty);
        active.addTimeColumn("Injected", 160, FaultRow::injectedAtProperty);
        ToolButton clear = new ToolButton("faults-clear", "Clear", MaterialDesignC.CLOSE_CIRCLE_OUTLINE,
                () -> viewModel.clear(active.selectedRow().id()));
        clear.disableProperty().bind(active.selectedRowProperty().isNull());
        active.setOnDelete(() -> viewModel.clear(active.selectedRow().id()));

        VBox top = new VBox(10, intro, form, new HBox(10, inject, message), new HBox(10, new Label("Armed now"),
                clear));
        top.setPadding(new Insets(10));
        setTop(top);
        setCenter(active);
    }

    private static final class KindCell extends ListCell<FaultKind> {
        @Override
        protected void updateItem(FaultKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty || kind == null ? null : FaultKindText.of(kind).title());
        }
    }
}
