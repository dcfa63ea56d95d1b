package fr.vigiesociale.engine;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.ReasonTexts;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.ruleset.Wording;
import fr.vigiesociale.scenario.DidYouMean;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that everything a rule's metadata names exists: its action in the catalogue, its reason
 * text in every language with only the placeholders it can fill, its weight, the scenario fields
 * it cites (and that its conditions read them), the passages it implements. Each problem names the
 * rule's file and the line of the annotation at fault.
 */
final class RuleChecks {

    private final RuleSet ruleSet;
    private final List<RuleProblem> problems;
    private final Set<String> fields = new LinkedHashSet<>();

    RuleChecks(RuleSet ruleSet, List<RuleProblem> problems) {
        this.ruleSet = ruleSet;
        this.problems = problems;
        ScenarioFields.all().stream().map(FieldSpec::path).forEach(fields::add);
    }

    void check(RuleSpec rule, ConditionReads.Rule drl) {
        if (rule.action() != null && ruleSet.action(rule.action()).isEmpty()) {
            problem(rule, drl, "action", "unknownAction", rule.action(), closest(rule.action(), ruleSet.actions().keySet()));
        }
        drl.actionsNamed().forEach((id, line) -> {
            if (ruleSet.action(id).isEmpty()) {
                problems.add(RuleProblem.of(drl.file(), line, "unknownAction", rule.name(), id,
                        closest(id, ruleSet.actions().keySet())));
            }
        });
        if (rule.reasonKey() != null) {
            Set<String> allowed = new LinkedHashSet<>(rule.kind().placeholders());
            allowed.addAll(rule.cites());
            text(rule.reasonKey(), allowed, rule);
        }
        if (!rule.kind().fromSignal() || rule.kind() == RuleKind.INDIRECT_SIGNAL) {
            if (!rule.weight().isEmpty() && !ruleSet.weights().points().containsKey(rule.weight())) {
                problem(rule, drl, "weight", "unknownWeight", rule.weight(),
                        closest(rule.weight(), ruleSet.weights().points().keySet()));
            }
        }
        double points = ruleSet.weights().points().getOrDefault(rule.weight(), 0.5);
        if (rule.kind() == RuleKind.INDIRECT_SIGNAL && (points < 0 || points > 1)) {
            // the rule's kind, not its weight's name, says that the weight is a share of the signal's points
            problem(rule, drl, "weight", "notAFraction", rule.weight(), points);
        }
        for (String cited : rule.cites()) {
            if (!fields.contains(cited)) {
                problem(rule, drl, "cites", "unknownField", cited, closest(cited, fields));
            } else if (!rule.reads().contains(cited)) {
                problem(rule, drl, "cites", "citedNotRead", cited, String.join(", ", rule.reads()));
            }
        }
        Set<String> passages = ruleSet.sources().passages().keySet();
        for (String source : rule.sources().stream().map(c -> c.passage()).toList()) {
            if (!passages.contains(source)) {
                problem(rule, drl, "source", "unknownSource", source, closest(source, passages));
            }
        }
    }

    /**
     * A reason text must use only placeholders it can fill: each one it may not is a problem at the
     * line of the language's text. {@code rule} is {@code null} for the texts the engine adds itself
     * (an indicator's sentence, the scoring's).
     */
    void text(String key, Set<String> allowed, RuleSpec rule) {
        Wording w = ruleSet.reasons().wording(key);
        if (w == null) {
            return; // a text the data files must hold, already a problem when they loaded
        }
        for (Lang lang : Lang.values()) {
            for (String placeholder : ReasonTexts.placeholders(w.text(lang))) {
                if (!allowed.contains(placeholder)) {
                    String can = allowed.isEmpty() ? "—" : String.join(", ", allowed);
                    problems.add(rule == null
                            ? RuleProblem.of(w.file(), w.line(lang), "engine.unknownPlaceholder", key, lang.code(), placeholder, can)
                            : RuleProblem.of(w.file(), w.line(lang), "unknownPlaceholder", rule.name(), lang.code(), placeholder, can));
                }
            }
        }
    }

    private void problem(RuleSpec rule, ConditionReads.Rule drl, String key, String code, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = rule.name();
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(RuleProblem.of(rule.file(), drl.metadataLine(key), code, all));
    }

    /** " [→ x]" when a known name is close to the typed one, else "". */
    static String closest(String typed, Collection<String> known) {
        return DidYouMean.closest(typed, known).map(c -> " [→ " + c + "]").orElse("");
    }
}
