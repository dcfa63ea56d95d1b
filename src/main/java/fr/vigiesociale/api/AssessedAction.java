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
 * stays below CRITICAL). {@code level} follows from the score alone. {@code tieBreak} is set when the
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
        TieBreak tieBreak) {

    /** What ranked {@code after}, an action with the same score, before this one. */
    public record TieBreak(String after, By by) {
        /** The ranking key that decided: more points, a nearer horizon, or the id's alphabetical order. */
        public enum By { POINTS, HORIZON, ID }
    }

    public AssessedAction {
        preconisations = List.copyOf(preconisations);
        policyAreas = List.copyOf(policyAreas);
        actors = List.copyOf(actors);
        reasons = List.copyOf(reasons);
    }
}
