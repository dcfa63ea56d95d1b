package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Crisis;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.TerritoryLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One action of the catalogue: what a local manager could do, who does it, and when it pays off.
 * Its {@code preconisations} are those its trigger rules cite (the union); none until the rules are read.
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

    /**
     * The title (short, imperative), description (what, who, when) and first step (the one concrete
     * thing to do today to start it) in one language.
     */
    public record Text(String title, String description, String firstStep) { }

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

    /** This action serving {@code numbers}: the préconisations its rules cite, known once the rules are read. */
    public ActionDefinition withPreconisations(List<Integer> numbers) {
        return new ActionDefinition(id, numbers, policyAreas, publics, horizon, actors, texts, variants, variantActors,
                replacedBy);
    }

    /** The texts written for any crisis. */
    public Text text(Lang lang) {
        return texts.get(lang);
    }

    /**
     * The texts for this scenario: those written for its phase (recovery's weeks rather than the first
     * days' hours), else for its hazard at its territory level (a département's daily heatwave calls),
     * else for its hazard (a heatwave's), else for its territory level (a département coordinating its
     * communes), else for its crisis kind (a health crisis's protective equipment), else those for any
     * crisis.
     */
    public Text text(Lang lang, Scenario scenario) {
        Map<Lang, Text> v = variant(variants, scenario);
        return v == null ? text(lang) : v.get(lang);
    }

    /**
     * The actors for this scenario: a variant's where it names them, else the action's. Where no
     * variant written for a département names them, a département-level scenario has the département
     * named before the CCAS: at that scale it leads what each commune's CCAS does.
     */
    public List<Actor> actors(Scenario scenario) {
        List<Actor> v = variant(variantActors, scenario);
        List<Actor> chosen = v == null ? actors : v;
        TerritoryLevel level = scenario.territory().level();
        if (level != TerritoryLevel.DEPARTMENT || writtenFor(variantActors, scenario, level)) {
            return chosen;
        }
        int ccas = chosen.indexOf(Actor.COMMUNE_CCAS);
        int department = chosen.indexOf(Actor.DEPARTMENT);
        if (ccas < 0 || department < ccas) {
            return chosen;
        }
        List<Actor> out = new ArrayList<>(chosen);
        out.remove(Actor.DEPARTMENT);
        out.add(ccas, Actor.DEPARTMENT);
        return List.copyOf(out);
    }

    /** The key of a variant written for a hazard or a phase at a territory level. */
    public static String variantKey(Enum<?> hazardOrPhase, TerritoryLevel level) {
        return hazardOrPhase.name() + "+" + level.name();
    }

    /**
     * The keys a scenario's variant is looked up by, the most specific first. A text written for the
     * phase comes before all others: in recovery, « dans les 48 heures » is wrong whatever the hazard.
     */
    private static List<String> keys(Scenario scenario) {
        Crisis crisis = scenario.crisis();
        TerritoryLevel level = scenario.territory().level();
        List<String> keys = new ArrayList<>();
        keys.add(variantKey(crisis.phase(), level));
        keys.add(crisis.phase().name());
        if (crisis.hazard() != null) {
            keys.add(variantKey(crisis.hazard(), level));
            keys.add(crisis.hazard().name());
        }
        keys.add(level.name());
        keys.add(crisis.kind().name());
        return keys;
    }

    private static <V> V variant(Map<String, V> byKey, Scenario scenario) {
        return keys(scenario).stream().map(byKey::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** True when the variant chosen in {@code byKey} was written for the scenario's territory level. */
    private static boolean writtenFor(Map<String, ?> byKey, Scenario scenario, TerritoryLevel level) {
        return keys(scenario).stream().filter(byKey::containsKey).findFirst()
                .map(k -> k.equals(level.name()) || k.endsWith("+" + level.name())).orElse(false);
    }
}
