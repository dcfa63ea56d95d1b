package fr.vigiesociale.engine;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Citation;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.ruleset.RuleTexts;
import fr.vigiesociale.ruleset.SourceLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads each compiled rule's metadata ({@code Rule.getMetaData()}) into a {@link RuleSpec}, with
 * what its DRL says of its conditions and its words from the data file beside it. A rule's kind is
 * the {@code advice} method its consequence calls ({@link RuleKind#method()}). Missing or malformed
 * metadata is a problem with the rule's file and line; {@link RuleChecks} then checks that
 * everything the metadata names exists.
 */
final class RuleSpecs {

    /** The metadata a rule may carry; its words are in the data file beside its DRL file. */
    static final List<String> KEYS = List.of("action", "weight", "cites", "source", "stated");

    private RuleSpecs() {
    }

    static Map<String, RuleSpec> read(KieBase kieBase, RuleSet ruleSet, Map<String, ConditionReads.Rule> drl,
                                      List<RuleProblem> problems) {
        Map<String, RuleSpec> out = new LinkedHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                ConditionReads.Rule conditions = drl.get(r.getName());
                RuleSpec spec = conditions == null ? null : spec((RuleImpl) r, ruleSet, conditions, problems);
                if (spec != null) {
                    out.put(r.getName(), spec);
                }
            }
        }
        return out;
    }

    private static RuleSpec spec(RuleImpl r, RuleSet ruleSet, ConditionReads.Rule c, List<RuleProblem> problems) {
        Map<String, Object> meta = r.getMetaData();
        Metadata m = new Metadata(c, meta, problems);
        for (String key : meta.keySet()) {
            if (!KEYS.contains(key)) {
                m.problem(key, "unknownMetadata", key, String.join(", ", KEYS));
            }
        }
        RuleKind kind = kind(c, problems);
        if (kind == null) {
            return null;
        }
        String action = m.text("action", kind.trigger());
        if (!kind.trigger() && action != null) {
            m.problem("action", "contextWithAction");
        }
        RuleTexts words = words(ruleSet, c, m, kind);
        String weight = kind.fromSignal() ? m.text("weight", false) : m.text("weight", true);
        if (kind == RuleKind.SIGNAL && weight != null) {
            m.problem("weight", "signalWithWeight", weight, RuleKind.INDIRECT_SIGNAL.method());
        }
        String weightName = kind == RuleKind.SIGNAL ? RuleSpec.SIGNAL_WEIGHT : weight == null ? "" : weight;
        Double points = ruleSet.weights().points().get(weightName);
        List<String> passages = m.list("source", true);
        List<String> direct = m.list("stated", false);
        for (String d : direct) {
            if (!passages.contains(d)) {
                m.problem("stated", "statedNotCited", d);
            }
        }
        List<Citation> sources = passages.stream()
                .map(p -> new Citation(p, direct.contains(p) ? SourceLink.DIRECT : SourceLink.INTERPRETATION)).toList();
        String reason = words != null && words.reason() != null ? words.name() : null;
        List<Integer> preconisations = sources.stream().map(s -> ruleSet.sources().passages().get(s.passage()))
                .filter(java.util.Objects::nonNull).map(fr.vigiesociale.ruleset.Passage::preconisation)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        if (kind.trigger() && !passages.isEmpty() && preconisations.isEmpty()) {
            m.problem("source", "noPreconisationCited");
        }
        return new RuleSpec(r.getName(), words == null ? "" : words.nameEn(), c.file(), c.line(), kind, action, reason,
                weightName, points == null ? 0 : points, m.list("cites", false), sources,
                words == null ? "" : words.trigger().text(Lang.FR), words == null ? "" : words.trigger().text(Lang.EN),
                c.reads(), preconisations);
    }

    /**
     * The rule's words, from the data file beside its DRL file: there must be an entry for it, with a
     * reason unless it is a signal rule (whose reason is its indicator's sentence).
     */
    private static RuleTexts words(RuleSet ruleSet, ConditionReads.Rule c, Metadata m, RuleKind kind) {
        String besides = RuleTexts.besides(c.file());
        RuleTexts words = ruleSet.ruleTexts().get(c.name());
        if (words == null || !words.file().equals(besides)) {
            m.problems().add(RuleProblem.of(c.file(), c.line(), "missingRuleTexts", c.name(), besides));
            return null;
        }
        if (kind.fromSignal() && words.reason() != null) {
            m.problems().add(RuleProblem.of(words.file(), words.reason().line(), "signalWithReason", c.name()));
        } else if (!kind.fromSignal() && words.reason() == null) {
            m.problems().add(RuleProblem.of(words.file(), words.line(), "missingReason", c.name()));
        }
        return words;
    }

    /**
     * The kind the consequence states by the one {@code advice} method it calls; {@code null} (with
     * a problem at the rule's line listing the methods) when it calls none, several, or an unknown one.
     */
    private static RuleKind kind(ConditionReads.Rule c, List<RuleProblem> problems) {
        List<String> calls = c.adviceCalls();
        java.util.Optional<RuleKind> kind = calls.size() == 1 ? RuleKind.byMethod(calls.get(0)) : java.util.Optional.empty();
        if (kind.isEmpty()) {
            problems.add(RuleProblem.of(c.file(), c.line(), "adviceCall", c.name(),
                    calls.isEmpty() ? "—" : String.join(", ", calls),
                    String.join(", ", java.util.Arrays.stream(RuleKind.values()).map(RuleKind::method).toList())));
        }
        return kind.orElse(null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** One rule's metadata, read with problems at the rule's file and line. */
    private record Metadata(ConditionReads.Rule rule, Map<String, Object> meta, List<RuleProblem> problems) {

        void problem(String key, String code, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = rule.name();
            System.arraycopy(args, 0, all, 1, args.length);
            problems.add(RuleProblem.of(rule.file(), rule.metadataLine(key), code, all));
        }

        String text(String key, boolean required) {
            Object v = meta.get(key);
            if (v instanceof String s && !s.isBlank()) {
                return s;
            }
            if (v != null || required) {
                problem(key, v == null ? "missingMetadata" : "badMetadata", "@" + key);
            }
            return null;
        }

        List<String> list(String key, boolean required) {
            Object v = meta.get(key);
            if (v instanceof String s && !s.isBlank()) {
                return List.of(s);
            }
            if (v instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> x instanceof String)) {
                return l.stream().map(String.class::cast).toList();
            }
            if (v != null || required) {
                problem(key, v == null ? "missingMetadata" : "badMetadata", "@" + key);
            }
            return List.of();
        }
    }
}
