package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.PolicyArea;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a rule base holds, for a reviewer: its trigger rules by préconisation, by policy area and by
 * action, its context rules, the scenario inputs no rule reads, the actions no rule proposes, the
 * rules that give points in none of the extreme scenarios, and which passages of the source
 * documents the rules implement. Rule names are in the inventory's language.
 *
 * @param passages   every passage id, in document order, with the rules that implement it (maybe none)
 * @param unreadInputs scenario fields (beyond the scenario's own id and title) that no rule's conditions read
 */
public record RuleInventory(
        RulesetInfo ruleset,
        Map<Integer, List<String>> byPreconisation,
        Map<PolicyArea, List<String>> byArea,
        Map<String, List<String>> byAction,
        List<String> contextRules,
        List<String> unreadInputs,
        List<String> unreachedActions,
        List<String> silentRules,
        Map<String, List<String>> passages) {

    /** Fields that describe the scenario itself rather than the territory's situation. */
    private static final Set<String> IDENTITY = Set.of("schemaVersion", "id", "title", "description", "territory.name");

    public static RuleInventory of(RuleBase base, Lang lang) {
        List<RuleInfo> rules = base.rules();
        Map<String, ActionInfo> actions = new LinkedHashMap<>();
        base.actions(lang).forEach(a -> actions.put(a.id(), a));
        Map<Integer, List<String>> byPreco = new TreeMap<>();
        for (int n = 1; n <= RuleSet.PRECONISATIONS; n++) {
            byPreco.put(n, new ArrayList<>());
        }
        Map<PolicyArea, List<String>> byArea = new EnumMap<>(PolicyArea.class);
        for (PolicyArea a : PolicyArea.values()) {
            byArea.put(a, new ArrayList<>());
        }
        Map<String, List<String>> byAction = new TreeMap<>();
        actions.keySet().forEach(id -> byAction.put(id, new ArrayList<>()));
        List<String> context = new ArrayList<>();
        Set<String> read = new HashSet<>();
        List<String> silent = new ArrayList<>();
        Map<String, List<String>> passages = new LinkedHashMap<>();
        WovenReport.of(base, lang).documents().forEach(d -> d.entries().stream().filter(e -> e.passage() != null)
                .forEach(e -> passages.put(e.passage().id(), e.rules().stream().map(WovenReport.WovenRule::name).toList())));
        for (RuleInfo r : rules) {
            String name = r.name(lang);
            read.addAll(r.reads());
            if (r.reachableLevel() == null) {
                silent.add(name);
            }
            if (r.context()) {
                context.add(name);
                continue;
            }
            r.preconisations().forEach(n -> byPreco.get(n).add(name));
            for (String id : r.actions()) {
                byAction.get(id).add(name);
                actions.get(id).policyAreas().forEach(a -> byArea.get(a).add(name));
            }
        }
        List<String> unread = ScenarioFields.all().stream().map(FieldSpec::path)
                .filter(p -> !IDENTITY.contains(p) && !read.contains(p)).toList();
        List<String> unreached = byAction.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        return new RuleInventory(base.info(), byPreco, byArea, byAction, context, unread, unreached, silent, passages);
    }

    /** The passages no rule implements yet, in document order. */
    public List<String> unencodedPassages() {
        return passages.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }
}
