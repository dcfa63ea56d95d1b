package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.engine.Evaluation;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.ActionDefinition;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.ruleset.Weights;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    static Map<String, Double> scores(Evaluation evaluation) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Contribution c : evaluation.contributions()) {
            scores.merge(c.action(), c.points(), Double::sum);
        }
        scores.replaceAll((k, v) -> Math.min(100, Weights.round(v)));
        return scores;
    }

    static List<AssessedAction> actions(CompiledRules rules, Evaluation evaluation, Lang lang) {
        RuleSet rs = rules.ruleSet();
        ReasonRenderer renderer = new ReasonRenderer(rs, lang);
        Map<String, List<Contribution>> byAction = new LinkedHashMap<>();
        for (Contribution c : evaluation.contributions()) {
            byAction.computeIfAbsent(c.action(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Double> scores = scores(evaluation);
        List<AssessedAction> actions = new ArrayList<>();
        byAction.forEach((id, contributions) -> {
            ActionDefinition d = rs.action(id).orElseThrow();
            List<Reason> reasons = contributions.stream()
                    .map(c -> new Reason(c.rule(), renderer.text(c), c.facts(), c.points()))
                    .toList();
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

    static Assessment.ScenarioSummary summary(Scenario s) {
        return new Assessment.ScenarioSummary(s.id(), s.title(), s.territory().name());
    }
}
