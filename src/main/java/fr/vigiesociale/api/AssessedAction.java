package fr.vigiesociale.api;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.PolicyArea;
import java.util.List;

/**
 * One suggested action, ranked. {@code score} is the sum of the reasons' contributions: the
 * action's {@code points} through the rule set's scale, in the band its own triggers give it
 * ({@code alarmTrigger}: one of them is a signal at its alarm threshold, without which the score
 * stays below CRITICAL). {@code level} follows from the score alone; {@code confidence}, from how
 * much of what the action's rules read the scenario gives. {@code tieBreak} is set when the
 * action has the same score as the one ranked before it, and says what put that one first.
 */
public record AssessedAction(
        int rank,
        String id,
        String title,
        String description,
        List<Integer> preconisations,
        List<PolicyArea> policyAreas,
        Level level,
        double score,
        double points,
        boolean alarmTrigger,
        Horizon horizon,
        List<Actor> actors,
        List<Reason> reasons,
        TieBreak tieBreak,
        Confidence confidence) {

    /**
     * How complete the inputs are that the rules suggesting this action read (on the model of
     * INFORM's reliability index): {@code known} of {@code read} fields given by the scenario. An
     * action suggested on few of the facts that could bear on it may move when the rest is known.
     */
    public record Confidence(int known, int read, Level level) {
        /** The reliability of a completeness: high from 80 %, medium from 50 %. */
        public enum Level { HIGH, MEDIUM, LOW }

        public static Confidence of(int known, int read) {
            double share = read == 0 ? 1 : (double) known / read;
            return new Confidence(known, read, share >= 0.8 ? Level.HIGH : share >= 0.5 ? Level.MEDIUM : Level.LOW);
        }
    }

    /**
     * What ranked {@code after}, the action before this one, first: with the same score, more
     * points, a nearer horizon or the id's order; with a lower score, that it protects lives now
     * while this one is coordination or structural work ({@code LIFE_SAFETY}).
     */
    public record TieBreak(String after, By by) {
        /** The ranking key that decided. */
        public enum By { POINTS, HORIZON, ID, LIFE_SAFETY }
    }

    public AssessedAction {
        preconisations = List.copyOf(preconisations);
        policyAreas = List.copyOf(policyAreas);
        actors = List.copyOf(actors);
        reasons = List.copyOf(reasons);
    }
}
