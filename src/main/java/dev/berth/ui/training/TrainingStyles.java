package dev.berth.ui.training;

import java.util.Objects;

/** Style class names defined in training.css, which the Training area and the lesson pane carry themselves. */
final class TrainingStyles {
    static final String STYLESHEET = Objects.requireNonNull(TrainingStyles.class.getResource("training.css"),
            "training.css is missing from the classpath").toExternalForm();

    static final String LESSON_PANE = "lesson-pane";
    static final String RESIZE_GRIP = "lesson-resize-grip";
    static final String LESSON_TITLE = "lesson-title";
    static final String LESSON_META = "lesson-meta";
    static final String STEP = "lesson-step";
    static final String CURRENT_STEP = "lesson-step-current";
    static final String DONE_STEP = "lesson-step-done";
    static final String LATER_STEP = "lesson-step-later";
    static final String STEP_TITLE = "lesson-step-title";
    static final String EXPLANATION = "lesson-explanation";
    static final String OBJECTIVE = "lesson-objective";
    static final String OBJECTIVE_MET = "lesson-objective-met";
    static final String OBJECTIVE_DETAIL = "lesson-objective-detail";
    static final String HINT = "lesson-hint";
    static final String SECTION = "lesson-section";
    static final String ANSWER_RIGHT = "quiz-answer-right";
    static final String ANSWER_WRONG = "quiz-answer-wrong";
    static final String ANSWER_EXPLANATION = "quiz-explanation";
    static final String COMPLETE = "lesson-complete";
    static final String TOPIC = "catalog-topic";
    static final String DEBRIEF = "lesson-debrief";

    private TrainingStyles() {
    }
}
