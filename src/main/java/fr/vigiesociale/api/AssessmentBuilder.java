package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.engine.RuleKind;
import fr.vigiesociale.engine.RuleSpec;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.ActionDefinition;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.Passage;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.ruleset.ScoreScale;
import fr.vigiesociale.ruleset.Weights;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the contributions of an evaluation into ranked, explained actions.
 *
 * <p>Score: the action's points through the rule set's {@link ScoreScale} (diminishing returns past
 * a knee, below CRITICAL without an alarm trigger of its own); each reason's contribution is what
 * its points add to the score, in the order shown, so the contributions sum to the score.
 *
 * <p>Ranking: score, highest first; equal scores by points (more evidence ranks higher), then by
 * horizon (immediate, then short term, then structural), then by action id in alphabetical order —
 * never by chance. An action tied on score with the one before it says which of these decided.
 */
final class AssessmentBuilder {

    /** The ranking order of contract v1 §2, documented in docs/regles.md. */
    static final Comparator<AssessedAction> RANKING = ranking(AssessedAction::score, AssessedAction::points,
            AssessedAction::horizon, AssessedAction::id);

    /** The ranking order on anything that has a score, points, a horizon and an id: one definition for both uses. */
    private static <T> Comparator<T> ranking(java.util.function.ToDoubleFunction<T> score,
                                             java.util.function.ToDoubleFunction<T> points,
                                             java.util.function.Function<T, fr.vigiesociale.ruleset.Horizon> horizon,
                                             java.util.function.Function<T, String> id) {
        return Comparator.comparingDouble(score).reversed()
                .thenComparing(Comparator.comparingDouble(points).reversed())
                .thenComparing(horizon)
                .thenComparing(id);
    }

    private AssessmentBuilder() {
    }

    /** Scores per action id: its points through the scale, in the band its own triggers give it. */
    static Map<String, Double> scores(List<Contribution> contributions, ScoreScale scale) {
        Map<String, Double> points = new LinkedHashMap<>();
        Set<String> alarm = new HashSet<>();
        for (Contribution c : contributions) {
            points.merge(c.action(), c.points(), Double::sum);
            if (c.alarmTrigger()) {
                alarm.add(c.action());
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        points.forEach((id, p) -> scores.put(id, scale.band(alarm.contains(id)).score(p)));
        return scores;
    }

    /** The first {@code top} actions in {@link #RANKING} order and the count per level, without rendering reasons. */
    static Triage triage(CompiledRules rules, Scenario scenario, List<Contribution> contributions, int top, Lang lang) {
        RuleSet rs = rules.ruleSet();
        Map<String, Double> points = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            points.merge(c.action(), c.points(), Double::sum);
        }
        Map<String, Double> scores = scores(contributions, rs.weights().scale());
        Comparator<String> order = ranking(scores::get, id -> Weights.round(points.get(id)),
                id -> rs.action(id).orElseThrow().horizon(), id -> id);
        List<String> ranked = scores.keySet().stream().sorted(order).toList();
        Map<fr.vigiesociale.ruleset.Level, Integer> levels = new java.util.EnumMap<>(fr.vigiesociale.ruleset.Level.class);
        ranked.forEach(id -> levels.merge(rs.weights().levels().levelOf(scores.get(id)), 1, Integer::sum));
        List<Triage.TopAction> first = ranked.stream().limit(top).map(id -> new Triage.TopAction(id,
                rs.action(id).orElseThrow().text(lang, scenario).title(), rs.weights().levels().levelOf(scores.get(id)),
                scores.get(id))).toList();
        return new Triage(first, levels, ranked.size());
    }

    static List<AssessedAction> actions(CompiledRules rules, Scenario scenario, List<Contribution> contributions, Lang lang) {
        RuleSet rs = rules.ruleSet();
        ReasonRenderer renderer = new ReasonRenderer(rs, lang);
        Map<String, Object> fields = scenario.fields();
        Map<String, List<Contribution>> byAction = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            byAction.computeIfAbsent(c.action(), k -> new ArrayList<>()).add(c);
        }
        List<AssessedAction> actions = new ArrayList<>();
        byAction.forEach((id, cs) -> {
            ActionDefinition d = rs.action(id).orElseThrow();
            boolean alarm = cs.stream().anyMatch(Contribution::alarmTrigger);
            ScoreScale.Band band = rs.weights().scale().band(alarm);
            List<Reason> reasons = new ArrayList<>();
            double points = 0;
            double before = 0;
            for (Contribution c : cs) {
                points += c.points();
                double after = band.score(points);
                reasons.add(reason(c, Weights.round(after - before), fields, renderer, lang));
                before = after;
            }
            ActionDefinition.Text text = d.text(lang, scenario);
            actions.add(new AssessedAction(0, id, text.title(), text.description(),
                    d.preconisations(), d.policyAreas(), rs.weights().levels().levelOf(before), before,
                    Weights.round(points), alarm, d.horizon(), d.actors(scenario), reasons, null, confidence(rules, id, fields)));
        });
        actions.sort(RANKING);
        List<AssessedAction> ranked = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            AssessedAction a = actions.get(i);
            AssessedAction.TieBreak tie = i > 0 && actions.get(i - 1).score() == a.score() ? tieBreak(actions.get(i - 1), a) : null;
            ranked.add(new AssessedAction(i + 1, a.id(), a.title(), a.description(), a.preconisations(),
                    a.policyAreas(), a.level(), a.score(), a.points(), a.alarmTrigger(), a.horizon(), a.actors(),
                    a.reasons(), tie, a.confidence()));
        }
        return ranked;
    }

    /** The fields the rules that suggest {@code action} read, and how many of them the scenario gives. */
    private static AssessedAction.Confidence confidence(CompiledRules rules, String action, Map<String, Object> fields) {
        Set<String> read = new java.util.TreeSet<>();
        rules.triggersOf(action).forEach(r -> read.addAll(r.reads()));
        int known = (int) read.stream().filter(fields::containsKey).count();
        return AssessedAction.Confidence.of(known, read.size());
    }

    /** Why {@code a}, tied on score with {@code before}, comes after it. */
    private static AssessedAction.TieBreak tieBreak(AssessedAction before, AssessedAction a) {
        AssessedAction.TieBreak.By by = before.points() != a.points() ? AssessedAction.TieBreak.By.POINTS
                : before.horizon() != a.horizon() ? AssessedAction.TieBreak.By.HORIZON : AssessedAction.TieBreak.By.ID;
        return new AssessedAction.TieBreak(before.id(), by);
    }

    private static Reason reason(Contribution c, double counted, Map<String, Object> fields, ReasonRenderer renderer,
                                 Lang lang) {
        Map<String, Object> facts = c.facts(fields);
        RuleSpec rule = c.rule();
        Reason.Threshold threshold = null;
        if (c.kind().fromSignal()) {
            IndicatorThreshold t = c.signals().get(0).threshold();
            threshold = new Reason.Threshold(t.indicator().key(), t.watch(), t.alarm(), t.basis(), t.source(lang));
        }
        return new Reason(rule.name(lang), renderer.text(c, facts), facts, c.points(), counted, weight(c), rule.sources(),
                threshold);
    }

    /** The weight the points come from, with the factors applied to it. */
    static String weight(Contribution c) {
        String w = c.kind() == RuleKind.INDIRECT_SIGNAL ? RuleSpec.SIGNAL_WEIGHT + " × " + c.rule().weight() : c.rule().weight();
        return c.corroborating() ? w + " × trigger.corroborationFactor" : w;
    }

    /** The passages the actions' reasons cite, in document order. */
    static Map<String, SourcePassage> sources(RuleSet rs, List<AssessedAction> actions, Lang lang) {
        Set<String> cited = new HashSet<>();
        actions.forEach(a -> a.reasons().forEach(r -> r.sources().forEach(c -> cited.add(c.passage()))));
        Map<String, SourcePassage> out = new LinkedHashMap<>();
        for (Passage p : rs.sources().passages().values()) {
            if (cited.contains(p.id())) {
                out.put(p.id(), SourcePassage.of(p, lang));
            }
        }
        return out;
    }

    static Assessment.ScenarioSummary summary(Scenario s) {
        return new Assessment.ScenarioSummary(s.id(), s.title(), s.territory().name());
    }
}
