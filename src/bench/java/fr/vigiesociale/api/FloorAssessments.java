package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.RuleEvaluator;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Scenario;

/** For the benchmark: a full assessment built, exactly as the engine builds it, on another rule evaluator. */
public final class FloorAssessments {

    private final DefaultRuleBase base;

    public FloorAssessments(CompiledRules rules) {
        this.base = new DefaultRuleBase(rules);
    }

    public Assessment assess(Scenario scenario, Lang lang, RuleEvaluator evaluator) {
        return base.assess(scenario, lang, evaluator);
    }
}
