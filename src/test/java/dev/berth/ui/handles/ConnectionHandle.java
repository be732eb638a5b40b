package dev.berth.ui.handles;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/** The connection picker behind the status bar's backend button, and what the status bar shows of a connection. */
public final class ConnectionHandle {
    private final FxRobot robot;

    public ConnectionHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens the picker, chooses {@code name} (a world or a profile) and connects. */
    public void connectTo(String name) {
        robot.clickOn("#status-backend");
        robot.clickOn("#connection-" + name);
        robot.clickOn("#dialog-submit");
    }

    /** Turns writes on for the current AWS connection and confirms the question that follows. */
    public void allowWrites() {
        robot.clickOn("#status-writes");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((javafx.scene.control.Button button) ->
                button.isDefaultButton()).queryButton());
    }

    public String account() {
        return robot.lookup("#status-account").queryAs(Labeled.class).getText();
    }

    public String writes() {
        return robot.lookup("#status-writes").queryAs(Labeled.class).getText();
    }

    public boolean clockShown() {
        Node clock = robot.lookup("#status-clock").query();
        return clock.isVisible() && clock.getParent().isVisible();
    }

    public boolean accountShown() {
        Node account = robot.lookup("#status-account").query();
        return account.getParent().isVisible();
    }
}
