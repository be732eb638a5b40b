package dev.berth.ui.shell;

import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.TestWindow;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window at 1024 x 700: a long form opens no taller than the window, its buttons on screen. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowGuiTest {
    @TempDir
    Path settings;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FakeGateway gateway = new FakeGateway();
        DemoData.fill(gateway.fakeEcs());
        TestWindow.open(stage, gateway, settings);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @Test
    void theCreateServiceFormScrollsInsideAWindowNoTallerThanTheMainWindow(FxRobot robot) {
        new MainWindowHandle(robot).goTo("services");
        robot.clickOn("#services-create");

        Node submit = robot.lookup("#dialog-submit").query();
        Window dialog = submit.getScene().getWindow();
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(stage.getHeight());
        assertThat(insideItsWindow(submit)).as("the Create button is on screen").isTrue();
        ScrollPane form = (ScrollPane) submit.getScene().getRoot().lookup(".scroll-pane");
        assertThat(form.getContent().getLayoutBounds().getHeight()).as("the form is taller, so it scrolls")
                .isGreaterThan(form.getViewportBounds().getHeight());

        robot.clickOn("#dialog-cancel");
    }

    private static boolean insideItsWindow(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMinY() >= 0 && bounds.getMaxY() <= node.getScene().getHeight();
    }
}
