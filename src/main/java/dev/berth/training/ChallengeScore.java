package dev.berth.training;

import java.time.Duration;

/**
 * How a solved challenge is scored: it starts at {@value #START}, loses {@value #PER_HINT} for each hint shown,
 * {@value #SHOW_ME} for "Show me" (which performs the fix) and {@value #PER_MINUTE_OVER_PAR} for each whole
 * simulated minute taken beyond the par time; it never goes below 0.
 */
public final class ChallengeScore {
    public static final int START = 100;
    public static final int PER_HINT = 10;
    public static final int SHOW_ME = 50;
    public static final int PER_MINUTE_OVER_PAR = 2;

    private ChallengeScore() {
    }

    /** {@code taken}: simulated time from the end of the setup to the check that found the goal met. */
    public static int of(Challenge challenge, int hintsShown, boolean fixShown, Duration taken) {
        long minutesOver = Math.max(0, taken.toMinutes() - challenge.parMinutes());
        long score = START - (long) PER_HINT * hintsShown - (fixShown ? SHOW_ME : 0)
                - PER_MINUTE_OVER_PAR * minutesOver;
        return (int) Math.max(0, score);
    }

    /** The rules in one sentence, for the learner. */
    public static String rules(Challenge challenge) {
        return "Score: starts at " + START + "; −" + PER_HINT + " per hint, −" + SHOW_ME + " for Show me, −"
                + PER_MINUTE_OVER_PAR + " per simulated minute beyond the par of " + challenge.parMinutes()
                + " minutes.";
    }
}
