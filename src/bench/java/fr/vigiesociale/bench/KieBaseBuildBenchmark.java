package fr.vigiesociale.bench;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading rules/ and compiling its DRL into a KieBase. {@code cold}: the first build in a fresh
 * JVM, which is what every command-line run pays (one shot per fork, 5 forks). {@code warm}: a
 * rebuild in a JVM that has already built it (what a server reloading its rules would pay).
 * Run from the project root: {@code mvn -Pbench test-compile exec:exec -Djmh.args=KieBaseBuild}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KieBaseBuildBenchmark {

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public CompiledRules cold() {
        return CompiledRules.compile(RuleSetFiles.fromDirectory(Path.of("rules")));
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 5)
    @Fork(2)
    public CompiledRules warm() {
        return CompiledRules.compile(RuleSetFiles.fromDirectory(Path.of("rules")));
    }
}
