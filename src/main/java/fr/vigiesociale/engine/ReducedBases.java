package fr.vigiesociale.engine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Small KieBases holding only the rules a "what if" lets fire, built from the precompiled model.
 * A run on the full base with an agenda filter still evaluates every other rule's conditions; on a
 * reduced base they are not there to evaluate. Built in the background once a set of rules has
 * been asked for {@link #USES_BEFORE_BUILDING} times, so that a single command-line evaluation
 * does not pay for bases it would use once; until then the full base answers.
 */
final class ReducedBases {

    /** Uses of a set of rules on the full base before its reduced base is built. */
    static final int USES_BEFORE_BUILDING = 4;

    private final Function<Set<String>, KieBase> build;
    private final int poolSize;
    private final Map<Set<String>, KieSessionsPool> ready = new ConcurrentHashMap<>();
    private final Map<Set<String>, AtomicInteger> uses = new ConcurrentHashMap<>();
    private volatile ExecutorService builder;

    /** {@code build} makes a KieBase of only the given rules; {@code null} when there is no model to reduce (DRL compiled at run time). */
    ReducedBases(Function<Set<String>, KieBase> build, int poolSize) {
        this.build = build;
        this.poolSize = poolSize;
    }

    /** The sessions of a base of only {@code rules}, once built; empty while the full base must answer. */
    Optional<KieSessionsPool> of(Set<String> rules) {
        if (build == null) {
            return Optional.empty();
        }
        KieSessionsPool pool = ready.get(rules);
        if (pool != null) {
            return Optional.of(pool);
        }
        if (uses.computeIfAbsent(rules, k -> new AtomicInteger()).incrementAndGet() == USES_BEFORE_BUILDING) {
            builder().execute(() -> buildNow(rules));
        }
        return Optional.empty();
    }

    /** Builds the reduced base of {@code rules} now, in this thread, if it is not built yet. */
    void buildNow(Set<String> rules) {
        if (build != null) {
            ready.computeIfAbsent(rules, k -> build.apply(k).newKieSessionsPool(poolSize));
        }
    }

    private ExecutorService builder() {
        if (builder == null) {
            synchronized (this) {
                if (builder == null) {
                    builder = Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "vigie-reduced-rule-bases");
                        t.setDaemon(true);
                        t.setPriority(Thread.MIN_PRIORITY);
                        return t;
                    });
                }
            }
        }
        return builder;
    }
}
