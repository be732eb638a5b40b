package dev.berth.ui.training;

import dev.berth.core.rollout.RolloutDiagnosis.Diagnosis;
import dev.berth.training.ChallengeProgress;
import dev.berth.training.Exam;
import dev.berth.training.ExamResult;
import dev.berth.training.Lesson;
import dev.berth.training.LessonCatalog;
import dev.berth.training.LessonProgress;
import dev.berth.training.LessonRun;
import dev.berth.training.LessonState;
import dev.berth.training.Training;
import dev.berth.ui.common.AreaModel;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Refresher;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Training area without its controls: the catalog with each lesson's saved progress, the lesson chosen in the
 * list, and the open lesson (its state, revealed hints). Opening, resetting and closing a lesson switch the app's
 * world, so they run in the background and then tell the main window to refresh every view. Checks of the open
 * lesson's objectives run on every refresh; a slower, older check never overwrites a newer one.
 */
public final class TrainingViewModel implements AreaModel {
    private final Training training;
    private final BackgroundTasks background;
    private final Clock clock;
    private final Runnable worldChanged;
    private final Refresher checks;
    private final Refresher progressReads;
    private final ObjectProperty<Lesson> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Map<String, LessonProgress>> progress =
            new ReadOnlyObjectWrapper<>(this, "progress", Map.of());
    private final ReadOnlyObjectWrapper<Map<String, ChallengeProgress>> challenges =
            new ReadOnlyObjectWrapper<>(this, "challenges", Map.of());
    private final ReadOnlyObjectWrapper<LessonState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyIntegerWrapper hintsShown = new ReadOnlyIntegerWrapper(this, "hintsShown");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private LessonRun run;

    /** {@code worldChanged} runs on the FX thread after the app's world (or what is in it) was changed for a lesson. */
    public TrainingViewModel(Training training, BackgroundTasks background, Clock clock, Runnable worldChanged) {
        this.training = training;
        this.background = background;
        this.clock = clock;
        this.worldChanged = worldChanged;
        this.checks = new Refresher(background, clock);
        this.progressReads = new Refresher(background, clock);
        training.progress().notice().ifPresent(message::set);
        showProgress(readProgress());
        state.addListener((observable, old, now) -> {
            boolean sameStep = old != null && now != null && old.lesson().equals(now.lesson())
                    && old.currentStep() == now.currentStep();
            if (now != null && now.challenge() != null) {
                hintsShown.set(now.challenge().hintsShown());
            } else if (!sameStep) {
                hintsShown.set(0);
            }
        });
    }

    public LessonCatalog catalog() {
        return training.catalog();
    }

    /** Re-reads saved progress for the lesson list; no gateway call. */
    @Override
    public void refresh() {
        progressReads.read(this::readProgress, this::showProgress, Messages::explain);
    }

    /** Checks the open lesson's current objectives against the world. */
    public void checkLesson() {
        LessonRun current = run;
        if (current == null || busy.get()) {
            return;
        }
        checks.read(current::check, this::show, Messages::explain);
    }

    /** Opens the lesson chosen in the list, in its practice world, closing the lesson open before. */
    public void openSelected() {
        Lesson lesson = selected.get();
        LessonRun previous = run;
        if (lesson == null || previous != null && previous.lesson().equals(lesson)) {
            return;
        }
        change(() -> {
            if (previous != null) {
                training.close(previous);
            }
            return training.open(lesson);
        }, LessonRun::check);
    }

    /** Gives the open (or else the chosen) lesson a fresh practice world. */
    public void reset() {
        Lesson lesson = run != null ? run.lesson() : selected.get();
        if (lesson != null && canReset(lesson)) {
            change(() -> training.reset(lesson), LessonRun::check);
        }
    }

    public boolean canReset(Lesson lesson) {
        return lesson != null && lesson.isHandsOn() && training.canReset();
    }

    /** Closes the lesson pane and puts the app back on its own world. */
    public void close() {
        LessonRun closing = run;
        if (closing == null) {
            return;
        }
        busy.set(true);
        checks.cancelPending();
        background.run(() -> {
            training.close(closing);
            return closing;
        }, closed -> {
            busy.set(false);
            run = null;
            state.set(null);
            refresh();
            worldChanged.run();
        }, this::failed);
    }

    /** Performs the current step for the learner. */
    public void showMe() {
        LessonRun current = run;
        if (current != null) {
            change(() -> current, LessonRun::showMe);
        }
    }

    /** "Why is this stuck?" for the open lesson's services; nothing for a reading lesson. */
    public void diagnose(Consumer<List<Diagnosis>> onResult, Consumer<String> onFailure) {
        LessonRun current = run;
        if (current == null) {
            onResult.accept(List.of());
            return;
        }
        background.run(current::diagnose, onResult, failure -> onFailure.accept(Messages.explain(failure)));
    }

    /** A new exam, drawn with the wall clock as its seed so each one differs. */
    public Exam newExam(int questions) {
        return Exam.draw(training.catalog(), questions, clock.millis());
    }

    /** Saves the exam's score to the history, then shows it. */
    public void finishExam(Exam exam, Consumer<ExamResult> saved) {
        ExamResult result = exam.result(clock.instant());
        background.run(() -> {
            training.progress().examFinished(result);
            return result;
        }, saved, this::failed);
    }

    public List<ExamResult> examHistory() {
        return training.progress().exams();
    }

    /** Shows the current step's next hint; a challenge's hints are saved, as they cost points. */
    public void revealHint() {
        LessonState now = state.get();
        LessonRun current = run;
        if (now != null && current != null && now.lesson().isChallenge()) {
            background.run(current::hintShown, this::show, this::failed);
        } else if (now != null && !now.objectivesDone()) {
            int available = now.steps().get(now.currentStep()).step().hints().size();
            hintsShown.set(Math.min(available, hintsShown.get() + 1));
        }
    }

    public void answer(int question, int answer) {
        LessonRun current = run;
        if (current != null) {
            background.run(() -> current.answer(question, answer), answered -> {
                show(answered);
                refresh();
            }, this::failed);
        }
    }

    /** Runs {@code then} on the run {@code open} returns, in the background, and shows the outcome. */
    private void change(Callable<LessonRun> open, Function<LessonRun, LessonState> then) {
        busy.set(true);
        message.set(null);
        checks.cancelPending();
        background.run(() -> {
            LessonRun opened = open.call();
            return Map.entry(opened, then.apply(opened));
        }, opened -> {
            busy.set(false);
            run = opened.getKey();
            show(opened.getValue());
            refresh();
            worldChanged.run();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(Messages.explain(failure));
    }

    private void show(LessonState next) {
        if (run != null && next.lesson().equals(run.lesson()) && !next.equals(state.get())) {
            boolean scored = next.challenge() != null && !next.challenge().equals(state.get() == null ? null
                    : state.get().challenge());
            state.set(next);
            if (scored) {
                refresh();
            }
        }
    }

    /** Saved progress as the catalog shows it: every lesson's, and every challenge's attempt and best score. */
    private record SavedProgress(Map<String, LessonProgress> lessons, Map<String, ChallengeProgress> challenges) {
    }

    private SavedProgress readProgress() {
        Map<String, LessonProgress> lessons = new LinkedHashMap<>();
        Map<String, ChallengeProgress> attempts = new LinkedHashMap<>();
        for (Lesson lesson : training.catalog().lessons()) {
            lessons.put(lesson.id(), training.progress().lesson(lesson.id()));
            if (lesson.isChallenge()) {
                attempts.put(lesson.id(), training.progress().challenge(lesson.id()));
            }
        }
        return new SavedProgress(lessons, attempts);
    }

    private void showProgress(SavedProgress read) {
        if (!read.challenges().equals(challenges.get())) {
            challenges.set(Map.copyOf(read.challenges()));
        }
        if (!read.lessons().equals(progress.get())) {
            progress.set(Map.copyOf(read.lessons()));
        }
    }

    /** The challenge's saved attempt and best score, as last read. */
    public ChallengeProgress challengeProgress(Lesson challenge) {
        return challenges.get().getOrDefault(challenge.id(), ChallengeProgress.none());
    }

    /** Saved attempts and best scores of every challenge, by id. */
    public ReadOnlyObjectProperty<Map<String, ChallengeProgress>> challengesProperty() {
        return challenges.getReadOnlyProperty();
    }

    public ObjectProperty<Lesson> selectedProperty() {
        return selected;
    }

    /** Saved progress of every lesson, by id. */
    public ReadOnlyObjectProperty<Map<String, LessonProgress>> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The open lesson as the learner sees it; null while no lesson is open. */
    public ReadOnlyObjectProperty<LessonState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** How many hints of the current step the learner has asked for. */
    public ReadOnlyIntegerProperty hintsShownProperty() {
        return hintsShown.getReadOnlyProperty();
    }

    /** True while a lesson is being opened, reset, closed or shown. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A failure or notice for the learner, or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the Training area's banner shows: the same as {@link #messageProperty()}. */
    @Override
    public ReadOnlyStringProperty errorProperty() {
        return messageProperty();
    }

    /** A failed check of the objectives, or null. */
    public ReadOnlyStringProperty checkErrorProperty() {
        return checks.errorProperty();
    }

    /** When the lesson list's progress was last read. */
    @Override
    public ReadOnlyObjectProperty<Instant> refreshedAtProperty() {
        return progressReads.refreshedAtProperty();
    }
}
