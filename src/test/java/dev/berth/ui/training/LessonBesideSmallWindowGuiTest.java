package dev.berth.ui.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.training.FreshWorld;
import dev.berth.ui.handles.LessonPaneHandle;
import dev.berth.ui.handles.MainWindowHandle;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A learner on a small screen (1024 x 700) with a lesson open beside the Services area: the area's tool bar keeps
 * every action within reach (as an icon, or in its "more" menu), nothing is pushed out of the window, form labels
 * keep their words, and the lesson pane's edge can be dragged to give the views more room.
 */
@ExtendWith(ApplicationExtension.class)
class LessonBesideSmallWindowGuiTest {
    private static final List<String> SERVICE_ACTIONS = List.of("services-create", "services-update",
            "services-explain", "services-delete", "services-copy-arn", "services-console");

    @TempDir
    static Path home;
    /** Made before the window, outside TestFX's time limit for setting a window up. */
    private static Gateway world;
    private Stage stage;

    @BeforeAll
    static void makeWorld() {
        world = FreshWorld.named("practice", 42);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        PracticeWindow.show(stage, world, home, home.resolve("progress-" + System.nanoTime() + ".json"));
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @Test
    void theServicesAreaStaysUsableBesideTheLessonAndThePaneCanBeNarrowed(FxRobot robot) {
        MainWindowHandle views = new MainWindowHandle(robot);
        LessonPaneHandle lesson = new LessonPaneHandle(robot);
        views.goTo("training");
        lesson.open("docker-containers");
        views.goTo("services");

        assertThat(rightEdge(robot.lookup("#lesson-pane").query())).as("the lesson pane is inside the window")
                .isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
        assertReachable(robot);
        robot.clickOn("Faults");
        GridPane faultForm = (GridPane) robot.lookup("#faults-occurrences").query().getParent();
        assertThat(faultForm.getChildren()).filteredOn(Label.class::isInstance).isNotEmpty()
                .allSatisfy(label -> assertThat(label.getLayoutBounds().getWidth()).as(((Label) label).getText())
                        .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5));
        MenuButton more = robot.lookup("#services-more").queryAs(MenuButton.class);
        int movedAtFirst = more.isVisible() ? more.getItems().size() : 0;

        double before = lesson.width();
        lesson.dragEdge(100);
        assertThat(lesson.width()).isCloseTo(before - 100, within(2.0));
        assertReachable(robot);
        assertThat(more.isVisible() ? more.getItems().size() : 0).as("more room, fewer actions in the menu")
                .isLessThan(Math.max(movedAtFirst, 1));

        lesson.dragEdge(-900);
        assertThat(lesson.width()).as("the views keep part of the window")
                .isLessThanOrEqualTo(stage.getScene().getWidth() * 0.6 + 1);
    }

    /** Each action is either whole on the tool bar, inside the area, or an entry of the "more" menu. */
    private void assertReachable(FxRobot robot) {
        Node area = robot.lookup("#services-area").query();
        MenuButton more = robot.lookup("#services-more").queryAs(MenuButton.class);
        for (String id : SERVICE_ACTIONS) {
            Node button = robot.lookup("#" + id).query();
            if (button.isVisible()) {
                assertThat(rightEdge(button)).as(id).isLessThanOrEqualTo(rightEdge(area) + 0.5);
                assertThat(button.getLayoutBounds().getWidth()).as(id)
                        .isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
            } else {
                assertThat(more.isVisible()).as(id).isTrue();
                assertThat(more.getItems()).as(id).anyMatch(item -> (id + "-more").equals(item.getId()));
            }
        }
    }

    private static double rightEdge(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMaxX();
    }
}
