package fr.vigiesociale.web;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.RuleInfo;
import fr.vigiesociale.api.RulesetInfo;
import fr.vigiesociale.api.SourcePassage;
import fr.vigiesociale.api.ThresholdInfo;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.report.Citations;
import fr.vigiesociale.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The rule catalogue as the page and {@code GET /api/rules} show it, generated from the rule base
 * itself: each préconisation with its rules (what triggers them, the actions they can suggest, the
 * passages of the source documents they implement), the context rules, the thresholds with the
 * source of their figures, and the action catalogue. Never hand-maintained.
 */
public record RuleCatalogue(
        RulesetInfo ruleset,
        String lang,
        List<Preconisation> preconisations,
        List<Rule> contextRules,
        List<ThresholdInfo> thresholds,
        List<ActionInfo> actions) {

    /** One préconisation of the HCTS 2021 report and the trigger rules whose actions put it to work. */
    public record Preconisation(int number, String title, List<Rule> rules) { }

    /**
     * One rule, in the catalogue's language: its name, file and line, what triggers it, the actions
     * it can suggest, the level it can reach, its weight, the scenario fields it reads, the thresholds
     * of the indicators among them, the passages it implements and whether it states or interprets them.
     */
    public record Rule(String anchor, String name, String file, int line, boolean context, String trigger, List<String> actions,
                       List<Integer> preconisations, Level reachableLevel, String weight, List<String> reads,
                       List<ThresholdInfo> thresholds, List<Citations.Cited> sources) { }

    public static RuleCatalogue of(RuleBase served, Lang lang) {
        RuleBase base = served.snapshot(); // one rule set for the whole catalogue
        Map<String, SourcePassage> passages = base.passages(lang);
        Map<String, ThresholdInfo> thresholds = new java.util.HashMap<>();
        base.thresholds(lang).forEach(t -> thresholds.put("indicators." + t.indicator(), t));
        List<RuleInfo> rules = base.rules();
        List<Preconisation> precos = IntStream.rangeClosed(1, RuleSet.PRECONISATIONS)
                .mapToObj(n -> new Preconisation(n, base.preconisationTitle(n, lang), rules.stream()
                        .filter(r -> !r.context() && r.preconisations().contains(n))
                        .map(r -> rule(r, lang, passages, thresholds)).toList()))
                .toList();
        List<Rule> context = new ArrayList<>();
        rules.stream().filter(RuleInfo::context).forEach(r -> context.add(rule(r, lang, passages, thresholds)));
        return new RuleCatalogue(base.info(), lang.code(), precos, context, base.thresholds(lang), base.actions(lang));
    }

    private static Rule rule(RuleInfo r, Lang lang, Map<String, SourcePassage> passages, Map<String, ThresholdInfo> thresholds) {
        return new Rule(r.anchor(), r.name(lang), r.file(), r.line(), r.context(), r.trigger(lang), r.actions(), r.preconisations(),
                r.reachableLevel(), r.weight(), r.reads(),
                r.reads().stream().map(thresholds::get).filter(java.util.Objects::nonNull).toList(),
                r.sources().stream().map(c -> new Citations.Cited(passages.get(c.passage()), c.link())).toList());
    }

    /** The action with this id (every id a rule names exists: the rule base checks it when loading). */
    public ActionInfo action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
