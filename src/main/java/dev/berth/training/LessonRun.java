package dev.berth.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.rollout.RolloutDiagnosis;
import dev.berth.core.rollout.RolloutDiagnosis.Diagnosis;
import dev.berth.core.rollout.RolloutDiagnosis.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lesson being worked through in its practice world. Each {@link #check} looks at the objectives of the step the
 * learner is on and records those that have become true; when a step is done the next one is checked at once, so
 * work done ahead counts. Objectives are only checked once their step is reached, and stay met once met. A challenge
 * is scored by the check that first finds its goal met, from the hints shown, "Show me" and the simulated time taken.
 * Every method may call the gateway: call them off the FX thread.
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
        if (lesson.isChallenge() && step == lesson.steps().size() && !progress.challenge(lesson.id()).solved()) {
            ChallengeProgress attempt = progress.challenge(lesson.id());
            Duration taken = attempt.startedAt() == null ? Duration.ZERO
                    : Duration.between(attempt.startedAt(), now(world.gateway()));
            progress.challengeSolved(lesson.id(), ChallengeScore.of(lesson.challenge(), attempt.hintsShown(),
                    attempt.fixShown(), taken));
        }
        return state();
    }

    /** Performs the current step's "Show me" actions, then checks. In a challenge, that costs points first. */
    public synchronized LessonState showMe() {
        int step = currentStep();
        if (step < lesson.steps().size()) {
            if (lesson.isChallenge()) {
                progress.challengeFixShown(lesson.id());
            }
            showMe.perform(lesson.steps().get(step).showMe(), world.gateway());
        }
        return check();
    }

    /** Shows a challenge's next hint, which costs points; lessons count their hints in the view. */
    public synchronized LessonState hintShown() {
        int step = currentStep();
        if (lesson.isChallenge() && step < lesson.steps().size()
                && progress.challenge(lesson.id()).hintsShown() < lesson.steps().get(step).hints().size()) {
            progress.challengeHintShown(lesson.id());
        }
        return state();
    }

    /** The simulator's time, or the wall clock's on a backend without one. */
    static Instant now(Gateway gateway) {
        return gateway.simulationClock().map(SimulationClock::now).orElseGet(Instant::now);
    }

    /**
     * "Why is this stuck?" for the services the lesson works with, those in trouble first; empty for a reading
     * lesson or before any of its services exists.
     */
    public synchronized List<Diagnosis> diagnose() {
        if (world == null) {
            return List.of();
        }
        Gateway gateway = world.gateway();
        Instant now = now(gateway);
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (String named : lessonServices()) {
            String cluster = named.substring(0, named.indexOf('/'));
            String service = named.substring(named.indexOf('/') + 1);
            RolloutDiagnosis.read(gateway.ecs(), cluster, service, now).ifPresent(diagnoses::add);
        }
        diagnoses.sort(Comparator.comparing(diagnosis -> diagnosis.verdict() == Verdict.STEADY
                || diagnosis.verdict() == Verdict.PROGRESSING));
        return diagnoses;
    }

    private Set<String> lessonServices() {
        Set<String> services = new LinkedHashSet<>();
        lesson.steps().forEach(step -> step.objectives().forEach(objective -> objective.references().stream()
                .filter(resource -> resource.type().equals(Resource.SERVICE))
                .forEach(resource -> services.add(resource.name()))));
        return services;
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
        return new LessonState(lesson, world, steps, currentStep(), saved,
                lesson.isChallenge() ? progress.challenge(lesson.id()) : null);
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
            ObjectiveCheck result = checker.check(step.objectives().get(i), world.gateway());
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
