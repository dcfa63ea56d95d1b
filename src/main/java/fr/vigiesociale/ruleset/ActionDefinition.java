package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import java.util.List;
import java.util.Map;

/**
 * One action of the catalogue: what a local manager could do, who does it, and when it pays off.
 * Texts exist in every {@link Lang}. {@code publics} are the people it serves (may be empty for
 * an action on governance or teams alone); convergence counts signals on them.
 */
public record ActionDefinition(
        String id,
        List<Integer> preconisations,
        List<PolicyArea> policyAreas,
        List<Public> publics,
        Horizon horizon,
        List<Actor> actors,
        Map<Lang, Text> texts) {

    /** The title (short, imperative) and description (what, who, when) in one language. */
    public record Text(String title, String description) { }

    public ActionDefinition {
        preconisations = List.copyOf(preconisations);
        policyAreas = List.copyOf(policyAreas);
        publics = List.copyOf(publics);
        actors = List.copyOf(actors);
        texts = Map.copyOf(texts);
    }

    public Text text(Lang lang) {
        return texts.get(lang);
    }
}
