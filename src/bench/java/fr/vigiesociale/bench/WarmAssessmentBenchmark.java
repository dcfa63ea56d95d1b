package fr.vigiesociale.bench;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.FloorAssessments;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.bench.floor.HandWrittenRules;
import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.ruleset.RuleSetFiles;
import fr.vigiesociale.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm assessments a second through the Java API, every bundled scenario in turn, beside their
 * floor: the same conditions written by hand in Java ({@link HandWrittenRules}) on the same facts.
 * Before timing anything, the setup checks that the floor evaluates every rule of the base and
 * gives, scenario by scenario and in both languages, the very JSON the engine gives; a floor that
 * did less work would stop the run.
 *
 * <ul>
 *   <li>{@code engineAssessment} / {@code floorAssessment}: a full assessment (actions and their
 *       reasons, data gaps, "why not"), on the rule engine or on the hand-written conditions;</li>
 *   <li>{@code engineRules} / {@code floorRules}: the rules alone, one scenario's contributions.</li>
 * </ul>
 * Run with {@code bash scripts/bench/run.sh --only 5}, or
 * {@code mvn -Pbench test-compile exec:exec -Djmh.args="WarmAssessment -t 2"}.
 */
@Fork(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class WarmAssessmentBenchmark {

    /** What every thread shares: one rule base, its floor, the scenarios. */
    @State(Scope.Benchmark)
    public static class Rules {
        CompiledRules compiled;
        RuleBase engine;
        HandWrittenRules floor;
        FloorAssessments floorAssessments;
        List<Scenario> scenarios;

        @Setup
        public void setUp() throws IOException {
            compiled = CompiledRules.compile(RuleSetFiles.bundled());
            engine = VigieSociale.bundledRules();
            // a server's steady state: the data-gap "what ifs" on their reduced bases (built in the
            // background after a few requests otherwise, which would land in the measured iterations)
            compiled.reduceWhatIfsNow();
            floor = new HandWrittenRules(compiled);
            floorAssessments = new FloorAssessments(compiled);
            try (var files = Files.list(Path.of("scenarios"))) {
                scenarios = files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(VigieSociale::readScenario).toList();
            }
            Set<String> missing = new TreeSet<>();
            compiled.rules().forEach(r -> missing.add(r.name()));
            missing.removeAll(floor.rulesNamed(scenarios.get(0)));
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the hand-written floor lacks " + missing.size() + " rule(s) of the base: " + missing);
            }
            for (Scenario s : scenarios) {
                for (Lang lang : Lang.values()) {
                    String expected = JsonReport.render(engine.assess(s, lang));
                    String actual = JsonReport.render(floorAssessments.assess(s, lang, floor));
                    if (!expected.equals(actual)) {
                        throw new IllegalStateException("the hand-written floor differs from the engine on « " + s.id()
                                + " » (" + lang + "): fix the floor before timing it; " + differences(s));
                    }
                }
            }
        }

        /** What the engine and the floor give apart on a scenario, or that the difference is in the data-gap runs. */
        private String differences(Scenario s) {
            List<String> engineOnly = new ArrayList<>(described(compiled.contributions(s)));
            List<String> floorOnly = new ArrayList<>(described(floor.contributions(s)));
            List<String> common = new ArrayList<>(engineOnly);
            common.retainAll(floorOnly);
            engineOnly.removeAll(common);
            floorOnly.removeAll(common);
            return engineOnly.isEmpty() && floorOnly.isEmpty()
                    ? "the same contributions, so the difference is in the data-gap runs (contributionsOf)"
                    : "engine only: " + engineOnly + "; floor only: " + floorOnly;
        }

        private static List<String> described(List<Contribution> contributions) {
            return contributions.stream().map(c -> c.action() + " ← « " + c.rule().name() + " » " + c.points()
                    + c.signals().stream().map(x -> x.indicator().name()).toList()).toList();
        }
    }

    /** Each thread walks the scenarios in turn. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Scenario next(Rules rules) {
            next = (next + 1) % rules.scenarios.size();
            return rules.scenarios.get(next);
        }
    }

    @Benchmark
    public Assessment engineAssessment(Rules rules, Cursor cursor) {
        return rules.engine.assess(cursor.next(rules), Lang.FR);
    }

    @Benchmark
    public Assessment floorAssessment(Rules rules, Cursor cursor) {
        return rules.floorAssessments.assess(cursor.next(rules), Lang.FR, rules.floor);
    }

    @Benchmark
    public List<Contribution> engineRules(Rules rules, Cursor cursor) {
        return rules.compiled.contributions(cursor.next(rules));
    }

    @Benchmark
    public List<Contribution> floorRules(Rules rules, Cursor cursor) {
        return rules.floor.contributions(cursor.next(rules));
    }
}
