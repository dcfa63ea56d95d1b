package fr.vigiesociale.report;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Reason;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.ScoreScale;

/** How an action's points made its score, and why it ranks after an action with the same score. */
public final class ScoreNotes {

    private ScoreNotes() {
    }

    /** A reason's points, with what they add to the score when the scale's diminishing returns apply. */
    public static String counted(Reason r, Messages m) {
        String shared = countsFor(r, m);
        return shared == null ? Labels.points(r.points(), m) : Labels.points(r.points(), m) + " " + shared;
    }

    /** What a reason's points count for once shared with other triggers ("(compte +7,7)"), or null when in full. */
    public static String countsFor(Reason r, Messages m) {
        return Math.abs(r.points() - r.contribution()) < 1e-9 ? null : m.get("score.countsFor", Labels.points(r.contribution(), m));
    }

    /** One sentence on how the points make the score: a plain sum, or past the knee, or without an alarm trigger. */
    public static String scoreNote(AssessedAction a, ScoreScale scale, Messages m) {
        ScoreScale.Band band = scale.band(a.alarmTrigger());
        String points = Labels.score(a.points(), m);
        String knee = Labels.number(band.knee());
        if (a.alarmTrigger()) {
            return a.points() > band.knee() ? m.get("score.scaled", points, knee) : m.get("score.sum");
        }
        String ceiling = Labels.number(band.ceiling());
        return a.points() > band.knee() ? m.get("score.scaledNoAlarm", points, knee, ceiling)
                : m.get("score.sumNoAlarm", ceiling);
    }

    /** The confidence beside the level: how many of the facts the action's rules read are known. */
    public static String confidence(AssessedAction a, Messages m) {
        return m.get("confidence." + a.confidence().level(), a.confidence().known(), a.confidence().read());
    }

    /** What ranked the action before this one first, when both have the same score; else {@code null}. */
    public static String tieBreak(AssessedAction a, Messages m) {
        return a.tieBreak() == null ? null : m.get("score.tieBreak." + a.tieBreak().by(), a.rank() - 1);
    }
}
