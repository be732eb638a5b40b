package dev.berth.training;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Exam-style practice across topics: questions drawn from every lesson's quiz, taking turns between topics so each
 * topic is asked about, in an order that follows from the seed. Only the first answer to a question counts, as in
 * the lessons. Not thread-safe: one learner, on the FX thread.
 */
public final class Exam {
    private final List<ExamQuestion> questions;
    private final Map<Integer, Integer> answers = new HashMap<>();

    Exam(List<ExamQuestion> questions) {
        this.questions = List.copyOf(questions);
    }

    /**
     * Up to {@code count} questions, topics taking turns in catalog order, each topic's questions shuffled. The
     * scenario challenges' questions stay with their challenges: the exam covers the study topics.
     */
    public static Exam draw(LessonCatalog catalog, int count, long seed) {
        Random random = new Random(seed);
        List<Deque<ExamQuestion>> byTopic = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            List<ExamQuestion> pool = new ArrayList<>();
            for (Lesson lesson : topic.lessons()) {
                if (!lesson.isChallenge()) {
                    lesson.quiz().forEach(question -> pool.add(new ExamQuestion(topic.title(), lesson.id(),
                            question)));
                }
            }
            Collections.shuffle(pool, random);
            byTopic.add(new ArrayDeque<>(pool));
        }
        List<ExamQuestion> drawn = new ArrayList<>();
        while (drawn.size() < count && byTopic.stream().anyMatch(pool -> !pool.isEmpty())) {
            for (Deque<ExamQuestion> pool : byTopic) {
                if (!pool.isEmpty() && drawn.size() < count) {
                    drawn.add(pool.poll());
                }
            }
        }
        Collections.shuffle(drawn, random);
        return new Exam(drawn);
    }

    public List<ExamQuestion> questions() {
        return questions;
    }

    /** Records the first answer to question {@code index}; returns whether it was right. */
    public boolean answer(int index, int choice) {
        answers.putIfAbsent(index, choice);
        return questions.get(index).question().correctAnswer() == answers.get(index);
    }

    /** The first answer given to question {@code index}, if any. */
    public OptionalInt chosen(int index) {
        Integer chosen = answers.get(index);
        return chosen == null ? OptionalInt.empty() : OptionalInt.of(chosen);
    }

    public boolean isFinished() {
        return answers.size() == questions.size();
    }

    /** The score by topic; questions left unanswered count as wrong. */
    public ExamResult result(Instant finishedAt) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            int[] count = counts.computeIfAbsent(questions.get(i).topic(), topic -> new int[2]);
            Integer chosen = answers.get(i);
            if (chosen != null && chosen == questions.get(i).question().correctAnswer()) {
                count[0]++;
            }
            count[1]++;
        }
        Map<String, ExamResult.TopicScore> topics = new LinkedHashMap<>();
        counts.forEach((topic, count) -> topics.put(topic, new ExamResult.TopicScore(count[0], count[1])));
        return ExamResult.of(finishedAt, topics);
    }
}
