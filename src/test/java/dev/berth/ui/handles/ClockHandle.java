package dev.berth.ui.handles;

import org.testfx.api.FxRobot;

import java.time.Duration;

/** The simulation clock's controls in the status bar. */
public final class ClockHandle {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private final FxRobot robot;

    public ClockHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Advances simulated time in whole minutes through the step menu, as a user would. */
    public void advance(Duration amount) {
        for (long minute = 0; minute < amount.toMinutes(); minute++) {
            robot.clickOn("#clock-step .arrow-button");
            robot.clickOn("+1 min");
        }
        if (!amount.equals(MINUTE.multipliedBy(amount.toMinutes()))) {
            throw new IllegalArgumentException("The step menu advances whole minutes: " + amount);
        }
    }

    /** Advances simulated time by one of the step menu's items, e.g. "+5 min" or "+15 min". */
    public void step(String menuItem) {
        robot.clickOn("#clock-step .arrow-button");
        robot.clickOn(menuItem);
    }

    public void stepSmall() {
        robot.clickOn("#clock-step");
    }

    public void playOrPause() {
        robot.clickOn("#clock-play-pause");
    }
}
