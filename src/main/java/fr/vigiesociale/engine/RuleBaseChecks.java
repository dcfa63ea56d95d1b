package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.CountThresholds;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.ruleset.RuleTexts;
import fr.vigiesociale.scenario.Indicator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of the rule base as a whole, once every rule is read: each declared file holds rules;
 * each threshold, count, weight, reason text and action is used by some rule (or by the engine's
 * own arithmetic); the texts the engine adds (signals, suffixes) exist with the right placeholders.
 */
final class RuleBaseChecks {

    /** Weights the engine itself uses, besides the rules' {@code @weight}. */
    static final List<String> ENGINE_WEIGHTS = List.of(Scoring.CORROBORATION, Scoring.CONVERGENCE_MAX, Scoring.CONTEXT_SHARE);

    private RuleBaseChecks() {
    }

    static void check(RuleSet rs, Map<String, RuleSpec> specs, Map<String, ConditionReads.Rule> drl,
                      RuleChecks texts, List<RuleProblem> problems) {
        for (RuleSet.DeclaredFile f : rs.declaredFiles()) {
            if (rs.files().file(f.path()) != null && drl.values().stream().noneMatch(r -> r.file().equals(f.path()))) {
                problems.add(RuleProblem.of(RuleSet.RULESET_FILE, f.line(), "emptyFile", f.path()));
            }
        }
        Set<Indicator> named = new HashSet<>();
        Set<String> counts = new HashSet<>();
        drl.values().forEach(r -> {
            named.addAll(r.indicatorsNamed());
            counts.addAll(r.countsUsed());
        });
        for (Indicator i : rs.thresholds().keySet()) {
            if (!named.contains(i)) {
                problems.add(RuleProblem.of(RuleSet.THRESHOLDS_FILE, rs.line(RuleSet.THRESHOLDS_FILE, i.key()),
                        "unusedThreshold", i.key()));
            }
        }
        for (String c : CountThresholds.NAMES) {
            if (!counts.contains(c)) {
                problems.add(RuleProblem.of(RuleSet.THRESHOLDS_FILE, rs.line(RuleSet.THRESHOLDS_FILE, "counts." + c),
                        "unusedCount", c));
            }
        }
        Set<String> weights = new HashSet<>(ENGINE_WEIGHTS);
        specs.values().forEach(s -> weights.add(s.weight()));
        for (String w : ENGINE_WEIGHTS) {
            if (!rs.weights().points().containsKey(w)) {
                problems.add(RuleProblem.of(RuleSet.WEIGHTS_FILE, 0, "missingEngineWeight", w));
            }
        }
        for (String fraction : List.of(Scoring.CORROBORATION, Scoring.CONTEXT_SHARE)) {
            Double f = rs.weights().points().get(fraction);
            if (f != null && (f < 0 || f > 1)) {
                problems.add(RuleProblem.of(RuleSet.WEIGHTS_FILE, rs.line(RuleSet.WEIGHTS_FILE, fraction),
                        "engineNotAFraction", fraction, f));
            }
        }
        for (String w : rs.weights().points().keySet()) {
            if (!weights.contains(w)) {
                problems.add(RuleProblem.of(RuleSet.WEIGHTS_FILE, rs.line(RuleSet.WEIGHTS_FILE, w), "unusedWeight", w));
            }
        }
        Set<String> actions = new HashSet<>();
        specs.values().forEach(s -> actions.add(s.action()));
        for (String a : rs.actions().keySet()) {
            if (!actions.contains(a)) {
                problems.add(RuleProblem.of(rs.actionFile(a), rs.line(rs.actionFile(a), a), "unreachedAction", a));
            }
        }
        engineTexts(rs, drl, texts, problems);
    }

    /**
     * The texts the engine adds (each indicator's sentence, the two scoring sentences) use only what
     * it fills; every rule entry of a data file names a rule of the DRL file beside it.
     */
    private static void engineTexts(RuleSet rs, Map<String, ConditionReads.Rule> drl, RuleChecks texts,
                                    List<RuleProblem> problems) {
        for (Map.Entry<Indicator, IndicatorThreshold> e : rs.thresholds().entrySet()) {
            Set<String> allowed = new java.util.LinkedHashSet<>(RuleKind.SIGNAL.placeholders());
            if (e.getValue().alarm() == null) {
                allowed.remove("alarm");
            }
            texts.text(Contribution.signalReason(e.getKey()), allowed, null);
        }
        texts.text(Corroboration.REASON, Set.of(Contribution.FULL_POINTS, Contribution.PERCENT), null);
        texts.text(Advice.INDIRECT_REASON, Set.of(Contribution.INDIRECT_PERCENT), null);
        for (RuleTexts words : rs.ruleTexts().values()) {
            ConditionReads.Rule rule = drl.get(words.name());
            if (rule == null || !RuleTexts.besides(rule.file()).equals(words.file())) {
                String file = words.file().replaceAll("\\.yaml$", ".drl");
                List<String> there = drl.values().stream().filter(r -> r.file().equals(file)).map(ConditionReads.Rule::name).toList();
                problems.add(RuleProblem.of(words.file(), words.line(), "unknownRuleTexts", words.name(), file,
                        RuleChecks.closest(words.name(), there)));
            }
        }
    }
}
