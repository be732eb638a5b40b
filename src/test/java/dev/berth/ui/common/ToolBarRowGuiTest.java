package dev.berth.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tool bar row as an area's: title, filter, then actions. Narrow, its buttons turn to icons with their label as a
 * tooltip; narrower still, the last ones move into the "more" menu; either way every action can still be clicked.
 */
@ExtendWith(ApplicationExtension.class)
class ToolBarRowGuiTest {
    private final List<String> done = new ArrayList<>();
    private Stage stage;
    private ToolBarRow row;
    private ToolButton create;
    private ToolButton delete;
    private MenuButton upgrade;
    private CopyButton copy;
    private List<ButtonBase> actions;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        row = new ToolBarRow("test-more");
        row.setSpacing(6);
        Label title = new Label("Services");
        title.setMinWidth(Region.USE_PREF_SIZE);
        TextField filter = new TextField();
        filter.setPrefColumnCount(14);
        filter.setMinWidth(90);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        create = new ToolButton("test-create", "Create", MaterialDesignP.PLUS, () -> done.add("create"));
        ToolButton update = new ToolButton("test-update", "Update", MaterialDesignP.PENCIL_OUTLINE,
                () -> done.add("update"));
        ToolButton explain = new ToolButton("test-explain", "Why stuck?", MaterialDesignH.HELP_CIRCLE_OUTLINE,
                () -> done.add("explain"));
        delete = new ToolButton("test-delete", "Delete", MaterialDesignD.DELETE_OUTLINE, () -> done.add("delete"));
        MenuItem upgradeCluster = new MenuItem("Cluster…");
        upgradeCluster.setId("test-upgrade-cluster");
        upgradeCluster.setOnAction(event -> done.add("upgrade cluster"));
        upgrade = new MenuButton("Upgrade", new FontIcon(MaterialDesignA.ARROW_UP_BOLD_OUTLINE), upgradeCluster);
        upgrade.setId("test-upgrade");
        copy = new CopyButton("test-copy", "Copy ARN", "Copy the selected resource's ARN",
                new SimpleStringProperty("arn:aws:ecs:us-east-1:123456789012:cluster/DemoCluster"));
        actions = List.of(create, update, explain, delete, upgrade, copy);
        row.getItems().addAll(title, filter, spacer);
        row.getItems().addAll(actions);
        stage.setScene(new Scene(new VBox(row), 1000, 120));
        stage.show();
    }

    @Test
    void wideEnoughEveryButtonShowsItsLabel(FxRobot robot) {
        resize(robot, 1000);

        assertThat(row.compactProperty().get()).isFalse();
        assertThat(Stream.of(create, delete, upgrade)).allSatisfy(button -> {
            assertThat(button.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
            assertThat(button.getTooltip()).isNull();
        });
        assertThat(robot.lookup("#test-more").query().isVisible()).isFalse();
        assertThat(actions).allSatisfy(this::wholeOnTheRow);
    }

    @Test
    void narrowTheButtonsShowTheirIconsWithTheLabelAsTooltipAndNoneIsCut(FxRobot robot) {
        resize(robot, 560);

        assertThat(row.compactProperty().get()).isTrue();
        assertThat(row.movedIntoMenu()).isEmpty();
        assertThat(Stream.of(create, delete, upgrade)).allSatisfy(button -> {
            assertThat(button.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(button.getTooltip().getText()).isEqualTo(button.getText());
        });
        assertThat(copy.getTooltip().getText()).as("a button's own tooltip stays")
                .isEqualTo("Copy ARN: Copy the selected resource's ARN");
        assertThat(actions).allSatisfy(this::wholeOnTheRow);

        robot.clickOn("#test-delete");
        assertThat(done).containsExactly("delete");
    }

    @Test
    void narrowerStillTheLastButtonsMoveIntoTheMoreMenuAndWorkFromThere(FxRobot robot) {
        resize(robot, 300);

        List<ButtonBase> moved = row.movedIntoMenu();
        assertThat(moved).isNotEmpty().contains(copy, upgrade, delete).doesNotContain(create);
        assertThat(actions).filteredOn(button -> !moved.contains(button)).allSatisfy(this::wholeOnTheRow);
        assertThat(moved).allSatisfy(button -> assertThat(button.isVisible()).isFalse());
        MenuButton more = robot.lookup("#test-more").queryAs(MenuButton.class);
        wholeOnTheRow(more);
        assertThat(more.getItems()).extracting(MenuItem::getText)
                .isEqualTo(moved.stream().map(ButtonBase::getText).toList());

        robot.interact(() -> delete.setDisable(true));
        MenuItem deleteItem = item(more, "test-delete-more");
        assertThat(deleteItem.isDisable()).as("a disabled button's menu entry is disabled too").isTrue();
        robot.interact(() -> delete.setDisable(false));
        robot.interact(deleteItem::fire);
        Menu upgradeMenu = (Menu) item(more, "test-upgrade-more");
        robot.interact(() -> upgradeMenu.getItems().get(0).fire());
        assertThat(done).containsExactly("delete", "upgrade cluster");
    }

    @Test
    void widenedAgainTheButtonsAndTheirLabelsComeBack(FxRobot robot) {
        resize(robot, 300);
        resize(robot, 1000);

        assertThat(row.compactProperty().get()).isFalse();
        assertThat(row.movedIntoMenu()).isEmpty();
        assertThat(robot.lookup("#test-more").query().isVisible()).isFalse();
        assertThat(Stream.of(create, delete, upgrade)).allSatisfy(button -> {
            assertThat(button.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
            assertThat(button.getTooltip()).isNull();
        });
        assertThat(actions).allSatisfy(this::wholeOnTheRow);
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        robot.interact(() -> stage.getScene().getRoot().layout());
    }

    /** Shown, not cut short, and inside the window. */
    private void wholeOnTheRow(javafx.scene.Node button) {
        assertThat(button.isVisible()).as(button.getId()).isTrue();
        Bounds bounds = button.localToScene(button.getLayoutBounds());
        assertThat(bounds.getMaxX()).as(button.getId()).isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
        assertThat(bounds.getWidth()).as(button.getId()).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
    }

    private static MenuItem item(MenuButton more, String id) {
        return more.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
