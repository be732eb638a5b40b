package dev.berth.ui.handles;

import dev.berth.ui.taskdefs.LineDiff;
import dev.berth.ui.taskdefs.RevisionRow;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The task definitions area: families, revisions, JSON, register dialogs and the comparison tab. */
public final class TaskDefinitionsHandle {
    private final FxRobot robot;
    private final TableHandle<RevisionRow> revisions;
    private final DialogHandle dialog;

    public TaskDefinitionsHandle(FxRobot robot) {
        this.robot = robot;
        this.revisions = new TableHandle<>(robot, "taskdefs-revisions", "taskdefs-filter");
        this.dialog = new DialogHandle(robot);
    }

    /** Opens "Register" and fills in a one-container Fargate definition; the dialog stays open for more. */
    public DialogHandle startRegister(String family, String containerName, String image) {
        robot.clickOn("#taskdefs-register");
        return dialog.type("taskdef-family", family)
                .type("taskdef-container-name", containerName)
                .type("taskdef-image", image);
    }

    public void register(String family, String containerName, String image) {
        startRegister(family, containerName, image).submit();
    }

    /** Opens "Register from JSON" with {@code json} in the editor. */
    public DialogHandle startRegisterJson(String json) {
        robot.clickOn("#taskdefs-register-json");
        return dialog.paste("register-json", json);
    }

    public List<String> revisions() {
        return revisions.rows().stream().map(row -> row.nameProperty().get()).collect(Collectors.toList());
    }

    public void selectRevision(String familyRevision) {
        revisions.click(row -> row.nameProperty().get().equals(familyRevision));
    }

    public String json() {
        return robot.lookup("#taskdefs-json").queryAs(TextArea.class).getText();
    }

    /** The warnings of the "Roles and volumes" tab, one per line. */
    public List<String> roleWarnings() {
        robot.clickOn("Roles and volumes");
        return robot.lookup("#taskdefs-role-warnings").queryAs(VBox.class).getChildren().stream()
                .map(node -> ((Label) node).getText()).collect(Collectors.toList());
    }

    /** The key and value lines of the "Roles and volumes" tab, as "key: value". */
    public String rolesAndVolumes() {
        robot.clickOn("Roles and volumes");
        List<String> texts = robot.lookup("#taskdefs-details").lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toList());
        return String.join("\n", texts);
    }

    /** The rows of the Compare tab. */
    @SuppressWarnings("unchecked")
    public List<LineDiff.Row> comparison() {
        robot.clickOn("Compare revisions");
        return new ArrayList<>(robot.lookup("#taskdefs-diff").queryAs(ListView.class).getItems());
    }
}
