package fr.vigiesociale.api;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.PolicyArea;
import java.util.List;

/**
 * One suggested action, ranked. {@code score} is the sum of the reasons' contributions, capped at
 * 100; {@code level} follows from the score alone.
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
        Horizon horizon,
        List<Actor> actors,
        List<Reason> reasons) {

    public AssessedAction {
        preconisations = List.copyOf(preconisations);
        policyAreas = List.copyOf(policyAreas);
        actors = List.copyOf(actors);
        reasons = List.copyOf(reasons);
    }
}
