package fr.vigiesociale.bench;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.batch.Batch;
import fr.vigiesociale.batch.BatchResult;
import fr.vigiesociale.batch.CrisisDefaults;
import fr.vigiesociale.batch.SyntheticBatch;
import fr.vigiesociale.i18n.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
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
 * Every commune of France ranked in a warm JVM (reading, checking and assessing each row, then the
 * ranking), on 1 and 2 threads: what a long-running server pays per national batch, without the
 * start-up that scripts/bench/run.sh measures. {@code mvn -Pbench test-compile exec:exec -Djmh.args=NationalBatch}.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
public class NationalBatchBenchmark {

    @Param({"1", "2"})
    public int threads;

    private RuleBase rules;
    private String csv;

    @Setup
    public void setUp() {
        rules = VigieSociale.bundledRules();
        StringWriter out = new StringWriter();
        SyntheticBatch.write(out, 42, null, Integer.MAX_VALUE);
        csv = out.toString();
    }

    @Benchmark
    public BatchResult allCommunes() throws IOException {
        return Batch.run(rules, new StringReader(csv), new CrisisDefaults(Map.of("crisis.kind", "HEALTH", "crisis.phase", "ACUTE")),
                Lang.FR, threads, done -> { });
    }
}
