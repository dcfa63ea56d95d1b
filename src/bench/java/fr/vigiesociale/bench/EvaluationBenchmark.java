package fr.vigiesociale.bench;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Evaluation;
import fr.vigiesociale.ruleset.RuleSetFiles;
import fr.vigiesociale.scenario.Scenario;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one scenario costs once the rules are compiled. Run from the project root:
 * {@code mvn -Pbench test-compile exec:exec -Djmh.args=Evaluation}.
 *
 * <ul>
 *   <li>{@code evaluate}: one rule session on a scenario, warm (the engine alone);</li>
 *   <li>{@code assess}: a full assessment, warm — the session, the texts and the data gaps (one
 *       extra session per plausible value of each unknown field).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(2)
public class EvaluationBenchmark {

    @Param({"quartiers-nord-confinement", "territoire-bien-prepare", "canicule-bourg-rural"})
    public String scenario;

    private CompiledRules compiled;
    private RuleBase rules;
    private Scenario input;

    @Setup
    public void setUp() {
        compiled = CompiledRules.compile(RuleSetFiles.fromDirectory(Path.of("rules")));
        rules = VigieSociale.loadRules(Path.of("rules"));
        input = VigieSociale.readScenario(Path.of("scenarios", scenario + ".yaml"));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Evaluation evaluate() {
        return compiled.evaluate(input);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object assess() {
        return rules.assess(input);
    }
}
