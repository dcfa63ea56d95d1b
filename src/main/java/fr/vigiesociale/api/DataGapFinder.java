package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.engine.RuleEvaluator;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.Hazard;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the unknown inputs that matter, the way Publicodes lists missing variables: for each
 * optional field the scenario leaves unknown, it tries each value the field could plausibly take
 * (for an indicator, a value past its alarm threshold) and keeps the field when some value would
 * add an action or raise one's score. No hand-kept list to drift.
 *
 * <p>Only what can change is evaluated, from what each rule's conditions read ({@code RuleSpec.reads}):
 * a field no rule reads is not tried; for the others, only the rules that read the field run on the
 * "what if", with the actions already suggested, and their contributions replace theirs in the
 * scenario's own. Every other rule gives the same points either way (same facts, same suggestions),
 * except context rules on an action the "what if" newly opens — which is added anyway.
 */
final class DataGapFinder {

    private static final int SHOWN_ACTIONS = 3;
    private static final String HAZARD = "crisis.hazard";
    /**
     * A field is listed when knowing it could add at least this much to some action's score: below,
     * it would not change what a director does. Display limits, not scoring weights.
     */
    static final double MIN_POINTS = 5;
    /**
     * What to find out first: the fields that could bring an action to the highest level (a yes/no
     * on governance that could make an action HIGH before an indicator that could only add a MEDIUM
     * one), then those that could add the most to one action, then those that touch the most
     * actions; no cap hides one.
     */
    static final java.util.Comparator<DataGap> RELEVANCE = java.util.Comparator
            .comparing((DataGap g) -> g.level() == null ? fr.vigiesociale.ruleset.Level.values().length : g.level().ordinal())
            .thenComparingDouble(g -> -g.points())
            .thenComparing(g -> -g.actions().size());

    private DataGapFinder() {
    }

    /** Every gap, in {@link #RELEVANCE} order. */
    static List<DataGap> find(CompiledRules rules, RuleEvaluator evaluator, Scenario scenario,
                              List<Contribution> contributions, Lang lang) {
        return all(rules, evaluator, scenario, contributions, lang);
    }

    /** Every unknown field that could add at least {@link #MIN_POINTS} to an action, most points first. */
    static List<DataGap> all(CompiledRules rules, RuleEvaluator evaluator, Scenario scenario,
                             List<Contribution> contributions, Lang lang) {
        Messages messages = Messages.of(lang);
        Map<String, Object> known = scenario.fields();
        Map<String, Double> baseScores = scores(rules, contributions);
        List<DataGap> gaps = new ArrayList<>();
        for (FieldSpec field : asked(rules, scenario)) {
            Set<String> readers = rules.readers(field.path());
            if (readers.isEmpty()) {
                continue;
            }
            List<Contribution> others = contributions.stream().filter(c -> !readers.contains(c.rule().name()))
                    .map(Contribution::raw).toList();
            Map<String, Double> gains = new LinkedHashMap<>();
            for (Object candidate : candidates(rules, field, scenario)) {
                Map<String, Object> whatIf = new LinkedHashMap<>(known);
                whatIf.put(field.path(), candidate);
                List<Contribution> all = new ArrayList<>(others);
                all.addAll(evaluator.contributionsOf(Scenario.fromFields(whatIf), readers, baseScores.keySet()));
                Map<String, Double> scores = scores(rules, rules.combine(all));
                scores.forEach((action, score) -> {
                    double gain = score - baseScores.getOrDefault(action, 0.0);
                    if (gain > 1e-9) {
                        gains.merge(action, gain, Math::max);
                    }
                });
            }
            if (!gains.isEmpty()) {
                List<String> ids = gains.keySet().stream()
                        .sorted(java.util.Comparator.comparingDouble((String a) -> -gains.get(a)).thenComparing(a -> a)).toList();
                double best = fr.vigiesociale.ruleset.Weights.round(gains.get(ids.get(0)));
                if (best < MIN_POINTS) {
                    continue;
                }
                String titles = ids.stream().limit(SHOWN_ACTIONS)
                        .map(id -> messages.get("gap.quoted", rules.ruleSet().action(id).orElseThrow().text(lang, scenario).title()))
                        .collect(Collectors.joining(", "));
                if (ids.size() > SHOWN_ACTIONS) {
                    titles += " " + messages.get("gap.more", ids.size() - SHOWN_ACTIONS);
                }
                gaps.add(new DataGap(field.path(), messages.get("gap.why", titles, messages.number(
                        fr.vigiesociale.scenario.Numbers.plain(best))), ids, best, ids.get(0),
                        reached(rules, baseScores, gains)));
            }
        }
        // the fields that could change the most first; equal ones in contract order (a stable sort)
        gaps.sort(RELEVANCE);
        return gaps;
    }

    /** The highest level an action could reach that it has not now (added, or raised past a bound). */
    private static fr.vigiesociale.ruleset.Level reached(CompiledRules rules, Map<String, Double> base, Map<String, Double> gains) {
        fr.vigiesociale.ruleset.Level best = null;
        for (Map.Entry<String, Double> g : gains.entrySet()) {
            Double before = base.get(g.getKey());
            fr.vigiesociale.ruleset.Level after = rules.scoring().level(before == null ? g.getValue() : before + g.getValue());
            boolean changes = before == null || after != rules.scoring().level(before);
            if (changes && (best == null || after.ordinal() < best.ordinal())) {
                best = after;
            }
        }
        return best;
    }

    /**
     * The optional fields the scenario leaves unknown and that may matter in its crisis: an indicator
     * whose thresholds scope it out of this phase or hazard ({@code notAskedIn}) is not asked.
     */
    static List<FieldSpec> asked(CompiledRules rules, Scenario scenario) {
        Map<String, Object> known = scenario.fields();
        return ScenarioFields.all().stream()
                .filter(f -> !f.required() && f.defaultValue() == null && !known.containsKey(f.path()))
                .filter(f -> rules.ruleSet().askScope(f.path()).asksIn(scenario.crisis()))
                .toList();
    }

    /** The values worth trying for an unknown field; for the hazard, only those of the crisis kind. */
    static List<Object> candidates(CompiledRules rules, FieldSpec field, Scenario scenario) {
        if (field.path().equals(HAZARD)) {
            return Arrays.stream(Hazard.values()).filter(h -> h.kind() == scenario.crisis().kind())
                    .map(h -> (Object) h.name()).toList();
        }
        switch (field.type()) {
            case BOOLEAN:
                return List.of(true, false);
            case ENUM:
                return List.copyOf(field.allowed());
            case INTEGER:
                // a count a rule compares with a threshold (households, layoffs) is tried large too
                return List.of(0L, 10L, 1000L);
            case NUMBER:
                Indicator indicator = Indicator.byKey(field.key()).orElse(null);
                IndicatorThreshold t = indicator == null ? null : rules.ruleSet().thresholds().get(indicator);
                if (t != null) {
                    return List.of(worstCase(t));
                }
                // a share that is not an indicator (the population without power): its worst reading
                return field.max() == null ? List.of() : List.of(field.max());
            default:
                return List.of();
        }
    }

    /** A reading one watch-to-alarm span past the alarm threshold, where a signal's points top out. */
    static double worstCase(IndicatorThreshold t) {
        Indicator i = t.indicator();
        double alarm = t.alarm() == null ? t.watch() : t.alarm();
        double span = Math.abs(alarm - t.watch());
        double v = i.direction() == Indicator.Direction.HIGHER_IS_WORSE ? alarm + span : alarm - span;
        v = Math.max(v, i.minimum());
        return i.maximum() == null ? v : Math.min(v, i.maximum());
    }

    /** Each action's score, as {@link fr.vigiesociale.engine.Scoring} gives it. */
    private static Map<String, Double> scores(CompiledRules rules, List<Contribution> contributions) {
        Map<String, Double> out = new LinkedHashMap<>();
        rules.scoring().scores(contributions).forEach((id, s) -> out.put(id, s.score()));
        return out;
    }
}
