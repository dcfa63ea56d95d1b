package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.engine.RuleKind;
import fr.vigiesociale.engine.RuleSpec;
import fr.vigiesociale.engine.Scoring;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.ActionDefinition;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.Passage;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the contributions of an evaluation into ranked, explained actions.
 *
 * <p>Score: {@link Scoring#score(List)}, the one place points become a score (diminishing returns
 * past a knee, below CRITICAL without an alarm trigger of its own); each reason's contribution is
 * what its points add to the score, in the order shown, so the contributions sum to the score.
 *
 * <p>Ranking: score, highest first; equal scores by points (more evidence ranks higher), then by
 * horizon (immediate, then short term, then structural), then by action id in alphabetical order —
 * never by chance. An action tied on score with the one before it says which of these decided. One
 * exception ({@link LifeSafetyFirst}): no action of a later horizon ranks above an action that
 * protects lives now; one moved below a lower score says so.
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

    /**
     * The first {@code top} priorities (at most {@link Priorities#MAX}, MEDIUM or above) in
     * {@link #RANKING} order and the count per level, without rendering reasons.
     */
    static Triage triage(CompiledRules rules, Scenario scenario, List<Contribution> contributions, int top, Lang lang) {
        RuleSet rs = rules.ruleSet();
        Map<String, Scoring.ActionScore> scores = rules.scoring().scores(contributions);
        Comparator<String> order = ranking(id -> scores.get(id).score(), id -> scores.get(id).points(),
                id -> rs.action(id).orElseThrow().horizon(), id -> id);
        Set<String> lifeSafety = lifeSafety(contributions);
        List<String> ranked = LifeSafetyFirst.apply(scores.keySet().stream().sorted(order).toList(), lifeSafety::contains,
                id -> rs.action(id).orElseThrow().horizon() == Horizon.IMMEDIATE);
        Map<Level, Integer> levels = new EnumMap<>(Level.class);
        ranked.forEach(id -> levels.merge(scores.get(id).level(), 1, Integer::sum));
        List<Triage.TopAction> first = ranked.stream().filter(id -> Priorities.steered(scores.get(id).level()))
                .limit(Math.min(top, Priorities.MAX)).map(id -> {
                    ActionDefinition action = rs.action(id).orElseThrow();
                    ActionDefinition.Text text = action.text(lang, scenario);
                    return new Triage.TopAction(id, text.title(), scores.get(id).level(), scores.get(id).score(),
                            text.firstStep(), action.actors(scenario).get(0));
                }).toList();
        String head = ranked.isEmpty() ? null : ranked.get(0);
        return new Triage(first, levels, ranked.size(), head == null ? null : scores.get(head).level(),
                head == null ? 0 : scores.get(head).score());
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
            Scoring.ActionScore score = rules.scoring().score(cs);
            List<Reason> reasons = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
                reasons.add(reason(cs.get(i), score.counted().get(i), fields, renderer, lang));
            }
            ActionDefinition.Text text = d.text(lang, scenario);
            actions.add(new AssessedAction(0, id, text.title(), text.description(), d.preconisations(), d.policyAreas(),
                    score.level(), score.score(), score.points(), score.alarmTrigger(), d.horizon(), d.actors(scenario),
                    reasons, null, confidence(rules, id, fields)));
        });
        actions.sort(RANKING);
        Set<String> lifeSafety = lifeSafety(contributions);
        List<AssessedAction> ordered = LifeSafetyFirst.apply(actions, a -> lifeSafety.contains(a.id()),
                a -> a.horizon() == Horizon.IMMEDIATE);
        List<AssessedAction> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            AssessedAction a = ordered.get(i);
            AssessedAction before = i > 0 ? ordered.get(i - 1) : null;
            AssessedAction.TieBreak tie = before == null ? null
                    : before.score() < a.score() ? new AssessedAction.TieBreak(before.id(), AssessedAction.TieBreak.By.LIFE_SAFETY)
                    : before.score() == a.score() ? tieBreak(before, a) : null;
            ranked.add(new AssessedAction(i + 1, a.id(), a.title(), a.description(), a.preconisations(),
                    a.policyAreas(), a.level(), a.score(), a.points(), a.alarmTrigger(), a.horizon(), a.actors(),
                    a.reasons(), tie, a.confidence()));
        }
        return ranked;
    }

    /** The actions an emergency rule opened: those that protect lives now. */
    private static Set<String> lifeSafety(List<Contribution> contributions) {
        Set<String> ids = new HashSet<>();
        contributions.stream().filter(c -> c.kind() == RuleKind.EMERGENCY).forEach(c -> ids.add(c.action()));
        return ids;
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
        if (c.contextShared()) {
            return w + " × " + Scoring.CONTEXT_SHARE;
        }
        return c.corroborating() ? w + " × " + Scoring.CORROBORATION : w;
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
