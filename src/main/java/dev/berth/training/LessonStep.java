package dev.berth.training;

import java.util.List;

/**
 * One step of a lesson: a short explanation, and for hands-on steps the objectives the learner makes true in the
 * real views, hints to reveal one at a time, and the actions "Show me" performs instead.
 */
public record LessonStep(String id, String title, String explanation, List<Objective> objectives,
                         List<String> hints, List<WorldAction> showMe) {
    public LessonStep {
        Fields.text(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a step id is lower-case words joined by '-', not '" + id + "'");
        }
        Fields.text(title, "title");
        Fields.text(explanation, "explanation");
        objectives = Fields.list(objectives);
        hints = Fields.list(hints);
        showMe = Fields.list(showMe);
    }

    public boolean isHandsOn() {
        return !objectives.isEmpty();
    }

    /** How progress names the step's {@code index}th objective; stable while the step keeps its id. */
    public String objectiveKey(int index) {
        return id + "/" + index;
    }
}
