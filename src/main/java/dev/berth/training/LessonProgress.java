package dev.berth.training;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a learner has done in one lesson: the objectives met so far (by {@link LessonStep#objectiveKey}), the first
 * answer given to each quiz question (by question index; the score counts only first answers), and whether the
 * lesson's practice world has been set up.
 */
public record LessonProgress(Set<String> objectivesMet, Map<Integer, Integer> quizAnswers,
                             boolean practiceWorldReady) {
    public LessonProgress {
        objectivesMet = objectivesMet == null ? Set.of() : Set.copyOf(new TreeSet<>(objectivesMet));
        quizAnswers = quizAnswers == null ? Map.of() : Map.copyOf(new TreeMap<>(quizAnswers));
    }

    public static LessonProgress none() {
        return new LessonProgress(Set.of(), Map.of(), false);
    }

    /** Every objective met and every question answered. */
    public boolean completes(Lesson lesson) {
        return allObjectivesOf(lesson) && quizAnswers.keySet().containsAll(questionIndexes(lesson));
    }

    /** How many quiz questions were answered right the first time. */
    public int score(Lesson lesson) {
        int score = 0;
        for (Map.Entry<Integer, Integer> answer : quizAnswers.entrySet()) {
            if (answer.getKey() < lesson.quiz().size()
                    && lesson.quiz().get(answer.getKey()).correctAnswer() == answer.getValue()) {
                score++;
            }
        }
        return score;
    }

    public boolean hasStarted() {
        return !objectivesMet.isEmpty() || !quizAnswers.isEmpty() || practiceWorldReady;
    }

    private boolean allObjectivesOf(Lesson lesson) {
        for (LessonStep step : lesson.steps()) {
            for (int i = 0; i < step.objectives().size(); i++) {
                if (!objectivesMet.contains(step.objectiveKey(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<Integer> questionIndexes(Lesson lesson) {
        Set<Integer> indexes = new TreeSet<>();
        for (int i = 0; i < lesson.quiz().size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
