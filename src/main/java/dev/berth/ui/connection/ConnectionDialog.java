package dev.berth.ui.connection;

import dev.berth.core.gateway.Connection;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import dev.berth.ui.theme.BerthStyles;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * "Connect to": the simulator worlds and the AWS profiles of {@code ~/.aws} in one list, the region for an AWS
 * profile, and Connect. A real AWS connection opens read-only.
 */
public final class ConnectionDialog {

    private ConnectionDialog() {
    }

    public static void show(Window owner, ConnectionsViewModel viewModel) {
        viewModel.load();
        FormGrid grid = new FormGrid();
        ListView<Connection> list = new ListView<>(viewModel.choices());
        list.setId("connections-list");
        list.setPrefSize(460, 260);
        list.setCellFactory(view -> new ConnectionCell());
        viewModel.selectedProperty().addListener((observable, old, connection) ->
                list.getSelectionModel().select(connection));
        if (viewModel.selectedProperty().get() != null) {
            list.getSelectionModel().select(viewModel.selectedProperty().get());
        }
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, connection) -> {
            if (connection != null) {
                viewModel.selectedProperty().set(connection);
            }
        });
        grid.addField(ConnectionsViewModel.CONNECTION, "Connect to", list);
        ComboBox<String> region = grid.addSuggestions(ConnectionsViewModel.REGION, "Region", "connection-region",
                viewModel.regions(), viewModel.regionProperty());
        region.disableProperty().bind(viewModel.selectedProperty().map(connection -> !connection.isAws())
                .orElse(true));
        Label note = new Label("A connection to AWS opens read-only. Turn on writes for a profile with the lock in "
                + "the status bar.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        grid.addField("note", "", note);
        Label error = new Label();
        error.getStyleClass().add(BerthStyles.FIELD_ERROR);
        error.textProperty().bind(viewModel.errorProperty());
        grid.addField("error", "", error);
        FormDialog dialog = new FormDialog(owner, "Connect", "Connect", grid, grid, viewModel::connect);
        dialog.fitToContent();
        dialog.show();
    }

    private static final class ConnectionCell extends ListCell<Connection> {
        @Override
        protected void updateItem(Connection connection, boolean empty) {
            super.updateItem(connection, empty);
            if (empty || connection == null) {
                setText(null);
                setGraphic(null);
                setId(null);
            } else {
                setText(connection.label());
                setGraphic(new FontIcon(connection.isAws() ? MaterialDesignA.AWS : MaterialDesignS.SERVER_NETWORK));
                setId("connection-" + connection.name());
            }
        }
    }
}
