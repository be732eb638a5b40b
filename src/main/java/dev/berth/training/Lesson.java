package dev.berth.training;

import java.util.List;

/**
 * A lesson as its file in {@code assets/lessons/} describes it (the format is in that folder's README.md).
 * Hands-on lessons start from a fresh practice world prepared by {@code setup}; reading lessons have no objectives.
 * A scenario challenge ({@code challenge} not null) is a hands-on lesson whose setup breaks the world and whose one
 * step is the goal, scored when solved.
 */
public record Lesson(String id, String title, String topic, int minutes, String summary,
                     List<SimulatorPart> requires, List<WorldAction> setup, List<LessonStep> steps,
                     List<QuizQuestion> quiz, Challenge challenge) {
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

    public boolean isChallenge() {
        return challenge != null;
    }

    public int objectiveCount() {
        return steps.stream().mapToInt(step -> step.objectives().size()).sum();
    }
}
