package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import java.util.List;
import java.util.Map;
import fr.vigiesociale.scenario.Crisis;
import fr.vigiesociale.scenario.Scenario;

/**
 * One action of the catalogue: what a local manager could do, who does it, and when it pays off.
 * Texts exist in every {@link Lang}; {@code variants} hold texts written for a crisis kind, a
 * hazard or a territory level (keyed by its name), where the general wording would not fit. {@code replacedBy} names the
 * actions that take this one's place when the situation worsens (a reserve no longer mobilised is
 * not integrated but mobilised): the one exception to "worse never removes an action". {@code publics} are the people it serves (may be empty for
 * an action on governance or teams alone); convergence counts signals on them.
 */
public record ActionDefinition(
        String id,
        List<Integer> preconisations,
        List<PolicyArea> policyAreas,
        List<Public> publics,
        Horizon horizon,
        List<Actor> actors,
        Map<Lang, Text> texts,
        Map<String, Map<Lang, Text>> variants,
        Map<String, List<Actor>> variantActors,
        java.util.Set<String> replacedBy) {

    /** The title (short, imperative) and description (what, who, when) in one language. */
    public record Text(String title, String description) { }

    public ActionDefinition {
        preconisations = List.copyOf(preconisations);
        policyAreas = List.copyOf(policyAreas);
        publics = List.copyOf(publics);
        actors = List.copyOf(actors);
        texts = Map.copyOf(texts);
        variants = Map.copyOf(variants);
        variantActors = Map.copyOf(variantActors);
        replacedBy = java.util.Set.copyOf(replacedBy);
    }

    /** The texts written for any crisis. */
    public Text text(Lang lang) {
        return texts.get(lang);
    }

    /**
     * The texts for this scenario: those written for its hazard (a heatwave's daily register calls),
     * else for its territory level (a département coordinating its communes), else for its crisis
     * kind (a health crisis's protective equipment), else those for any crisis.
     */
    public Text text(Lang lang, Scenario scenario) {
        Map<Lang, Text> v = variant(variants, scenario);
        return v == null ? text(lang) : v.get(lang);
    }

    /** The actors for this scenario: a variant's where it names them (a département's), else the action's. */
    public List<Actor> actors(Scenario scenario) {
        List<Actor> v = variant(variantActors, scenario);
        return v == null ? actors : v;
    }

    /** The variant for the scenario's hazard, else its territory level, else its crisis kind; or null. */
    private static <V> V variant(Map<String, V> byKey, Scenario scenario) {
        Crisis crisis = scenario.crisis();
        V v = crisis.hazard() == null ? null : byKey.get(crisis.hazard().name());
        if (v == null) {
            v = byKey.get(scenario.territory().level().name());
        }
        return v != null ? v : byKey.get(crisis.kind().name());
    }
}
