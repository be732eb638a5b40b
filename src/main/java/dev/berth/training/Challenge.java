package dev.berth.training;

/**
 * What makes a lesson a scenario challenge: its setup breaks the practice world, its one step is the goal the learner
 * must make true, and solving it earns a score (see {@link ChallengeScore}) against a par time in simulated minutes.
 * The debrief (paragraphs separated by a blank line) says what was broken, why, and what AWS says about it.
 */
public record Challenge(int parMinutes, String debrief) {
    public Challenge {
        Fields.atLeast(parMinutes, 1, "parMinutes");
        Fields.text(debrief, "debrief");
    }
}
