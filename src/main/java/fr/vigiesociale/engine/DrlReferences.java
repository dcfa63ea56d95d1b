package fr.vigiesociale.engine;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, from the DRL text, which actions, reason texts and weights each rule refers to — so that
 * a misspelt action id is a load-time error with its file and line, not a silent miss, and so the
 * rule catalogue knows which actions a rule can suggest.
 */
final class DrlReferences {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\b", Pattern.DOTALL);
    private static final Pattern SIGNAL = Pattern.compile("advice\\.(signal|indirectSignal)\\(\\s*kcontext\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern BECAUSE = Pattern.compile(
            "advice\\.(?:because|signals)\\(\\s*kcontext\\s*,\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern RAISE = Pattern.compile(
            "advice\\.raise\\(\\s*kcontext\\s*,\\s*\\$\\w+\\s*,\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"");

    /** What one rule refers to. */
    record RuleRefs(String file, String rule, Set<String> actions, boolean context) { }

    private DrlReferences() {
    }

    /** Every rule's references; problems for unknown actions, texts or weights are added to {@code problems}. */
    static Map<String, RuleRefs> check(RuleSet ruleSet, List<RuleProblem> problems) {
        Map<String, RuleRefs> out = new LinkedHashMap<>();
        ruleSet.files().drlFiles().forEach((file, bytes) -> {
            String drl = new String(bytes, StandardCharsets.UTF_8);
            Matcher rule = RULE.matcher(drl);
            while (rule.find()) {
                String body = rule.group(2);
                int bodyStart = rule.start(2);
                Set<String> actions = new LinkedHashSet<>();
                boolean context = false;
                Matcher m = SIGNAL.matcher(body);
                while (m.find()) {
                    actions.add(m.group(2));
                    action(ruleSet, problems, file, drl, bodyStart + m.start(2), m.group(2));
                    text(ruleSet, problems, file, drl, bodyStart + m.start(2), null);
                    if (m.group(1).equals("indirectSignal")) {
                        text(ruleSet, problems, file, drl, bodyStart + m.start(2), Advice.INDIRECT_REASON);
                        weight(ruleSet, problems, file, drl, bodyStart + m.start(2), Advice.INDIRECT_WEIGHT);
                    }
                }
                m = BECAUSE.matcher(body);
                while (m.find()) {
                    actions.add(m.group(1));
                    action(ruleSet, problems, file, drl, bodyStart + m.start(1), m.group(1));
                    text(ruleSet, problems, file, drl, bodyStart + m.start(2), m.group(2));
                    weight(ruleSet, problems, file, drl, bodyStart + m.start(3), m.group(3));
                }
                m = RAISE.matcher(body);
                while (m.find()) {
                    context = true;
                    text(ruleSet, problems, file, drl, bodyStart + m.start(1), m.group(1));
                    weight(ruleSet, problems, file, drl, bodyStart + m.start(2), m.group(2));
                }
                if (body.contains("advice.convergence(")) {
                    context = true;
                }
                out.put(rule.group(1), new RuleRefs(file, rule.group(1), actions, context));
            }
        });
        return out;
    }

    private static void action(RuleSet rs, List<RuleProblem> problems, String file, String drl, int at, String id) {
        if (rs.action(id).isEmpty()) {
            problems.add(new RuleProblem(file, line(drl, at), 0,
                    "action « " + id + " » absente du catalogue actions.yaml"));
        }
    }

    private static void text(RuleSet rs, List<RuleProblem> problems, String file, String drl, int at, String key) {
        if (key == null) {
            return; // signal texts are checked per indicator by the rule-base tests
        }
        checkText(rs, problems, file, line(drl, at), key);
    }

    private static void weight(RuleSet rs, List<RuleProblem> problems, String file, String drl, int at, String name) {
        checkWeight(rs, problems, file, line(drl, at), name);
    }

    /** A reason text the engine needs must exist in every language. */
    static void checkText(RuleSet rs, List<RuleProblem> problems, String file, int line, String key) {
        for (Lang lang : Lang.values()) {
            if (!rs.reasons().has(lang, key)) {
                problems.add(new RuleProblem(file, line, 0,
                        "texte de raison « " + key + " » absent de i18n/reasons" + (lang == Lang.FR ? "" : "_" + lang.code())
                                + ".properties"));
            }
        }
    }

    /** A weight the engine needs must exist in weights.yaml. */
    static void checkWeight(RuleSet rs, List<RuleProblem> problems, String file, int line, String name) {
        if (!rs.weights().points().containsKey(name)) {
            problems.add(new RuleProblem(file, line, 0, "poids « " + name + " » absent de weights.yaml"));
        }
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
