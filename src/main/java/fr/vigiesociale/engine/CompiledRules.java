package fr.vigiesociale.engine;

import fr.vigiesociale.engine.precompiled.PrecompiledRules;
import fr.vigiesociale.ruleset.ActionDefinition;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.ruleset.RuleSetFiles;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled and verified rule base: the rule set's data, each rule's metadata, and one shared,
 * thread-safe KieBase. Each {@link #evaluate(Scenario)} runs a fresh session and disposes of it.
 */
public final class CompiledRules implements RuleEvaluator {

    /** How many compiled rule bases a JVM keeps for reuse (and what is built on them, in the API). */
    public static final int KEPT_BASES = 4;

    private final boolean executableModel;

    /** A rule base that loops would never end; no sane evaluation fires this many rules. */
    static final int MAX_FIRINGS = 100_000;
    private static final Indicator[] NO_INDICATOR = {};
    private static final Comparator<Contribution> ORDER = Comparator.comparing(Contribution::action)
            .thenComparing(Comparator.comparingDouble(Contribution::points).reversed())
            .thenComparing(c -> c.rule().name())
            .thenComparing(Contribution::reasonKey)
            .thenComparing(Contribution::signals, CompiledRules::compareSignals);

    private final RuleSet ruleSet;
    private final KieBase kieBase;
    /** Sessions are reset and reused rather than built for each evaluation (a third of a small one's cost). */
    private final KieSessionsPool sessions;
    /** Bases of only the rules a data-gap "what if" lets fire, when the rules were precompiled. */
    private final ReducedBases reduced;
    private final Map<String, RuleSpec> rules;
    private final Advice.Book book;
    /** For each scenario field some rule reads, the names of those rules. */
    private final Map<String, Set<String>> readers = new LinkedHashMap<>();
    /** For each action, the trigger rules that suggest it, in {@link #rules()} order. */
    private final Map<String, List<RuleSpec>> triggers;
    /** The one place where points become scores, with this rule set's weights. */
    private final Scoring scoring;
    /** The data-gap search's runs, restricted to the rules that read the field tried. */
    private final WhatIfRuns whatIfs;

    private CompiledRules(RuleSet ruleSet, KieBase kieBase, ReducedBases reduced, Map<String, RuleSpec> rules,
                          boolean executableModel) {
        this.executableModel = executableModel;
        this.ruleSet = ruleSet;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.reduced = reduced;
        this.rules = rules;
        Map<String, Suggestion> suggestions = new LinkedHashMap<>();
        for (ActionDefinition d : ruleSet.actions().values()) {
            suggestions.put(d.id(), new Suggestion(d.id(), d.horizon(), d.preconisations(), d.policyAreas(), d.publics()));
        }
        this.scoring = new Scoring(ruleSet.weights());
        this.book = new Advice.Book(rules, suggestions, scoring);
        this.whatIfs = new WhatIfRuns(rules, (scenario, only, open, signals) -> run(scenario, null, only, open, signals));
        rules.values().forEach(r -> r.reads().forEach(path ->
                readers.computeIfAbsent(path, k -> new java.util.TreeSet<>()).add(r.name())));
        readers.replaceAll((k, v) -> Set.copyOf(v));
        this.triggers = rules().stream().filter(r -> r.action() != null)
                .collect(java.util.stream.Collectors.groupingBy(RuleSpec::action, java.util.stream.Collectors
                        .collectingAndThen(java.util.stream.Collectors.toList(), List::copyOf)));
    }

    /**
     * Loads the data files, compiles the DRL and checks every rule against the data, once per
     * content: a folder already compiled in this JVM (same SHA-256) is not compiled again.
     *
     * @throws RuleBaseException listing every problem with its file and line
     */
    public static CompiledRules compile(RuleSetFiles files) {
        return CompiledCache.get(files, f -> build(f, true));
    }

    /**
     * Compiles the DRL whether or not the build precompiled these files, bypassing the cache: what
     * the precompiled rule base must equal, rule for rule and assessment for assessment.
     */
    public static CompiledRules compileDrl(RuleSetFiles files) {
        return build(files, false);
    }

    /** {@code precompiled}: use the build's executable model when it was made from exactly these files. */
    private static CompiledRules build(RuleSetFiles files, boolean precompiled) {
        RuleSet ruleSet = RuleSet.load(files);
        java.util.Optional<List<org.drools.model.Model>> models = precompiled ? PrecompiledRules.models(files)
                : java.util.Optional.empty();
        KieBase kieBase = models.<KieBase>map(org.drools.modelcompiler.KieBaseBuilder::createKieBaseFromModel)
                .orElseGet(() -> DrlCompiler.compile(files));
        ReducedBases reduced = new ReducedBases(models.<java.util.function.Function<Set<String>, KieBase>>map(
                m -> only -> PrecompiledRules.kieBaseOf(m, only)).orElse(null), Runtime.getRuntime().availableProcessors());
        List<RuleProblem> problems = new ArrayList<>();
        // the build worked out what the bundled rules read; any other folder is parsed here
        Map<String, ConditionReads.Rule> drl = (precompiled ? ConditionReadsCache.read(files) : java.util.Optional
                .<Map<String, ConditionReads.Rule>>empty()).orElseGet(() -> ConditionReads.of(files.drlFiles(), problems));
        Map<String, RuleSpec> specs = RuleSpecs.read(kieBase, ruleSet, drl, problems);
        RuleChecks checks = new RuleChecks(ruleSet, problems);
        specs.forEach((name, spec) -> checks.check(spec, drl.get(name)));
        RuleBaseChecks.check(ruleSet, specs, drl, checks, problems);
        if (specs.isEmpty()) {
            problems.add(RuleProblem.of(files.location(), 0, "noRule"));
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(files.location(), problems);
        }
        return new CompiledRules(ruleSet.withActionPreconisations(preconisations(specs.values())), kieBase, reduced,
                Map.copyOf(specs), models.isPresent());
    }

    /** Each action's préconisations: the union of those its trigger rules cite. */
    private static Map<String, List<Integer>> preconisations(Collection<RuleSpec> specs) {
        Map<String, java.util.SortedSet<Integer>> union = new LinkedHashMap<>();
        specs.stream().filter(r -> r.action() != null)
                .forEach(r -> union.computeIfAbsent(r.action(), k -> new TreeSet<>()).addAll(r.preconisations()));
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        union.forEach((action, numbers) -> out.put(action, List.copyOf(numbers)));
        return out;
    }

    /**
     * What two compiled bases share when they assess alike: the rule set's SHA-256 and how its rules
     * were compiled (the build's executable model, or the DRL). What is built on a compiled base is
     * cached under this key, never under the base itself, which would keep every reloaded base alive.
     */
    public String cacheKey() {
        return ruleSet.sha256() + (executableModel ? "" : "/drl");
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** How this rule set's contributions become points, scores and levels. */
    public Scoring scoring() {
        return scoring;
    }

    /** Every rule of the base, sorted by file then name. */
    public List<RuleSpec> rules() {
        return rules.values().stream().sorted(Comparator.comparing(RuleSpec::file).thenComparing(r -> r.name())).toList();
    }

    /** The trigger rules that suggest {@code action} (none for an action no rule proposes). */
    public List<RuleSpec> triggersOf(String action) {
        return triggers.getOrDefault(action, List.of());
    }

    /** The names of the rules whose conditions read scenario field {@code path} (none: no rule reads it). */
    public Set<String> readers(String path) {
        return readers.getOrDefault(path, Set.of());
    }

    /** Runs the rules on a scenario in a fresh session, recording which rules fired. Thread-safe. */
    public Evaluation evaluate(Scenario scenario) {
        TreeSet<String> fired = new TreeSet<>();
        List<Contribution> contributions = combine(run(scenario, fired, null, List.of(), true));
        return new Evaluation(contributions, List.copyOf(fired));
    }

    /** The contributions alone, without the list of fired rules. */
    @Override
    public List<Contribution> contributions(Scenario scenario) {
        return combine(run(scenario, null, null, List.of(), true));
    }

    /**
     * What only some rules give on a scenario, before corroboration, with some actions already
     * suggested: the part of a "what if" that can differ from the scenario it varies (the data-gap
     * search asks it of the rules that read the field it tries). Other rules do not fire.
     *
     * @param rules the names of the rules allowed to fire
     * @param open  actions suggested beforehand, which context rules may raise
     */
    @Override
    public List<Contribution> contributionsOf(Scenario scenario, Set<String> rules, Collection<String> open) {
        return whatIfs.contributions(scenario, rules, open);
    }

    /**
     * Builds now, in this thread, the reduced base of every field's "what if" (otherwise built in
     * the background once used a few times), so that a test sees them answer.
     */
    public void reduceWhatIfsNow() {
        readers.values().forEach(reduced::buildNow);
    }

    /**
     * Contributions as an evaluation gives them: corroborating triggers reduced (see
     * {@link Contribution#raw()} for the other way), in a fixed order.
     */
    public List<Contribution> combine(List<Contribution> raw) {
        // Drools does not promise an order: sort fully so results are reproducible (the context's
        // share hands out its rounding tenths in this order too).
        List<Contribution> sorted = new ArrayList<>(raw);
        sorted.sort(ORDER);
        List<Contribution> contributions = new ArrayList<>(scoring.corroborate(sorted));
        contributions.sort(ORDER);
        return List.copyOf(contributions);
    }

    private static int compareSignals(List<Signal> a, List<Signal> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).indicator().compareTo(b.get(i).indicator());
            if (c != 0) {
                return c;
            }
            c = Double.compare(a.get(i).value(), b.get(i).value());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private List<Contribution> run(Scenario scenario, TreeSet<String> fired, Set<String> only, Collection<String> open,
                                   boolean signals) {
        KieSessionsPool pool = only == null ? null : reduced.of(only).orElse(null);
        KieSession session = (pool == null ? sessions : pool).newKieSession();
        DefaultAgendaEventListener listener = null;
        try {
            Advice advice = new Advice(book);
            session.setGlobal("advice", advice);
            session.setGlobal("counts", ruleSet.counts());
            if (fired != null) {
                listener = new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        fired.add(event.getMatch().getRule().getName());
                    }
                };
                session.addEventListener(listener);
            }
            open.forEach(action -> advice.open(session, action));
            session.insert(scenario.territory());
            session.insert(scenario.crisis());
            session.insert(scenario.governance());
            session.insert(scenario.resources());
            session.insert(scenario.practices());
            for (Indicator i : signals ? Indicator.values() : NO_INDICATOR) {
                Double v = scenario.indicators().values().get(i);
                IndicatorThreshold t = ruleSet.thresholds().get(i);
                if (v != null && t != null) {
                    session.insert(new Signal(i, v, t, t.status(v), scoring.signalPoints(t, v)));
                }
            }
            int firings = only == null || pool != null ? session.fireAllRules(MAX_FIRINGS)
                    : session.fireAllRules(match -> only.contains(match.getRule().getName()), MAX_FIRINGS);
            if (firings >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + MAX_FIRINGS + " times: a rule loops");
            }
            List<Contribution> contributions = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Contribution.class))) {
                contributions.add((Contribution) o);
            }
            return contributions;
        } finally {
            if (listener != null) {
                session.removeEventListener(listener);
            }
            session.dispose(); // back to the pool, its facts and agenda cleared
        }
    }
}
