package dev.berth.training;

import dev.berth.core.gateway.Gateway;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Offline training: the lesson catalog, the learner's saved progress, and opening lessons in their practice
 * worlds. A hands-on lesson's world is set up from the lesson's {@code setup} the first time it is entered (and
 * again after a reset); reading lessons open without switching worlds.
 */
public final class Training {
    private final Supplier<LessonCatalog> catalog;
    private final TrainingProgress progress;
    private final PracticeWorlds worlds;
    private final ShowMe showMe = new ShowMe();

    public Training(LessonCatalog catalog, TrainingProgress progress, PracticeWorlds worlds) {
        this(() -> catalog, progress, worlds);
    }

    /** With the catalog read when first asked for (the app starts sooner without it); {@code catalog} memoizes. */
    public Training(Supplier<LessonCatalog> catalog, TrainingProgress progress, PracticeWorlds worlds) {
        this.catalog = catalog;
        this.progress = progress;
        this.worlds = worlds;
    }

    /**
     * The shipped lessons, practised in {@code gateway}'s own world (no reset), with progress in {@code progressFile};
     * {@code wallNow} dates a progress file moved aside.
     */
    public static Training inCurrentWorld(Gateway gateway, Path progressFile, Instant wallNow) {
        return new Training(LessonCatalog.load(), TrainingProgress.open(progressFile, wallNow),
                PracticeWorlds.currentWorld(gateway));
    }

    public LessonCatalog catalog() {
        return catalog.get();
    }

    public TrainingProgress progress() {
        return progress;
    }

    /** Whether a lesson's world can be made fresh again. */
    public boolean canReset() {
        return worlds.separateWorlds();
    }

    /**
     * Opens the lesson where the learner left it: enters its practice world and, if that world is new (or was never
     * set up completely), sets it up and starts the objectives again. Calls the gateway: off the FX thread.
     */
    public LessonRun open(Lesson lesson) {
        if (!lesson.isHandsOn()) {
            return new LessonRun(lesson, null, progress);
        }
        boolean ready = progress.lesson(lesson.id()).practiceWorldReady();
        PracticeWorld world = worlds.enter(lesson.id(), !ready && worlds.separateWorlds());
        if (world.created() || !ready) {
            prepare(lesson, world);
        }
        return new LessonRun(lesson, world, progress);
    }

    /** Gives the lesson a fresh practice world and starts its objectives again (quiz answers are kept). */
    public LessonRun reset(Lesson lesson) {
        if (!canReset()) {
            throw new IllegalStateException("Lessons share the app's world here, so it cannot be made fresh");
        }
        PracticeWorld world = worlds.enter(lesson.id(), true);
        prepare(lesson, world);
        return new LessonRun(lesson, world, progress);
    }

    /** Leaves the lesson's practice world, back to the world the app was started with. */
    public void close(LessonRun run) {
        if (run.lesson().isHandsOn()) {
            worlds.leave();
        }
    }

    private void prepare(Lesson lesson, PracticeWorld world) {
        progress.restart(lesson.id());
        showMe.perform(lesson.setup(), world.gateway());
        if (lesson.isChallenge()) {
            progress.challengeStarted(lesson.id(), LessonRun.now(world.gateway()));
        }
        progress.practiceWorldReady(lesson.id());
    }

    public Optional<Lesson> lesson(String id) {
        return catalog().lesson(id);
    }
}
