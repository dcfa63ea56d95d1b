package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Evaluation;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;
import java.util.Map;

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

    /** Built on first use: finding the reachable levels runs the rules on 144 extreme scenarios. */
    private List<RuleInfo> catalogue;

    @Override
    public synchronized List<RuleInfo> rules() {
        if (catalogue == null) {
            Map<String, Level> reachable = ReachableLevels.compute(rules);
            RuleSet rs = rules.ruleSet();
            catalogue = rules.rules().stream().map(r -> new RuleInfo(r.name(), r.file(), r.context(), r.actions(),
                    r.actions().stream().flatMap(a -> rs.action(a).orElseThrow().preconisations().stream())
                            .distinct().sorted().toList(),
                    reachable.get(r.name()), r.trigger(), r.triggerEn())).toList();
        }
        return catalogue;
    }

    @Override
    public List<ActionInfo> actions(Lang lang) {
        return rules.ruleSet().actions().values().stream()
                .map(a -> new ActionInfo(a.id(), a.text(lang).title(), a.text(lang).description(), a.preconisations(),
                        a.policyAreas(), a.horizon(), a.actors()))
                .sorted(java.util.Comparator.comparing(ActionInfo::id))
                .toList();
    }

    /** The title of préconisation {@code n} (1–12). */
    @Override
    public String preconisationTitle(int n, Lang lang) {
        return rules.ruleSet().preconisationTitle(n, lang);
    }
}
