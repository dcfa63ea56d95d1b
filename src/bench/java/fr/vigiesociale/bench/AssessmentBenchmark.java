package fr.vigiesociale.bench;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
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
 * A full warm assessment (rule session, texts, data gaps) of every bundled scenario, through the
 * Java API. Run from the project root: {@code mvn -Pbench test-compile exec:exec -Djmh.args=Assessment}.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessmentBenchmark {

    @Param({"alerte-seconde-vague", "canicule-bourg-rural", "choc-economique-fermeture-usine",
            "commune-rurale-confinement", "deconfinement-familles", "departement-sortie-crise-rsa",
            "metropole-hebergement-hiver", "preparation-volet-social", "quartiers-nord-confinement",
            "territoire-bien-prepare"})
    public String scenario;

    private RuleBase rules;
    private Scenario input;

    @Setup
    public void setUp() {
        rules = VigieSociale.loadRules(Path.of("rules"));
        input = VigieSociale.readScenario(Path.of("scenarios", scenario + ".yaml"));
    }

    @Benchmark
    public Object assess() {
        return rules.assess(input);
    }
}
