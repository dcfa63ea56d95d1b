package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.CrisisKind;
import fr.vigiesociale.scenario.Hazard;
import fr.vigiesociale.scenario.SourceTree;
import fr.vigiesociale.scenario.TerritoryLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the action catalogue, {@code actions.yaml}: what each action is, who does it, when it pays off. */
final class ActionsParser {

    private static final List<String> KEYS = List.of("id", "preconisations", "policyAreas", "publics", "horizon", "actors", "fr", "en", "variants", "replacedBy");

    /**
     * A variant is written for a crisis kind, a hazard or a territory level, by name, or for a hazard
     * at a territory level ({@code HEATWAVE+DEPARTMENT}).
     */
    private static final List<String> VARIANT_KEYS = Stream.concat(
            Stream.of(CrisisKind.values(), Hazard.values(), TerritoryLevel.values()).flatMap(Arrays::stream).map(Enum::name),
            Arrays.stream(Hazard.values()).flatMap(h -> Arrays.stream(TerritoryLevel.values())
                    .map(l -> ActionDefinition.variantKey(h, l)))).toList();

    private final RuleFile yaml;
    private final Map<String, Integer> lines;

    ActionsParser(RuleFile yaml, Map<String, Integer> lines) {
        this.yaml = yaml;
        this.lines = lines;
    }

    Map<String, ActionDefinition> parse(RuleSetFiles files) {
        SourceTree.Mapping root = yaml.root(files);
        yaml.onlyKeys(root, List.of("actions"), yaml.name());
        Map<String, ActionDefinition> actions = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> replaced = new LinkedHashMap<>();
        for (SourceTree item : yaml.list(root, "actions", yaml.name())) {
            SourceTree.Mapping a = yaml.mapping(item, "actions[]");
            String id = yaml.text(a, "id", "actions[]");
            yaml.onlyKeys(a, KEYS, id);
            lines.put(yaml.name() + ":" + id, a.where().line());
            List<Integer> precos = new ArrayList<>();
            for (SourceTree n : yaml.list(a, "preconisations", id)) {
                if (n instanceof SourceTree.Scalar s && s.value() instanceof Number num
                        && num.intValue() >= 1 && num.intValue() <= RuleSet.PRECONISATIONS) {
                    precos.add(num.intValue());
                } else {
                    yaml.problem(n, "badPreconisation", id, n.describe());
                }
            }
            List<PolicyArea> areas = yaml.enums(a, "policyAreas", PolicyArea::valueOf, PolicyArea.values(), id);
            List<Public> publics = yaml.enums(a, "publics", Public::valueOf, Public.values(), id);
            List<Actor> actors = yaml.enums(a, "actors", Actor::valueOf, Actor.values(), id);
            Horizon horizon = yaml.enumValue(RuleFile.get(a, "horizon"), Horizon::valueOf, Horizon.values(), id + ".horizon");
            if (precos.isEmpty() || areas.isEmpty() || actors.isEmpty()) {
                yaml.problem(a, "incompleteAction", id);
            }
            Map<Lang, ActionDefinition.Text> texts = texts(a, id);
            Map<String, Map<Lang, ActionDefinition.Text>> variants = new LinkedHashMap<>();
            Map<String, List<Actor>> variantActors = new LinkedHashMap<>();
            if (RuleFile.get(a, "variants") != null) {
                SourceTree.Mapping v = yaml.mapping(a, "variants", id);
                yaml.onlyKeys(v, VARIANT_KEYS, id + ".variants");
                for (SourceTree.Entry e : v.entries()) {
                    if (VARIANT_KEYS.contains(e.key())) {
                        SourceTree.Mapping m = yaml.mapping(v, e.key(), id + ".variants");
                        yaml.onlyKeys(m, List.of("fr", "en", "actors"), id + ".variants." + e.key());
                        variants.put(e.key(), texts(m, id + ".variants." + e.key()));
                        if (RuleFile.get(m, "actors") != null) {
                            variantActors.put(e.key(), yaml.enums(m, "actors", Actor::valueOf, Actor.values(), id + ".variants." + e.key()));
                        }
                    }
                }
            }
            java.util.Set<String> replacedBy = new java.util.LinkedHashSet<>();
            if (RuleFile.get(a, "replacedBy") != null) {
                for (SourceTree n : yaml.list(a, "replacedBy", id)) {
                    replacedBy.add(yaml.text(n, id + ".replacedBy"));
                }
            }
            replaced.put(id, replacedBy);
            if (actions.containsKey(id)) {
                yaml.problem(item, "duplicateId", id);
            }
            actions.put(id, new ActionDefinition(id, precos, areas, publics, horizon == null ? Horizon.SHORT_TERM : horizon,
                    actors, texts, variants, variantActors, replacedBy));
        }
        replaced.forEach((id, by) -> by.stream().filter(b -> !actions.containsKey(b)).forEach(b ->
                yaml.problem(RuleFile.get(root, "actions"), "unknownReplacement", id, b)));
        return actions;
    }

    /** The title and description in every language, under {@code fr} and {@code en}. */
    private Map<Lang, ActionDefinition.Text> texts(SourceTree.Mapping m, String what) {
        Map<Lang, ActionDefinition.Text> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            SourceTree.Mapping t = yaml.mapping(m, lang.code(), what);
            yaml.onlyKeys(t, List.of("title", "description"), what + "." + lang.code());
            texts.put(lang, new ActionDefinition.Text(yaml.text(t, "title", what + "." + lang.code()),
                    yaml.text(t, "description", what + "." + lang.code())));
        }
        return texts;
    }
}
