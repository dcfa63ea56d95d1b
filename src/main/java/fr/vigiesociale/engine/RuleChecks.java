package fr.vigiesociale.engine;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.ReasonTexts;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.DidYouMean;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that everything a rule's metadata names exists: its action in the catalogue, its reason
 * text in every language with only the placeholders it can fill, its weight, the scenario fields
 * it cites (and that its conditions read them), the passages it implements. Each problem names the
 * rule's file and the line of the annotation at fault.
 */
final class RuleChecks {

    /** What each kind of rule can fill in its reason text, besides the fields it cites. */
    private static final Map<RuleKind, Set<String>> PARAMS = Map.of(
            RuleKind.SIGNAL, Set.of("value", "watch", "alarm"),
            RuleKind.INDIRECT_SIGNAL, Set.of("value", "watch", "alarm"),
            RuleKind.SITUATION, Set.of(),
            RuleKind.SIGNALS, Set.of("count", "areas", "areaNames", "indicators"),
            RuleKind.CONTEXT, Set.of(),
            RuleKind.CONVERGENCE, Set.of("count", "publics", "indicators"));

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
            Set<String> allowed = new LinkedHashSet<>(PARAMS.get(rule.kind()));
            allowed.addAll(rule.cites());
            text(rule.reasonKey(), allowed, rule, drl);
        }
        if (!rule.kind().fromSignal() || rule.kind() == RuleKind.INDIRECT_SIGNAL) {
            if (!rule.weight().isEmpty() && !ruleSet.weights().points().containsKey(rule.weight())) {
                problem(rule, drl, "weight", "unknownWeight", rule.weight(),
                        closest(rule.weight(), ruleSet.weights().points().keySet()));
            }
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
     * A reason text the engine needs: it must exist in every language and use only placeholders it
     * can fill. {@code rule} and {@code drl} locate the problem; {@code null} for the engine's own texts.
     */
    void text(String key, Set<String> allowed, RuleSpec rule, ConditionReads.Rule drl) {
        for (Lang lang : Lang.values()) {
            if (!ruleSet.reasons().has(lang, key)) {
                add(rule, drl, lang, "unknownReason", key, ReasonTexts.file(lang),
                        closest(key, ruleSet.reasons().keys(lang)));
                continue;
            }
            for (String placeholder : ReasonTexts.placeholders(ruleSet.reasons().template(lang, key))) {
                if (!allowed.contains(placeholder)) {
                    add(rule, drl, lang, "unknownPlaceholder", key, ReasonTexts.file(lang), placeholder,
                            allowed.isEmpty() ? "—" : String.join(", ", allowed));
                }
            }
        }
    }

    /** A problem of a reason text: at the rule's {@code @reason}, or in the texts file for the engine's own texts. */
    private void add(RuleSpec rule, ConditionReads.Rule drl, Lang lang, String code, Object... args) {
        if (rule == null) {
            problems.add(RuleProblem.of(ReasonTexts.file(lang), 0, "engine." + code, args));
        } else {
            problem(rule, drl, "reason", code, args);
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
