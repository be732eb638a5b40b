package dev.berth.training;

/** A quiz question drawn into an exam, with the topic it is scored under and the lesson that teaches it. */
public record ExamQuestion(String topic, String lessonId, QuizQuestion question) {
}
