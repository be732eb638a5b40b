package dev.berth.training;

import java.util.List;

/**
 * A lesson as the learner sees it at one moment: each step with its objectives ticked or not (and what the last
 * check saw), the step they are on, and their saved progress (quiz answers, score; for a challenge its attempt and
 * best score, else null). Immutable; every check makes a new one.
 */
public record LessonState(Lesson lesson, PracticeWorld world, List<StepState> steps, int currentStep,
                          LessonProgress progress, ChallengeProgress challenge) {
    public LessonState {
        steps = List.copyOf(steps);
    }

    /** One objective: whether it has been met (once met, it stays met) and what the last check saw. */
    public record ObjectiveState(Objective objective, boolean met, String detail) {
    }

    public record StepState(LessonStep step, List<ObjectiveState> objectives) {
        public StepState {
            objectives = List.copyOf(objectives);
        }

        public boolean done() {
            return objectives.stream().allMatch(ObjectiveState::met);
        }
    }

    /** Whether every objective has been met (always, for a reading lesson). */
    public boolean objectivesDone() {
        return currentStep >= steps.size();
    }

    public boolean complete() {
        return progress.completes(lesson);
    }
}
