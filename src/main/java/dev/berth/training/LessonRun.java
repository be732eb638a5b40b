package dev.berth.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lesson being worked through in its practice world. Each {@link #check} looks at the objectives of the step the
 * learner is on and records those that have become true; when a step is done the next one is checked at once, so
 * work done ahead counts. Objectives are only checked once their step is reached, and stay met once met. Every
 * method may call the gateway: call them off the FX thread.
 */
public final class LessonRun {
    private final Lesson lesson;
    private final PracticeWorld world;
    private final TrainingProgress progress;
    private final ObjectiveChecker checker = new ObjectiveChecker();
    private final ShowMe showMe = new ShowMe();
    private final Map<String, String> lastSeen = new HashMap<>();

    /** {@code world} is null for a reading lesson, which has nothing to check. */
    LessonRun(Lesson lesson, PracticeWorld world, TrainingProgress progress) {
        this.lesson = lesson;
        this.world = world;
        this.progress = progress;
    }

    public Lesson lesson() {
        return lesson;
    }

    public synchronized LessonState check() {
        int step = currentStep();
        while (step < lesson.steps().size() && checkStep(step)) {
            step++;
        }
        return state();
    }

    /** Performs the current step's "Show me" actions, then checks. */
    public synchronized LessonState showMe() {
        int step = currentStep();
        if (step < lesson.steps().size()) {
            showMe.perform(lesson.steps().get(step).showMe(), world.gateway());
        }
        return check();
    }

    /** Records the learner's answer (only the first answer to a question counts for the score). */
    public synchronized LessonState answer(int question, int answer) {
        progress.answered(lesson.id(), question, answer);
        return state();
    }

    /** The lesson as the learner sees it, from saved progress and the last checks, without calling the gateway. */
    public synchronized LessonState state() {
        LessonProgress saved = progress.lesson(lesson.id());
        List<LessonState.StepState> steps = new ArrayList<>();
        for (LessonStep step : lesson.steps()) {
            List<LessonState.ObjectiveState> objectives = new ArrayList<>();
            for (int i = 0; i < step.objectives().size(); i++) {
                String key = step.objectiveKey(i);
                objectives.add(new LessonState.ObjectiveState(step.objectives().get(i),
                        saved.objectivesMet().contains(key), lastSeen.get(key)));
            }
            steps.add(new LessonState.StepState(step, objectives));
        }
        return new LessonState(lesson, world, steps, currentStep(), saved);
    }

    /** Checks the step's objectives not met yet; returns whether all of them are met now. */
    private boolean checkStep(int index) {
        LessonStep step = lesson.steps().get(index);
        Set<String> met = progress.lesson(lesson.id()).objectivesMet();
        Set<String> newlyMet = new HashSet<>();
        boolean all = true;
        for (int i = 0; i < step.objectives().size(); i++) {
            String key = step.objectiveKey(i);
            if (met.contains(key)) {
                continue;
            }
            ObjectiveCheck result = checker.check(step.objectives().get(i), world.gateway().ecs());
            lastSeen.put(key, result.detail());
            if (result.met()) {
                newlyMet.add(key);
            } else {
                all = false;
            }
        }
        if (!newlyMet.isEmpty()) {
            progress.objectivesMet(lesson.id(), newlyMet);
        }
        return all;
    }

    private int currentStep() {
        Set<String> met = progress.lesson(lesson.id()).objectivesMet();
        for (int s = 0; s < lesson.steps().size(); s++) {
            LessonStep step = lesson.steps().get(s);
            for (int i = 0; i < step.objectives().size(); i++) {
                if (!met.contains(step.objectiveKey(i))) {
                    return s;
                }
            }
        }
        return lesson.steps().size();
    }
}
