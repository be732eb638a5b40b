package dev.berth.ui.handles;

import org.testfx.api.FxRobot;

import java.time.Duration;
import java.util.List;

/** The simulation clock's controls in the status bar. */
public final class ClockHandle {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** The step menu's items, largest first. */
    private static final List<Duration> STEPS = List.of(Duration.ofHours(1), Duration.ofMinutes(15),
            Duration.ofMinutes(5), MINUTE);
    private static final List<String> STEP_LABELS = List.of("+1 h", "+15 min", "+5 min", "+1 min");
    private final FxRobot robot;

    public ClockHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Advances simulated time in whole minutes through the step menu, largest steps first, as a user would. */
    public void advance(Duration amount) {
        if (!amount.equals(MINUTE.multipliedBy(amount.toMinutes()))) {
            throw new IllegalArgumentException("The step menu advances whole minutes: " + amount);
        }
        Duration left = amount;
        for (int step = 0; step < STEPS.size(); step++) {
            while (left.compareTo(STEPS.get(step)) >= 0) {
                robot.clickOn("#clock-step .arrow-button");
                robot.clickOn(STEP_LABELS.get(step));
                left = left.minus(STEPS.get(step));
            }
        }
    }

    /** Advances simulated time by 5 minutes through the step menu. */
    public void advanceFiveMinutes() {
        robot.clickOn("#clock-step .arrow-button");
        robot.clickOn("+5 min");
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
