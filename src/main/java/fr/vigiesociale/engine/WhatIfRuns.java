package fr.vigiesociale.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "what if" runs of the data-gap search: only the rules that read the field tried may give
 * anything, so what those rules read decides everything about the run.
 *
 * <ul>
 *   <li>The session holds the signals only when one of those rules reads an indicator (a signal
 *       pattern always does, see {@link ConditionReads}), and the suggestions opened beforehand
 *       only when one of them is a context rule (only those match a suggestion): the rest would
 *       change nothing they give, and the engine is spared the other rules' matching.</li>
 *   <li>A run without signals gives the same contributions whenever the fields those rules read
 *       (and, for context rules, the open suggestions) are the same: such runs are remembered by
 *       those values, a finite table of yes/no, category and count answers. A run with signals
 *       depends on measured values and is always run.</li>
 * </ul>
 */
final class WhatIfRuns {

    /** Remembered runs at most; past it the least useful are forgotten. */
    static final int MAX_REMEMBERED = 20_000;

    /** What a session restricted to {@code rules} needs, and the fields those rules read. */
    private record Needs(boolean signals, boolean suggestions, List<String> reads) { }

    private record Key(Set<String> rules, List<Object> values, Set<String> open) { }

    /** Runs the rules on a scenario: only {@code rules}, {@code open} suggested beforehand, signals or not. */
    interface Runner {
        List<Contribution> run(Scenario scenario, Set<String> rules, Collection<String> open, boolean signals);
    }

    private final Map<String, RuleSpec> specs;
    private final Runner runner;
    private final Map<Set<String>, Needs> needs = new ConcurrentHashMap<>();
    private final Cache<Key, List<Contribution>> remembered = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).build();

    WhatIfRuns(Map<String, RuleSpec> specs, Runner runner) {
        this.specs = specs;
        this.runner = runner;
    }

    List<Contribution> contributions(Scenario scenario, Set<String> rules, Collection<String> open) {
        Set<String> names = Set.copyOf(rules); // the readers' set as given: not copied again when immutable
        Needs n = needs.computeIfAbsent(names, this::needsOf);
        Collection<String> opened = n.suggestions() ? open : List.of();
        if (n.signals()) {
            return runner.run(scenario, rules, opened, true);
        }
        Map<String, Object> fields = scenario.fields();
        List<Object> values = new ArrayList<>(n.reads().size());
        n.reads().forEach(path -> values.add(fields.get(path)));
        Key key = new Key(names, values, n.suggestions() ? Set.copyOf(open) : Set.of());
        List<Contribution> known = remembered.getIfPresent(key);
        if (known != null) {
            return known;
        }
        // run outside the cache's lock: two threads may run the same key, both get the same answer
        List<Contribution> run = List.copyOf(runner.run(scenario, rules, opened, false));
        remembered.put(key, run);
        return run;
    }

    private Needs needsOf(Set<String> names) {
        List<RuleSpec> rules = names.stream().map(specs::get).filter(Objects::nonNull).toList();
        TreeSet<String> reads = new TreeSet<>();
        rules.forEach(r -> reads.addAll(r.reads()));
        return new Needs(reads.stream().anyMatch(p -> p.startsWith("indicators.")),
                rules.stream().anyMatch(r -> !r.kind().trigger()), List.copyOf(reads));
    }
}
