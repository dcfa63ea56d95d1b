package fr.vigiesociale.web.batch;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.batch.Batch;
import fr.vigiesociale.batch.BatchReader;
import fr.vigiesociale.batch.BatchResult;
import fr.vigiesociale.batch.CrisisDefaults;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.Reader;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Batches run in the background, one at a time, so that a page can show their progress; the last
 * few are kept in memory (with their rows, to open any territory's full assessment) under an
 * unguessable id. A restart forgets them: a batch is run again from its file.
 */
@Component
public class BatchJobs {

    private static final int KEPT = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One batch: its rows, its progress, then its result (or why it failed). */
    public static final class Job {
        private final String id;
        private final String label;
        private final boolean synthetic;
        private final BatchReader reader;
        private final BatchReader.Sheet sheet;
        private final AtomicInteger done = new AtomicInteger();
        private volatile BatchResult result;
        private volatile String failure;

        Job(String id, String label, boolean synthetic, BatchReader reader, BatchReader.Sheet sheet) {
            this.id = id;
            this.label = label;
            this.synthetic = synthetic;
            this.reader = reader;
            this.sheet = sheet;
        }

        public String id() { return id; }
        public String label() { return label; }
        public boolean synthetic() { return synthetic; }
        public int done() { return done.get(); }
        public int total() { return sheet.lines().size(); }
        public BatchResult result() { return result; }
        public String failure() { return failure; }
        public boolean finished() { return result != null || failure != null; }

        /** The row that starts on {@code line}, checked again (its scenario, or its errors). */
        public Optional<fr.vigiesociale.batch.BatchRow> row(int line) {
            return sheet.lines().stream().filter(l -> l.line() == line).findFirst().map(l -> reader.row(sheet, l));
        }
    }

    private final RuleBase rules;
    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private final Map<String, Job> jobs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    };

    BatchJobs(RuleBase rules) {
        this.rules = rules;
    }

    /** Splits the file now (its own errors are known at once), ranks its rows in the background. */
    public Job start(byte[] content, CrisisDefaults defaults, Lang lang, String label, boolean synthetic) throws IOException {
        BatchReader reader = new BatchReader(defaults, Messages.of(lang));
        BatchReader.Sheet sheet = reader.sheet(content);
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        Job job = new Job(HexFormat.of().formatHex(bytes), label, synthetic, reader, sheet);
        synchronized (jobs) {
            jobs.put(job.id, job);
        }
        runner.submit(() -> {
            try {
                job.result = Batch.run(rules, reader, sheet, lang, Runtime.getRuntime().availableProcessors(),
                        d -> job.done.accumulateAndGet(d, Math::max));
            } catch (RuntimeException e) {
                job.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        });
        return job;
    }

    public Optional<Job> get(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
