package dev.berth.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.berth.core.settings.BerthHome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The learner's progress in every lesson, kept in {@code training/progress.json} under Berth's home. Every change is
 * written at once, atomically (a temporary file, fsync, an atomic rename, fsync of the folder), so progress
 * survives restarts and crashes: after a crash the file is the old or the new version, never a torn one. A file that
 * cannot be read is moved aside (never deleted) and progress starts again, with a notice saying so. Thread-safe.
 */
public final class TrainingProgress {
    static final int FORMAT = 1;
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The file's shape; {@code exams} and {@code challenges} are absent from files written before they existed. */
    record ProgressFile(int format, Map<String, LessonProgress> lessons, List<ExamResult> exams,
                        Map<String, ChallengeProgress> challenges) {
    }

    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;
    private final Map<String, LessonProgress> lessons = new TreeMap<>();
    private final List<ExamResult> exams = new ArrayList<>();
    private final Map<String, ChallengeProgress> challenges = new TreeMap<>();
    private String notice;

    private TrainingProgress(Path file) {
        this.file = file;
    }

    public static Path fileIn(BerthHome home) {
        return home.root().resolve("training").resolve("progress.json");
    }

    /**
     * Reads the progress file, or starts empty when there is none. {@code wallNow} only dates a file moved aside.
     */
    public static TrainingProgress open(Path file, Instant wallNow) {
        TrainingProgress progress = new TrainingProgress(file);
        progress.load(wallNow);
        return progress;
    }

    private void load(Instant wallNow) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            ProgressFile read = json.readValue(file.toFile(), ProgressFile.class);
            if (read == null || read.format() != FORMAT || read.lessons() == null) {
                throw new IOException("it is not a Berth progress file of format " + FORMAT);
            }
            lessons.putAll(read.lessons());
            if (read.exams() != null) {
                exams.addAll(read.exams());
            }
            if (read.challenges() != null) {
                challenges.putAll(read.challenges());
            }
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + ASIDE_STAMP.format(wallNow));
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                notice = "Your training progress could not be read (" + reason(e) + "). The file was moved to "
                        + aside + " and your progress starts again.";
            } catch (IOException moveFailed) {
                throw new UncheckedIOException("Training progress in " + file + " can neither be read nor moved "
                        + "aside", moveFailed);
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof JsonProcessingException parse) {
            return parse.getOriginalMessage();
        }
        return e.getMessage();
    }

    /** Why progress started again, when the file was unreadable. */
    public synchronized Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    public Path file() {
        return file;
    }

    public synchronized LessonProgress lesson(String lessonId) {
        return lessons.getOrDefault(lessonId, LessonProgress.none());
    }

    /** Adds objectives met (see {@link LessonStep#objectiveKey}); met objectives stay met. */
    public synchronized void objectivesMet(String lessonId, Set<String> keys) {
        LessonProgress now = lesson(lessonId);
        if (now.objectivesMet().containsAll(keys)) {
            return;
        }
        Set<String> met = new HashSet<>(now.objectivesMet());
        met.addAll(keys);
        change(lessonId, new LessonProgress(met, now.quizAnswers(), now.practiceWorldReady()));
    }

    /** Records the first answer to a question; later answers do not change the score. Returns whether it counted. */
    public synchronized boolean answered(String lessonId, int question, int answer) {
        LessonProgress now = lesson(lessonId);
        if (now.quizAnswers().containsKey(question)) {
            return false;
        }
        Map<Integer, Integer> answers = new HashMap<>(now.quizAnswers());
        answers.put(question, answer);
        change(lessonId, new LessonProgress(now.objectivesMet(), answers, now.practiceWorldReady()));
        return true;
    }

    public synchronized void practiceWorldReady(String lessonId) {
        LessonProgress now = lesson(lessonId);
        if (!now.practiceWorldReady()) {
            change(lessonId, new LessonProgress(now.objectivesMet(), now.quizAnswers(), true));
        }
    }

    /** A fresh practice world: the objectives start again; quiz answers (the score) are kept. */
    public synchronized void restart(String lessonId) {
        LessonProgress now = lesson(lessonId);
        change(lessonId, new LessonProgress(Set.of(), now.quizAnswers(), false));
    }

    /** Adds a finished exam to the history. */
    public synchronized void examFinished(ExamResult result) {
        exams.add(result);
        save();
    }

    /** Finished exams, oldest first. */
    public synchronized List<ExamResult> exams() {
        return List.copyOf(exams);
    }

    public synchronized ChallengeProgress challenge(String challengeId) {
        return challenges.getOrDefault(challengeId, ChallengeProgress.none());
    }

    /** A new attempt at the challenge, its broken world set up at {@code simulatedNow}; the best score is kept. */
    public synchronized void challengeStarted(String challengeId, Instant simulatedNow) {
        changeChallenge(challengeId, challenge(challengeId).startedAt(simulatedNow));
    }

    /** One more hint of the attempt under way was shown; it costs points if the challenge is solved. */
    public synchronized void challengeHintShown(String challengeId) {
        changeChallenge(challengeId, challenge(challengeId).withHintShown());
    }

    /** "Show me" performed the fix in the attempt under way. */
    public synchronized void challengeFixShown(String challengeId) {
        changeChallenge(challengeId, challenge(challengeId).withFixShown());
    }

    /** The attempt under way is solved with this score, unless it was scored already; the best score follows. */
    public synchronized void challengeSolved(String challengeId, int score) {
        ChallengeProgress now = challenge(challengeId);
        if (!now.solved()) {
            changeChallenge(challengeId, now.solvedWith(score));
        }
    }

    private void changeChallenge(String challengeId, ChallengeProgress progress) {
        challenges.put(challengeId, progress);
        save();
    }

    private void change(String lessonId, LessonProgress progress) {
        lessons.put(lessonId, progress);
        save();
    }

    private void save() {
        try {
            byte[] bytes = json.writeValueAsBytes(new ProgressFile(FORMAT, lessons, exams, challenges));
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Training progress could not be saved to " + file, e);
        }
    }

    /** Makes the rename itself durable. Some platforms cannot open a folder for syncing; there the rename must do. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows refuses to open a directory as a channel; NTFS journals the rename anyway.
        }
    }
}
