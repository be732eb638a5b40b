package dev.berth.training;

import java.util.List;

/** A multiple-choice question with exactly one correct answer. */
public record QuizQuestion(String question, List<QuizAnswer> answers) {
    public QuizQuestion {
        Fields.text(question, "question");
        answers = Fields.list(answers);
        if (answers.size() < 2) {
            throw new IllegalArgumentException("a question needs at least two answers");
        }
        long correct = answers.stream().filter(QuizAnswer::correct).count();
        if (correct != 1) {
            throw new IllegalArgumentException("a question needs exactly one correct answer, not " + correct);
        }
    }

    public int correctAnswer() {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).correct()) {
                return i;
            }
        }
        throw new IllegalStateException("checked in the constructor");
    }
}
