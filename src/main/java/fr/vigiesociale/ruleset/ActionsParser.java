package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.CrisisKind;
import fr.vigiesociale.scenario.CrisisPhase;
import fr.vigiesociale.scenario.Hazard;
import fr.vigiesociale.scenario.SourceTree;
import fr.vigiesociale.scenario.TerritoryLevel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the {@code actions} of the data files beside the DRL files into one catalogue: what each
 * action is, who does it, when it pays off. An id is defined once in the whole rule folder.
 */
final class ActionsParser {

    private static final List<String> KEYS = List.of("id", "policyAreas", "publics", "horizon", "actors", "fr", "en", "variants", "replacedBy");

    /**
     * A variant is written for a phase, a crisis kind, a hazard or a territory level, by name, or for
     * a hazard or a phase at a territory level ({@code HEATWAVE+DEPARTMENT}, {@code RECOVERY+DEPARTMENT}).
     */
    private static final List<String> VARIANT_KEYS = Stream.concat(
            Stream.of(CrisisPhase.values(), CrisisKind.values(), Hazard.values(), TerritoryLevel.values())
                    .flatMap(Arrays::stream).map(Enum::name),
            Stream.concat(Arrays.stream(Hazard.values()), Arrays.stream(CrisisPhase.values()))
                    .flatMap(h -> Arrays.stream(TerritoryLevel.values()).map(l -> ActionDefinition.variantKey(h, l)))).toList();

    private final Map<String, Integer> lines;
    private final Map<String, ActionDefinition> actions = new LinkedHashMap<>();
    /** The data file each action is defined in. */
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, java.util.Set<String>> replaced = new LinkedHashMap<>();
    private final Map<String, RuleFile> replacedIn = new LinkedHashMap<>();
    private RuleFile yaml;

    ActionsParser(Map<String, Integer> lines) {
        this.lines = lines;
    }

    Map<String, ActionDefinition> actions() {
        return actions;
    }

    Map<String, String> files() {
        return files;
    }

    /** The actions listed under {@code actions} in {@code root}, read from data file {@code file}. */
    void parse(RuleFile file, SourceTree.Mapping root) {
        this.yaml = file;
        for (SourceTree item : yaml.list(root, "actions", yaml.name())) {
            SourceTree.Mapping a = yaml.mapping(item, "actions[]");
            String id = yaml.text(a, "id", "actions[]");
            yaml.onlyKeys(a, KEYS, id);
            lines.put(yaml.name() + ":" + id, a.where().line());
            if (actions.containsKey(id)) {
                yaml.problem(item, "duplicateAction", id, files.get(id));
                continue;
            }
            files.put(id, yaml.name());
            List<PolicyArea> areas = yaml.enums(a, "policyAreas", PolicyArea::valueOf, PolicyArea.values(), id);
            List<Public> publics = yaml.enums(a, "publics", Public::valueOf, Public.values(), id);
            List<Actor> actors = yaml.enums(a, "actors", Actor::valueOf, Actor.values(), id);
            Horizon horizon = yaml.enumValue(RuleFile.get(a, "horizon"), Horizon::valueOf, Horizon.values(), id + ".horizon");
            if (areas.isEmpty() || actors.isEmpty()) {
                yaml.problem(a, "incompleteAction", id);
            }
            Map<Lang, ActionDefinition.Text> texts = texts(a, id, null);
            Map<String, Map<Lang, ActionDefinition.Text>> variants = new LinkedHashMap<>();
            Map<String, List<Actor>> variantActors = new LinkedHashMap<>();
            if (RuleFile.get(a, "variants") != null) {
                SourceTree.Mapping v = yaml.mapping(a, "variants", id);
                yaml.onlyKeys(v, VARIANT_KEYS, id + ".variants");
                for (SourceTree.Entry e : v.entries()) {
                    if (VARIANT_KEYS.contains(e.key())) {
                        SourceTree.Mapping m = yaml.mapping(v, e.key(), id + ".variants");
                        yaml.onlyKeys(m, List.of("fr", "en", "actors"), id + ".variants." + e.key());
                        variants.put(e.key(), texts(m, id + ".variants." + e.key(), texts));
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
            replacedIn.put(id, yaml);
            actions.put(id, new ActionDefinition(id, List.of(), areas, publics, horizon == null ? Horizon.SHORT_TERM : horizon,
                    actors, texts, variants, variantActors, replacedBy));
        }
    }

    /** Once every file is read: each action named in a {@code replacedBy} exists somewhere. */
    void checkReplacements() {
        replaced.forEach((id, by) -> by.stream().filter(b -> !actions.containsKey(b)).forEach(b ->
                replacedIn.get(id).problemAt(lines.getOrDefault(replacedIn.get(id).name() + ":" + id, 0),
                        "unknownReplacement", id, b)));
    }

    /**
     * The title, description and first step in every language, under {@code fr} and {@code en}. A
     * variant ({@code base} given) may leave out its first step and keep the action's.
     */
    private Map<Lang, ActionDefinition.Text> texts(SourceTree.Mapping m, String what, Map<Lang, ActionDefinition.Text> base) {
        Map<Lang, ActionDefinition.Text> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String where = what + "." + lang.code();
            SourceTree.Mapping t = yaml.mapping(m, lang.code(), what);
            yaml.onlyKeys(t, List.of("title", "description", "firstStep"), where);
            String firstStep = base != null && RuleFile.get(t, "firstStep") == null && base.containsKey(lang)
                    ? base.get(lang).firstStep() : yaml.text(t, "firstStep", where);
            texts.put(lang, new ActionDefinition.Text(yaml.text(t, "title", where), yaml.text(t, "description", where),
                    firstStep));
        }
        return texts;
    }
}
