package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.engine.RuleEvaluator;
import fr.vigiesociale.engine.RuleSpec;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.ActionDefinition;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.Scenario;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        return assess(scenario, lang, rules);
    }

    /** The assessment built on what {@code evaluator} says the rules give (the engine itself, or a benchmark's floor). */
    Assessment assess(Scenario scenario, Lang lang, RuleEvaluator evaluator) {
        List<Contribution> contributions = evaluator.contributions(scenario);
        List<AssessedAction> actions = AssessmentBuilder.actions(rules, scenario, contributions, lang);
        List<DataGap> gaps = DataGapFinder.find(rules, evaluator, scenario, contributions, lang);
        return new Assessment(1, AssessmentBuilder.summary(scenario), info,
                Priorities.of(rules.ruleSet(), scenario, actions, lang), actions, gaps,
                AssessmentBuilder.sources(rules.ruleSet(), actions, lang), lang,
                WhyNotFinder.find(rules, scenario, actions, lang));
    }

    @Override
    public Triage triage(Scenario scenario, int top, Lang lang) {
        return AssessmentBuilder.triage(rules, scenario, rules.contributions(scenario), top, lang);
    }

    @Override
    public RulesetInfo info() {
        return info;
    }

    /** Built on first use: finding the reachable levels runs the rules on {@link ReachableLevels#SITUATIONS} extreme scenarios. */
    private List<RuleInfo> catalogue;

    @Override
    public synchronized List<RuleInfo> rules() {
        if (catalogue == null) {
            Map<String, Level> reachable = ReachableLevels.compute(rules);
            RuleSet rs = rules.ruleSet();
            catalogue = rules.rules().stream().map(r -> info(r, rs, reachable.get(r.name()))).toList();
        }
        return catalogue;
    }

    private static RuleInfo info(RuleSpec r, RuleSet rs, Level reachable) {
        List<String> actions = r.action() == null ? List.of() : List.of(r.action());
        return new RuleInfo(r.name(), r.nameEn(), r.file(), r.line(), r.context(), actions, r.preconisations(), reachable,
                r.triggerFr(), r.triggerEn(), r.weight(), List.copyOf(r.reads()), r.sources());
    }

    @Override
    public List<ActionInfo> actions(Lang lang) {
        return catalogue(a -> a.text(lang), ActionDefinition::actors);
    }

    @Override
    public List<ActionInfo> actions(Lang lang, Scenario scenario) {
        return catalogue(a -> a.text(lang, scenario), a -> a.actors(scenario));
    }

    /** Every action with the texts and actors chosen for it, sorted by id. */
    private List<ActionInfo> catalogue(Function<ActionDefinition, ActionDefinition.Text> text,
                                       Function<ActionDefinition, List<Actor>> actors) {
        return rules.ruleSet().actions().values().stream()
                .map(a -> {
                    ActionDefinition.Text t = text.apply(a);
                    return new ActionInfo(a.id(), t.title(), t.description(), a.preconisations(), a.policyAreas(), a.horizon(),
                            actors.apply(a));
                })
                .sorted(Comparator.comparing(ActionInfo::id))
                .toList();
    }

    /** The title of préconisation {@code n} (1–12). */
    @Override
    public String preconisationTitle(int n, Lang lang) {
        return rules.ruleSet().preconisationTitle(n, lang);
    }

    @Override
    public List<SourceDocumentInfo> sources(Lang lang) {
        return rules.ruleSet().sources().documents().stream().map(d -> SourceDocumentInfo.of(d, lang)).toList();
    }

    @Override
    public List<ThresholdInfo> thresholds(Lang lang) {
        return rules.ruleSet().thresholds().values().stream()
                .sorted(Comparator.comparing(t -> t.indicator()))
                .map(t -> new ThresholdInfo(t.indicator().key(), t.watch(), t.alarm(), t.areas(), t.basis(), t.source(lang)))
                .toList();
    }

    @Override
    public fr.vigiesociale.ruleset.ScoreScale scale() {
        return rules.ruleSet().weights().scale();
    }
}
