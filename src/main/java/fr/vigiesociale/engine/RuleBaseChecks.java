package fr.vigiesociale.engine;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.CountThresholds;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.ReasonTexts;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.Indicator;
import java.nio.charset.StandardCharsets;
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
    static final List<String> ENGINE_WEIGHTS = List.of(Corroboration.WEIGHT, Advice.CONVERGENCE_MAX);

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
        for (String w : rs.weights().points().keySet()) {
            if (!weights.contains(w)) {
                problems.add(RuleProblem.of(RuleSet.WEIGHTS_FILE, rs.line(RuleSet.WEIGHTS_FILE, w), "unusedWeight", w));
            }
        }
        Set<String> actions = new HashSet<>();
        specs.values().forEach(s -> actions.add(s.action()));
        for (String a : rs.actions().keySet()) {
            if (!actions.contains(a)) {
                problems.add(RuleProblem.of(RuleSet.ACTIONS_FILE, rs.line(RuleSet.ACTIONS_FILE, a), "unreachedAction", a));
            }
        }
        engineTexts(rs, specs, texts, problems);
    }

    /** The signal texts and the two suffixes, and no reason text that nothing uses. */
    private static void engineTexts(RuleSet rs, Map<String, RuleSpec> specs, RuleChecks texts, List<RuleProblem> problems) {
        Set<String> used = new HashSet<>(List.of(Corroboration.REASON, Advice.INDIRECT_REASON));
        for (Map.Entry<Indicator, IndicatorThreshold> e : rs.thresholds().entrySet()) {
            String key = Contribution.signalReason(e.getKey());
            used.add(key);
            texts.text(key, e.getValue().alarm() == null ? Set.of("value", "watch") : Set.of("value", "watch", "alarm"),
                    null, null);
        }
        texts.text(Corroboration.REASON, Set.of(Contribution.FULL_POINTS, Contribution.PERCENT), null, null);
        texts.text(Advice.INDIRECT_REASON, Set.of(Contribution.INDIRECT_PERCENT), null, null);
        specs.values().forEach(s -> used.add(s.reasonKey()));
        for (Lang lang : Lang.values()) {
            String file = ReasonTexts.file(lang);
            for (String key : rs.reasons().keys(lang)) {
                if (!used.contains(key)) {
                    problems.add(RuleProblem.of(file, lineOf(rs, file, key), "unusedReason", key));
                }
            }
        }
    }

    /** The line of {@code key=} in a properties file of the rule folder. */
    private static int lineOf(RuleSet rs, String file, String key) {
        byte[] content = rs.files().file(file);
        if (content == null) {
            return 0;
        }
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + "=") || lines[i].startsWith(key + " ")) {
                return i + 1;
            }
        }
        return 0;
    }
}
