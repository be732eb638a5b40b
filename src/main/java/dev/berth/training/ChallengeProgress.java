package dev.berth.training;

import java.time.Instant;

/**
 * A learner's standing in one challenge: the attempt under way (when its broken world was set up, in simulated
 * epoch milliseconds; the hints shown; whether "Show me" performed the fix; its score once solved) and the best
 * score of any attempt, which a new attempt keeps.
 */
public record ChallengeProgress(Long startedAtEpochMillis, int hintsShown, boolean fixShown, Integer score,
                                Integer bestScore) {

    public static ChallengeProgress none() {
        return new ChallengeProgress(null, 0, false, null, null);
    }

    /** A fresh attempt from {@code simulatedNow}; the best score stays. */
    ChallengeProgress startedAt(Instant simulatedNow) {
        return new ChallengeProgress(simulatedNow.toEpochMilli(), 0, false, null, bestScore);
    }

    ChallengeProgress withHintShown() {
        return new ChallengeProgress(startedAtEpochMillis, hintsShown + 1, fixShown, score, bestScore);
    }

    ChallengeProgress withFixShown() {
        return new ChallengeProgress(startedAtEpochMillis, hintsShown, true, score, bestScore);
    }

    ChallengeProgress solvedWith(int solvedScore) {
        return new ChallengeProgress(startedAtEpochMillis, hintsShown, fixShown, solvedScore,
                bestScore == null ? solvedScore : Math.max(bestScore, solvedScore));
    }

    public boolean solved() {
        return score != null;
    }

    public Instant startedAt() {
        return startedAtEpochMillis == null ? null : Instant.ofEpochMilli(startedAtEpochMillis);
    }
}
