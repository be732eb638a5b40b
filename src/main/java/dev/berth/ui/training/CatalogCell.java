package dev.berth.ui.training;

import dev.berth.training.ChallengeProgress;
import dev.berth.training.Lesson;
import dev.berth.training.LessonProgress;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TreeCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.Map;

/**
 * A topic with how many of its lessons are complete, or a lesson with a tick when complete, a half-filled circle
 * once started, and whether it is hands-on or reading; a challenge with its best score. Cell ids ({@code lesson-<id>}) let tests find lessons.
 */
final class CatalogCell extends TreeCell<CatalogItem> {
    private static final String COMPLETE = "catalog-lesson-complete";

    private final ObservableValue<Map<String, LessonProgress>> progress;
    private final ObservableValue<Map<String, ChallengeProgress>> challenges;

    CatalogCell(ObservableValue<Map<String, LessonProgress>> progress,
                ObservableValue<Map<String, ChallengeProgress>> challenges) {
        this.progress = progress;
        this.challenges = challenges;
    }

    @Override
    protected void updateItem(CatalogItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(TrainingStyles.TOPIC, COMPLETE);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setId(null);
            return;
        }
        if (item.topic() != null) {
            long complete = item.topic().lessons().stream().filter(this::complete).count();
            setText(item.topic().title() + "  (" + complete + "/" + item.topic().lessons().size() + ")");
            setGraphic(null);
            setId("topic-" + item.topic().title().toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            getStyleClass().add(TrainingStyles.TOPIC);
            return;
        }
        Lesson lesson = item.lesson();
        LessonProgress saved = progress.getValue().get(lesson.id());
        boolean complete = saved.completes(lesson);
        setText(lesson.title() + "  ·  " + lesson.minutes() + " min" + (lesson.isChallenge() ? bestScore(lesson)
                : lesson.isHandsOn() ? "" : "  ·  reading"));
        setGraphic(new FontIcon(complete ? MaterialDesignC.CHECK_CIRCLE
                : saved.hasStarted() ? MaterialDesignC.CIRCLE_SLICE_4
                : lesson.isHandsOn() ? MaterialDesignP.PLAY_CIRCLE_OUTLINE : MaterialDesignB.BOOK_OPEN_VARIANT));
        setId("lesson-" + lesson.id());
        if (complete) {
            getStyleClass().add(COMPLETE);
        }
    }

    private String bestScore(Lesson challenge) {
        ChallengeProgress attempt = challenges.getValue().get(challenge.id());
        return attempt == null || attempt.bestScore() == null ? "" : "  ·  best " + attempt.bestScore();
    }

    private boolean complete(Lesson lesson) {
        return progress.getValue().get(lesson.id()).completes(lesson);
    }
}
