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

    /** Advances simulated time by 5 minutes through the step menu. */
    public void advanceFiveMinutes() {
        robot.clickOn("#clock-step .arrow-button");
        robot.clickOn("+5 min");
    }

    public void stepSmall() {
        robot.clickOn("#clock-step");
    }

    public void playOrPause() {
        robot.clickOn("#clock-play-pause");
    }
}
