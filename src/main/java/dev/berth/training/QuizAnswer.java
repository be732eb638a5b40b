package dev.berth.training;

/** One answer to a quiz question, and why it is right or wrong: shown once the learner has answered. */
public record QuizAnswer(String text, boolean correct, String explanation) {
    public QuizAnswer {
        Fields.text(text, "text");
        Fields.text(explanation, "explanation");
    }
}
