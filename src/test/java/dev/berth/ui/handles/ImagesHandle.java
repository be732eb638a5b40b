package dev.berth.ui.handles;

import dev.berth.ui.ecr.ImageRow;
import dev.berth.ui.ecr.RepositoryRow;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.testfx.api.FxRobot;

import java.util.List;

/** The Images area: repositories, the selected one's images, the push dialog, the lifecycle policy tab. */
public final class ImagesHandle {
    private final FxRobot robot;
    private final TableHandle<RepositoryRow> repositories;
    private final TableHandle<ImageRow> images;
    private final DialogHandle dialog;

    public ImagesHandle(FxRobot robot) {
        this.robot = robot;
        this.repositories = new TableHandle<>(robot, "repositories-table", "images-filter");
        this.images = new TableHandle<>(robot, "images-table", "images-filter");
        this.dialog = new DialogHandle(robot);
    }

    public TableHandle<RepositoryRow> repositories() {
        return repositories;
    }

    public List<ImageRow> images() {
        return images.rows();
    }

    public void createRepository(String name) {
        robot.clickOn("#repositories-create");
        dialog.type("repository-name", name).submit();
    }

    public void selectRepository(String name) {
        repositories.click(row -> row.name().equals(name));
    }

    /** Pushes a built image of {@code sizeMiB} and {@code layers} under {@code tag} to the selected repository. */
    public void push(String tag, int sizeMiB, int layers) {
        robot.clickOn("#images-push");
        dialog.type("push-tag", tag).paste("push-size", String.valueOf(sizeMiB))
                .paste("push-layers", String.valueOf(layers)).submit();
    }

    public void openTab(String title) {
        robot.clickOn(title);
    }

    /** Pastes a policy into the lifecycle editor. */
    public void writePolicy(String json) {
        robot.interact(() -> robot.lookup("#lifecycle-policy").queryAs(TextArea.class).setText(json));
    }

    public String policyProblem() {
        Label problem = robot.lookup("#lifecycle-problem").queryAs(Label.class);
        return problem.isVisible() ? problem.getText() : "";
    }

    public List<String> preview() {
        ListView<?> list = robot.lookup("#lifecycle-preview").queryAs(ListView.class);
        return list.getItems().stream().map(Object::toString).toList();
    }

    public String pushCommands() {
        return robot.lookup("#push-commands").queryAs(TextArea.class).getText();
    }
}
