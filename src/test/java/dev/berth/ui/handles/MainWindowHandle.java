package dev.berth.ui.handles;

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The navigation, the status bar and the window-wide keys. */
public final class MainWindowHandle {
    private final FxRobot robot;

    public MainWindowHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Clicks an area in the navigation: "clusters", "services", "taskdefs" or "tasks". */
    public void goTo(String areaKey) {
        robot.clickOn("#nav-" + areaKey);
    }

    public boolean shows(String areaKey) {
        return robot.lookup("#" + areaKey + "-area").tryQuery().map(node -> node.getScene() != null
                && node.getParent() != null).orElse(false);
    }

    public void pressRefreshKey() {
        robot.type(KeyCode.F5);
    }

    public void pressShortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    public String backend() {
        return text("#status-backend");
    }

    public String lastRefresh() {
        return text("#status-last-refresh");
    }

    public String clock() {
        return text("#status-clock");
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
