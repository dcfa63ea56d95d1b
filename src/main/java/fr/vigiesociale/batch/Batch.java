package fr.vigiesociale.batch;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.Triage;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.territory.TerritoryReference;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Assesses many territories at once and ranks them: the one whose first action scores highest first;
 * equal scores by their count of actions at each level (more CRITICAL, then more HIGH…), then by
 * population (more people concerned), then by INSEE code — never by chance.
 */
public final class Batch {

    /** How many actions each territory shows. */
    public static final int TOP = 3;
    private static final int CHUNK = 256;

    private static final Comparator<RankedTerritory> RANKING = Comparator
            .comparingDouble((RankedTerritory t) -> t.triage().topScore()).reversed()
            .thenComparing((a, b) -> compareLevels(a.triage(), b.triage()))
            .thenComparing(Comparator.comparingLong(RankedTerritory::population).reversed())
            .thenComparing(RankedTerritory::inseeCode);

    private Batch() {
    }

    /**
     * Reads, assesses and ranks every row of {@code in}, on {@code threads} threads;
     * {@code progress} hears how many rows are assessed so far (from any thread).
     */
    public static BatchResult run(RuleBase rules, Reader in, CrisisDefaults defaults, Lang lang, int threads,
                                  IntConsumer progress) throws IOException {
        BatchReader reader = new BatchReader(defaults, Messages.of(lang));
        return run(rules, reader, reader.sheet(in), lang, threads, progress);
    }

    /**
     * Reads a file's bytes (strictly UTF-8, see {@link BatchReader#sheet(byte[])}), then assesses
     * and ranks every row as {@link #run(RuleBase, Reader, CrisisDefaults, Lang, int, IntConsumer)}.
     */
    public static BatchResult run(RuleBase rules, byte[] content, CrisisDefaults defaults, Lang lang, int threads,
                                  IntConsumer progress) throws IOException {
        BatchReader reader = new BatchReader(defaults, Messages.of(lang));
        return run(rules, reader, reader.sheet(content), lang, threads, progress);
    }

    /** Checks, assesses and ranks the rows of a sheet already split by {@code reader}. */
    public static BatchResult run(RuleBase served, BatchReader reader, BatchReader.Sheet sheet, Lang lang, int threads,
                                  IntConsumer progress) {
        RuleBase rules = served.snapshot(); // every territory ranked by the same rule set
        List<BatchReader.Line> lines = sheet.lines();
        BatchRow[] rows = new BatchRow[lines.size()];
        Triage[] triages = new Triage[lines.size()];
        AtomicInteger done = new AtomicInteger();
        // plain threads, not a fork-join pool: they inherit this thread's context class loader, which
        // the rule engine needs inside the jar; each checks and assesses its share of the rows
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < lines.size(); from += CHUNK) {
                int start = from;
                int end = Math.min(lines.size(), from + CHUNK);
                chunks.add(pool.submit(() -> {
                    for (int i = start; i < end; i++) {
                        rows[i] = reader.row(sheet, lines.get(i));
                        if (rows[i].valid()) {
                            triages[i] = rules.triage(rows[i].scenario(), TOP, lang);
                        }
                        progress.accept(done.incrementAndGet());
                    }
                }));
            }
            for (Future<?> f : chunks) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<BatchError> errors = new ArrayList<>(sheet.errors());
        List<RankedTerritory> ranked = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            BatchRow r = rows[i];
            if (!r.valid()) {
                errors.addAll(r.errors());
                continue;
            }
            Scenario s = r.scenario();
            String dep = TerritoryReference.get().byCode(r.inseeCode()).map(p -> p.departement()).orElse(null);
            ranked.add(new RankedTerritory(0, r.line(), r.inseeCode(), s.territory().name(), dep, s.territory().level(),
                    s.territory().population(), triages[i]));
        }
        ranked.sort(RANKING);
        List<RankedTerritory> out = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            RankedTerritory t = ranked.get(i);
            out.add(new RankedTerritory(i + 1, t.line(), t.inseeCode(), t.name(), t.departement(), t.level(),
                    t.population(), t.triage()));
        }
        errors.sort(Comparator.comparingInt(BatchError::line));
        return new BatchResult(out, errors, rows.length);
    }

    /** More actions at the highest level first, then at the next one down. */
    private static int compareLevels(Triage a, Triage b) {
        for (Level l : Level.values()) {
            int c = Integer.compare(b.levels().getOrDefault(l, 0), a.levels().getOrDefault(l, 0));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
