package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.CrisisPhase;
import fr.vigiesociale.scenario.Hazard;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.SourceTree;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code thresholds.yaml}: the watch and alarm thresholds of every indicator, with the basis
 * and source of its figures, and the typed counts that rule conditions use.
 */
final class ThresholdsParser {

    static final String FILE = "thresholds.yaml";
    /** The reason key of an indicator's sentence is this prefix and the indicator's key. */
    static final String SIGNAL_REASON = "signal.";
    private static final List<String> KEYS = List.of("watch", "alarm", "areas", "publics", "reason", "basis", "source",
            "notAskedIn");

    private final RuleFile yaml;
    private final Map<String, Integer> lines;
    private final Map<Indicator, IndicatorThreshold> indicators = new EnumMap<>(Indicator.class);
    private CountThresholds counts = new CountThresholds(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    /** Each indicator's sentence, by reason key {@code signal.<indicator>}. */
    private final Map<String, Wording> texts = new java.util.LinkedHashMap<>();
    private final Map<String, GapScope> factScopes = new java.util.LinkedHashMap<>();

    ThresholdsParser(RuleFile yaml, Map<String, Integer> lines) {
        this.yaml = yaml;
        this.lines = lines;
    }

    Map<Indicator, IndicatorThreshold> indicators() {
        return Map.copyOf(indicators);
    }

    Map<String, Wording> texts() {
        return texts;
    }

    CountThresholds counts() {
        return counts;
    }

    void parse(RuleSetFiles files) {
        SourceTree.Mapping root = yaml.root(files);
        yaml.onlyKeys(root, List.of("indicators", "facts", "counts"), FILE);
        List<String> keys = Arrays.stream(Indicator.values()).map(Indicator::key).toList();
        SourceTree.Mapping all = yaml.mapping(root, "indicators", FILE);
        yaml.onlyKeys(all, keys, "indicators");
        for (SourceTree.Entry e : all.entries()) {
            Indicator.byKey(e.key()).ifPresent(i -> {
                lines.put(FILE + ":" + i.key(), e.where().line());
                IndicatorThreshold t = threshold(i, yaml.mapping(e.value(), e.key()));
                if (t != null) {
                    indicators.put(i, t);
                }
            });
        }
        for (Indicator i : Indicator.values()) {
            if (!indicators.containsKey(i) && keys.contains(i.key()) && RuleFile.get(all, i.key()) == null) {
                yaml.problem(all, "missingThreshold", i.key());
            }
        }
        facts(yaml.mapping(root, "facts", FILE));
        SourceTree.Mapping c = yaml.mapping(root, "counts", FILE);
        yaml.onlyKeys(c, CountThresholds.NAMES, "counts");
        int[] values = new int[CountThresholds.NAMES.size()];
        for (int k = 0; k < values.length; k++) {
            String name = CountThresholds.NAMES.get(k);
            SourceTree v = RuleFile.get(c, name);
            if (v instanceof SourceTree.Scalar s && (s.value() instanceof Integer || s.value() instanceof Long)
                    && ((Number) s.value()).longValue() >= 0 && ((Number) s.value()).longValue() < 100_000_000) {
                values[k] = ((Number) s.value()).intValue();
                lines.put(FILE + ":counts." + name, v.where().line());
            } else {
                yaml.problem(v == null ? c : v, v == null ? "missingKey" : "expectedCount", "counts", name);
            }
        }
        counts = new CountThresholds(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9]);
    }

    private IndicatorThreshold threshold(Indicator i, SourceTree.Mapping t) {
        yaml.onlyKeys(t, KEYS, i.key());
        Double watch = yaml.number(t, "watch", i.key());
        Double alarm = RuleFile.get(t, "alarm") == null ? null : yaml.number(t, "alarm", i.key());
        List<PolicyArea> areas = yaml.enums(t, "areas", PolicyArea::valueOf, PolicyArea.values(), i.key());
        List<Public> publics = yaml.enums(t, "publics", Public::valueOf, Public.values(), i.key());
        texts.put(SIGNAL_REASON + i.key(), yaml.wording(t, "reason", i.key()));
        ThresholdBasis basis = null;
        String b = yaml.text(t, "basis", i.key());
        try {
            basis = ThresholdBasis.valueOf(b);
        } catch (IllegalArgumentException ex) {
            yaml.problem(RuleFile.get(t, "basis"), "badEnum", i.key() + ".basis", b,
                    String.join(", ", Arrays.stream(ThresholdBasis.values()).map(Enum::name).toList()));
        }
        SourceTree.Mapping source = yaml.mapping(t, "source", i.key());
        yaml.onlyKeys(source, List.of("fr", "en"), i.key() + ".source");
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            texts.put(lang, yaml.text(source, lang.code(), i.key() + ".source"));
        }
        GapScope asked = asked(i, t);
        if (watch == null || basis == null) {
            return null;
        }
        if (alarm != null && !new IndicatorThreshold(i, watch, null, areas, publics, basis, texts, asked).reaches(alarm, watch)) {
            yaml.problem(RuleFile.get(t, "alarm"), "alarmBeforeWatch", i.key());
        }
        return new IndicatorThreshold(i, watch, alarm, areas, publics, basis, texts, asked);
    }

    /**
     * The first-day facts of the crisis block a data gap may ask for, each with when not to ask:
     * households displaced are not asked in a heatwave. Each key is a scenario field that is no
     * indicator; a fact not listed is always asked.
     */
    private void facts(SourceTree.Mapping all) {
        List<String> known = fr.vigiesociale.scenario.ScenarioFields.all().stream()
                .map(fr.vigiesociale.scenario.FieldSpec::path).filter(p -> !p.startsWith("indicators.")).toList();
        yaml.onlyKeys(all, known, "facts");
        for (SourceTree.Entry e : all.entries()) {
            if (known.contains(e.key())) {
                SourceTree.Mapping fact = yaml.mapping(e.value(), e.key());
                yaml.onlyKeys(fact, List.of("notAskedIn"), e.key());
                factScopes.put(e.key(), asked(e.key(), fact));
            }
        }
    }

    Map<String, GapScope> factScopes() {
        return Map.copyOf(factScopes);
    }

    /** The optional {@code notAskedIn: {phases: [...], hazards: [...]}}; absent, always asked. */
    private GapScope asked(Indicator i, SourceTree.Mapping t) {
        return asked(i.key(), t);
    }

    private GapScope asked(String key, SourceTree.Mapping t) {
        if (RuleFile.get(t, "notAskedIn") == null) {
            return GapScope.ALWAYS;
        }
        String what = key + ".notAskedIn";
        SourceTree.Mapping scope = yaml.mapping(t, "notAskedIn", key);
        yaml.onlyKeys(scope, List.of("phases", "hazards"), what);
        List<CrisisPhase> phases = RuleFile.get(scope, "phases") == null ? List.of()
                : yaml.enums(scope, "phases", CrisisPhase::valueOf, CrisisPhase.values(), what);
        List<Hazard> hazards = RuleFile.get(scope, "hazards") == null ? List.of()
                : yaml.enums(scope, "hazards", Hazard::valueOf, Hazard.values(), what);
        return GapScope.of(phases, hazards);
    }
}
