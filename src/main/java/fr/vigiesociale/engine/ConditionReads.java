package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.CountThresholds;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.scenario.Crisis;
import fr.vigiesociale.scenario.DerivedFrom;
import fr.vigiesociale.scenario.Governance;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Practices;
import fr.vigiesociale.scenario.Resources;
import fr.vigiesociale.scenario.Territory;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * What each rule's conditions read, found by parsing the DRL with Drools' own parsers (the rule and
 * its constraint expressions), not by matching text: the scenario fields its patterns constrain
 * ({@code Governance(socialImpactPlan == false)} reads {@code governance.socialImpactPlan}), the
 * indicators its signal patterns name (a signal pattern that names none reads every indicator), and
 * the counts it compares with ({@code counts.convergenceMinSignals()}), and the action ids a context
 * rule compares a suggestion's {@code action} with (read from the constraint's text, so that a
 * misspelt id in {@code Suggestion(action in ("A", "B"))} is caught when the rules load).
 */
final class ConditionReads {

    /** The scenario records rule conditions match, by the simple name the DRL uses, and their block. */
    private static final Map<String, Class<? extends Record>> FACTS = Map.of(
            "territory", Territory.class, "crisis", Crisis.class, "governance", Governance.class,
            "resources", Resources.class, "practices", Practices.class);

    /** One rule as its DRL states it: where it is, and what its conditions read. */
    record Rule(String name, String file, int line, Set<String> reads, Set<Indicator> indicatorsNamed,
                Set<String> countsUsed, Map<String, Integer> actionsNamed, Map<String, Integer> metadataLines,
                List<String> adviceCalls) {

        /** The line of the rule's {@code @key} annotation, or of the rule itself when it has none. */
        int metadataLine(String key) {
            return metadataLines.getOrDefault(key, line);
        }
    }

    private static final java.util.regex.Pattern ACTION_TEST = java.util.regex.Pattern.compile(
            "\\baction\\s*(?:==|!=|not\\s+in|in)\\s*(\\([^)]*\\)|\"[^\"]*\")");
    private static final java.util.regex.Pattern ADVICE_CALL = java.util.regex.Pattern.compile("\\badvice\\s*\\.\\s*(\\w+)\\s*\\(");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]*)\"");

    private ConditionReads() {
    }

    /** Every rule of the DRL files, by name; unknown properties are added to {@code problems}. */
    static Map<String, Rule> of(Map<String, byte[]> drlFiles, List<RuleProblem> problems) {
        Map<String, Rule> out = new LinkedHashMap<>();
        DrlExprParser expressions = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        drlFiles.forEach((file, bytes) -> {
            PackageDescr pkg;
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            try {
                pkg = new DrlParser().parse(null, text);
            } catch (DroolsParserException e) {
                problems.add(RuleProblem.of(file, 0, "drl", e.getMessage()));
                return;
            }
            for (RuleDescr r : pkg.getRules()) {
                Collector c = new Collector(file, r.getLine(), expressions, problems);
                c.walk(r.getLhs());
                if (out.containsKey(r.getName())) {
                    problems.add(RuleProblem.of(file, r.getLine(), "duplicateRule", r.getName(), out.get(r.getName()).file()));
                }
                out.put(r.getName(), new Rule(r.getName(), file, r.getLine(), c.reads, c.indicators, c.counts,
                        c.actions, annotationLines(text, r.getLine(), r.getLhs().getLine()),
                        adviceCalls(String.valueOf(r.getConsequence()))));
            }
        });
        return out;
    }

    /** The {@code advice} methods a consequence calls, in order: the one call states the rule's kind. */
    private static List<String> adviceCalls(String consequence) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = ADVICE_CALL.matcher(consequence);
        while (m.find()) {
            out.add(m.group(1));
        }
        return List.copyOf(out);
    }

    /** Walks one rule's conditions. */
    private static final class Collector {
        private final String file;
        private final int line;
        private final DrlExprParser parser;
        private final List<RuleProblem> problems;
        final Set<String> reads = new TreeSet<>();
        final Set<Indicator> indicators = new TreeSet<>();
        final Set<String> counts = new TreeSet<>();
        /** Action ids written in the conditions ({@code Suggestion(action in ("A", "B"))}), with their line. */
        final Map<String, Integer> actions = new LinkedHashMap<>();

        Collector(String file, int line, DrlExprParser parser, List<RuleProblem> problems) {
            this.file = file;
            this.line = line;
            this.parser = parser;
            this.problems = problems;
        }

        void walk(BaseDescr d) {
            if (d instanceof PatternDescr p) {
                pattern(p);
            } else if (d instanceof AccumulateDescr a) {
                walk(a.getInput());
            } else if (d instanceof EvalDescr e) {
                countsIn(String.valueOf(e.getContent()));
            } else if (d instanceof ConditionalElementDescr ce) {
                for (Object o : ce.getDescrs()) {
                    walk((BaseDescr) o);
                }
            }
        }

        private void pattern(PatternDescr p) {
            String block = p.getObjectType() == null ? "" : decapitalise(p.getObjectType());
            List<String> properties = new ArrayList<>();
            Set<Indicator> named = new TreeSet<>();
            for (BaseDescr c : p.getConstraint().getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    countsIn(e.getExpression());
                    if (block.equals("suggestion")) {
                        actionsIn(e.getExpression(), p.getLine() > 0 ? p.getLine() : line);
                    }
                    ConstraintConnectiveDescr tree = parser.parse(e.getExpression());
                    if (tree != null) {
                        properties(tree, properties, named);
                    }
                }
            }
            if (FACTS.containsKey(block)) {
                properties.forEach(prop -> read(block, FACTS.get(block), prop, p.getLine()));
            } else if (block.equals("signal")) {
                Set<Indicator> which = named.isEmpty() ? Set.of(Indicator.values()) : named;
                which.forEach(i -> reads.add(i.path()));
                indicators.addAll(named);
            }
            if (p.getSource() != null) {
                walk(p.getSource());
            }
        }

        /** The properties on the left of each comparison, and the indicators compared with. */
        private static void properties(BaseDescr d, List<String> out, Set<Indicator> named) {
            if (d instanceof ConstraintConnectiveDescr cc) {
                cc.getDescrs().forEach(x -> properties(x, out, named));
            } else if (d instanceof RelationalExprDescr r) {
                String left = head(r.getLeft());
                out.add(left);
                if (left.equals("indicator") && r.getRight() instanceof AtomicExprDescr a
                        && a.getExpression().startsWith("Indicator.")) {
                    named.add(Indicator.valueOf(a.getExpression().substring("Indicator.".length())));
                }
            } else if (d instanceof AtomicExprDescr a) {
                out.add(head(a));
            }
        }

        /** The first name of an expression: {@code lockedDown} of {@code lockedDown}, {@code phase} of {@code phase()}. */
        private static String head(BaseDescr d) {
            String s = d instanceof AtomicExprDescr a ? a.getExpression() : d.getText();
            s = s == null ? "" : s.strip();
            int end = 0;
            while (end < s.length() && (Character.isJavaIdentifierPart(s.charAt(end)) || (end == 0 && s.charAt(0) == '$'))) {
                end++;
            }
            return s.substring(0, end);
        }

        private void read(String block, Class<? extends Record> type, String property, int at) {
            if (property.isEmpty() || property.startsWith("$")) {
                return;
            }
            if (Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).anyMatch(property::equals)) {
                reads.add(block + "." + property);
                return;
            }
            for (Method m : type.getMethods()) {
                DerivedFrom derived = m.getAnnotation(DerivedFrom.class);
                if (m.getName().equals(property) && derived != null) {
                    Arrays.stream(derived.value()).forEach(f -> reads.add(block + "." + f));
                    return;
                }
            }
            problems.add(RuleProblem.of(file, at > 0 ? at : line, "unknownProperty", type.getSimpleName(), property));
        }

        /** The quoted ids an expression compares {@code action} with ({@code ==}, {@code !=}, {@code in}, {@code not in}). */
        private void actionsIn(String expression, int at) {
            java.util.regex.Matcher m = ACTION_TEST.matcher(expression);
            while (m.find()) {
                java.util.regex.Matcher id = QUOTED.matcher(m.group(1));
                while (id.find()) {
                    actions.putIfAbsent(id.group(1), at);
                }
            }
        }

        private void countsIn(String expression) {
            for (String name : CountThresholds.NAMES) {
                if (expression != null && expression.contains("counts." + name + "(")) {
                    counts.add(name);
                }
            }
        }
    }

    /**
     * Where each {@code @key} annotation of a rule stands, between its {@code rule} line and its
     * conditions: Drools' parser does not keep annotation lines, and a problem should point at one.
     */
    private static Map<String, Integer> annotationLines(String text, int ruleLine, int lhsLine) {
        Map<String, Integer> out = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int n = Math.max(ruleLine, 1); n <= Math.min(lhsLine, lines.length); n++) {
            String line = lines[n - 1];
            int at = -1;
            while ((at = line.indexOf('@', at + 1)) >= 0) {
                int end = at + 1;
                while (end < line.length() && Character.isJavaIdentifierPart(line.charAt(end))) {
                    end++;
                }
                out.putIfAbsent(line.substring(at + 1, end), n);
            }
        }
        return out;
    }

    private static String decapitalise(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return simple.isEmpty() ? "" : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
