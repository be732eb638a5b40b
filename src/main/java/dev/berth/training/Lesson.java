package dev.berth.training;

import java.util.List;

/**
 * A lesson as its file in {@code assets/lessons/} describes it (the format is in that folder's README.md).
 * Hands-on lessons start from a fresh practice world prepared by {@code setup}; reading lessons have no objectives.
 */
public record Lesson(String id, String title, String topic, int minutes, String summary,
                     List<SimulatorPart> requires, List<WorldAction> setup, List<LessonStep> steps,
                     List<QuizQuestion> quiz) {
    public Lesson {
        requires = List.copyOf(requires);
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
        quiz = List.copyOf(quiz);
    }

    /** Whether the learner works in a practice world, with objectives checked live. */
    public boolean isHandsOn() {
        return steps.stream().anyMatch(LessonStep::isHandsOn);
    }

    public int objectiveCount() {
        return steps.stream().mapToInt(step -> step.objectives().size()).sum();
    }
}
