package fr.vigiesociale.api;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.PolicyArea;
import java.util.List;

/** One action of the catalogue, as the rule catalogue shows it, with texts in one language. */
public record ActionInfo(
        String id,
        String title,
        String description,
        List<Integer> preconisations,
        List<PolicyArea> policyAreas,
        Horizon horizon,
        List<Actor> actors) {

    public ActionInfo {
        preconisations = List.copyOf(preconisations);
        policyAreas = List.copyOf(policyAreas);
        actors = List.copyOf(actors);
    }
}
