package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Evaluation;
import fr.vigiesociale.engine.RuleInfo;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;

/** The rule base behind {@link VigieSociale}: compiled rules, turned into assessments. */
final class DefaultRuleBase implements RuleBase {

    private final CompiledRules rules;
    private final RulesetInfo info;

    DefaultRuleBase(CompiledRules rules) {
        this.rules = rules;
        this.info = new RulesetInfo(rules.ruleSet().name(), rules.ruleSet().version(), rules.ruleSet().sha256(),
                rules.rules().size());
    }

    @Override
    public Assessment assess(Scenario scenario, Lang lang) {
        Evaluation evaluation = rules.evaluate(scenario);
        List<AssessedAction> actions = AssessmentBuilder.actions(rules, evaluation, lang);
        List<DataGap> gaps = DataGapFinder.find(rules, scenario, AssessmentBuilder.scores(evaluation), lang);
        return new Assessment(1, AssessmentBuilder.summary(scenario), info, actions, gaps, lang);
    }

    @Override
    public RulesetInfo info() {
        return info;
    }

    @Override
    public List<RuleInfo> rules() {
        return rules.rules();
    }
}
