package fr.vigiesociale.ruleset;

/**
 * How an action's points become its score, 0 to 100. Up to a band's knee the score is the sum of
 * the points; past it each point counts for less and less (diminishing returns), so the score
 * approaches the band's ceiling without reaching it and two actions with different evidence are
 * never tied at the top. The band depends on the action's own triggers: only one whose own signal
 * reached its alarm threshold has the full band ({@code withAlarm}); the others are kept below the
 * CRITICAL bound, so context (phase, lockdown, convergence, weaknesses) alone never makes an action
 * critical.
 */
public record ScoreScale(Band withAlarm, Band withoutAlarm) {

    /**
     * A range of scores: the points count in full up to {@code knee}, then approach {@code ceiling}
     * ({@code Scoring.curve} draws the curve).
     */
    public record Band(double knee, double ceiling) { }

    /** The band of an action, by whether one of its own triggers is a signal at its alarm threshold. */
    public Band band(boolean alarmTrigger) {
        return alarmTrigger ? withAlarm : withoutAlarm;
    }
}
