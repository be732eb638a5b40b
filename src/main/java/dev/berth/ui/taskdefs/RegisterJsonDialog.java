package dev.berth.ui.taskdefs;

import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import dev.berth.ui.theme.BerthStyles;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** "Register from JSON": RegisterTaskDefinition input, with parse and validation errors under the editor. */
final class RegisterJsonDialog {

    private RegisterJsonDialog() {
    }

    static void show(Window owner, TaskDefinitionsViewModel viewModel) {
        TextArea editor = new TextArea(viewModel.jsonTemplate());
        editor.setId("register-json");
        editor.getStyleClass().add(BerthStyles.MONOSPACE);
        editor.setPrefRowCount(24);
        editor.setPrefColumnCount(70);
        FormGrid grid = new FormGrid();
        grid.addField(TaskDefinitionsViewModel.JSON, "Task definition", editor);
        new FormDialog(owner, "Register task definition from JSON", "Register", grid, grid,
                outcome -> viewModel.registerJson(editor.getText(), outcome)).show();
        editor.requestFocus();
    }
}
