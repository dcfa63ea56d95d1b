package fr.vigiesociale.web;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.RuleInfo;
import fr.vigiesociale.api.RulesetInfo;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rule catalogue as the page and {@code GET /api/rules} show it, generated from the rule base
 * itself: each préconisation with its rules (what triggers them, the actions they can suggest),
 * the context rules, and the action catalogue. Never hand-maintained.
 */
public record RuleCatalogue(
        RulesetInfo ruleset,
        String lang,
        List<Preconisation> preconisations,
        List<Rule> contextRules,
        List<ActionInfo> actions) {

    /** One préconisation of the HCTS 2021 report and the trigger rules whose actions put it to work. */
    public record Preconisation(int number, String title, List<Rule> rules) { }

    /** One rule, with its trigger in the catalogue's language. */
    public record Rule(String name, String file, boolean context, String trigger, List<String> actions,
                       List<Integer> preconisations, Level reachableLevel) {

        static Rule of(RuleInfo r, Lang lang) {
            return new Rule(r.name(), r.file(), r.context(), r.trigger(lang), r.actions(), r.preconisations(),
                    r.reachableLevel());
        }
    }

    public static RuleCatalogue of(RuleBase base, Lang lang) {
        List<RuleInfo> rules = base.rules();
        List<Preconisation> precos = IntStream.rangeClosed(1, RuleSet.PRECONISATIONS)
                .mapToObj(n -> new Preconisation(n, base.preconisationTitle(n, lang), rules.stream()
                        .filter(r -> !r.context() && r.preconisations().contains(n))
                        .map(r -> Rule.of(r, lang)).toList()))
                .toList();
        List<Rule> context = new ArrayList<>();
        rules.stream().filter(RuleInfo::context).forEach(r -> context.add(Rule.of(r, lang)));
        return new RuleCatalogue(base.info(), lang.code(), precos, context, base.actions(lang));
    }

    /** The action with this id (every id a rule names exists: the rule base checks it when loading). */
    public ActionInfo action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
