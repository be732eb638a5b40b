package dev.berth.training;

/** Whether an objective holds now, and what the world looks like from its point of view ("1 of 2 tasks running"). */
public record ObjectiveCheck(boolean met, String detail) {

    public static ObjectiveCheck met(String detail) {
        return new ObjectiveCheck(true, detail);
    }

    public static ObjectiveCheck notYet(String detail) {
        return new ObjectiveCheck(false, detail);
    }
}
