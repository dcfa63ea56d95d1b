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
 * <p>Ranking: score, highest first; ties (typically several actions capped at 100) by the
 * uncapped sum of their contributions, so more evidence ranks higher; then by horizon (immediate,
 * then short term, then structural), then by action id in alphabetical order — never by chance.
 */
final class AssessmentBuilder {

    /** The ranking order of contract v1 §2, documented in the README. */
    static final Comparator<AssessedAction> RANKING = Comparator
            .comparingDouble(AssessedAction::score).reversed()
            .thenComparing(Comparator.comparingDouble(AssessmentBuilder::uncapped).reversed())
            .thenComparing(AssessedAction::horizon)
            .thenComparing(AssessedAction::id);

    /** The sum of an action's contributions before the cap at 100. */
    static double uncapped(AssessedAction a) {
        return Weights.round(a.reasons().stream().mapToDouble(Reason::contribution).sum());
    }

    private AssessmentBuilder() {
    }

    /** Scores per action id: the sum of its contributions, capped at 100. */
    static Map<String, Double> scores(List<Contribution> contributions) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            scores.merge(c.action(), c.points(), Double::sum);
        }
        scores.replaceAll((k, v) -> Math.min(100, Weights.round(v)));
        return scores;
    }

    static List<AssessedAction> actions(CompiledRules rules, Scenario scenario, List<Contribution> contributions, Lang lang) {
        RuleSet rs = rules.ruleSet();
        ReasonRenderer renderer = new ReasonRenderer(rs, lang);
        Map<String, Object> fields = scenario.fields();
        Map<String, List<Contribution>> byAction = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            byAction.computeIfAbsent(c.action(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Double> scores = scores(contributions);
        List<AssessedAction> actions = new ArrayList<>();
        byAction.forEach((id, cs) -> {
            ActionDefinition d = rs.action(id).orElseThrow();
            List<Reason> reasons = cs.stream().map(c -> reason(c, fields, renderer, lang)).toList();
            double score = scores.get(id);
            actions.add(new AssessedAction(0, id, d.text(lang).title(), d.text(lang).description(),
                    d.preconisations(), d.policyAreas(), rs.weights().levels().levelOf(score), score,
                    d.horizon(), d.actors(), reasons));
        });
        actions.sort(RANKING);
        List<AssessedAction> ranked = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            AssessedAction a = actions.get(i);
            ranked.add(new AssessedAction(i + 1, a.id(), a.title(), a.description(), a.preconisations(),
                    a.policyAreas(), a.level(), a.score(), a.horizon(), a.actors(), a.reasons()));
        }
        return ranked;
    }

    private static Reason reason(Contribution c, Map<String, Object> fields, ReasonRenderer renderer, Lang lang) {
        Map<String, Object> facts = c.facts(fields);
        RuleSpec rule = c.rule();
        Reason.Threshold threshold = null;
        if (c.kind().fromSignal()) {
            IndicatorThreshold t = c.signals().get(0).threshold();
            threshold = new Reason.Threshold(t.indicator().key(), t.watch(), t.alarm(), t.basis(), t.source(lang));
        }
        return new Reason(rule.name(lang), renderer.text(c, facts), facts, c.points(), weight(c), rule.sources(),
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
