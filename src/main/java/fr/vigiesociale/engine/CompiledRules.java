package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.ruleset.RuleSetFiles;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rule base: the rule set's data and one shared, thread-safe KieBase. Each
 * {@link #evaluate(Scenario)} runs a fresh session and disposes of it.
 */
public final class CompiledRules {

    /** A rule base that loops would never end; no sane evaluation fires this many rules. */
    static final int MAX_FIRINGS = 100_000;
    private static final String KJAR_PREFIX = "src/main/resources/";

    private final RuleSet ruleSet;
    private final KieBase kieBase;
    private final Advice advice;
    private final Map<String, DrlReferences.RuleRefs> references;

    private CompiledRules(RuleSet ruleSet, KieBase kieBase, Map<String, DrlReferences.RuleRefs> references) {
        this.ruleSet = ruleSet;
        this.kieBase = kieBase;
        this.advice = new Advice(ruleSet);
        this.references = references;
    }

    /**
     * Loads the data files and compiles the DRL of a rule folder.
     *
     * @throws RuleBaseException listing every problem with its file and line
     */
    public static CompiledRules compile(RuleSetFiles files) {
        RuleSet ruleSet = RuleSet.load(files);
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, DrlReferences.RuleRefs> refs = DrlReferences.check(ruleSet, problems);
        Corroboration.check(ruleSet, problems);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("fr.vigiesociale.rules", "ruleset-" + files.sha256(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        files.drlFiles().forEach((path, bytes) -> kfs.write(KJAR_PREFIX + "rules/" + path, bytes));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().replace(KJAR_PREFIX + "rules/", "");
            problems.add(new RuleProblem(path, m.getLine(), m.getColumn(), m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(files.location(), problems);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        int count = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        if (count == 0) {
            throw new RuleBaseException(files.location(),
                    List.of(new RuleProblem(files.location(), 0, 0, "aucune règle compilée")));
        }
        return new CompiledRules(ruleSet, kieBase, refs);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Every rule of the base, sorted by file then name. */
    public List<RuleMetadata> rules() {
        List<RuleMetadata> out = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                DrlReferences.RuleRefs refs = references.get(r.getName());
                Map<String, Object> meta = r.getMetaData();
                out.add(new RuleMetadata(r.getName(), refs == null ? "" : refs.file(),
                        refs == null ? List.of() : List.copyOf(refs.actions()),
                        refs != null && refs.context(),
                        String.valueOf(meta.getOrDefault("trigger", "")),
                        String.valueOf(meta.getOrDefault("triggerEn", ""))));
            }
        }
        out.sort(Comparator.comparing(RuleMetadata::file).thenComparing(RuleMetadata::name));
        return out;
    }

    /** Runs the rules on a scenario in a fresh session. Thread-safe. */
    public Evaluation evaluate(Scenario scenario) {
        KieSession session = kieBase.newKieSession();
        TreeSet<String> fired = new TreeSet<>();
        try {
            session.setGlobal("advice", advice);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.insert(scenario.territory());
            session.insert(scenario.crisis());
            session.insert(scenario.governance());
            session.insert(scenario.resources());
            session.insert(scenario.practices());
            for (Indicator i : Indicator.values()) {
                Double v = scenario.indicators().values().get(i);
                IndicatorThreshold t = ruleSet.thresholds().get(i);
                if (v != null && t != null) {
                    session.insert(new Signal(i, v, t, t.status(v), ruleSet.weights().signalPoints(t, v)));
                }
            }
            int firings = session.fireAllRules(MAX_FIRINGS);
            if (firings >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + MAX_FIRINGS + " times: a rule loops");
            }
            List<Contribution> contributions = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Contribution.class))) {
                contributions.add((Contribution) o);
            }
            contributions = Corroboration.apply(contributions, ruleSet.weights().points(Corroboration.WEIGHT));
            // Drools does not promise an order: sort fully so results are reproducible.
            contributions.sort(Comparator.comparing(Contribution::action)
                    .thenComparing(Comparator.comparingDouble(Contribution::points).reversed())
                    .thenComparing(Contribution::rule)
                    .thenComparing(Contribution::reasonKey)
                    .thenComparing(c -> new java.util.TreeMap<>(c.facts()).toString()));
            return new Evaluation(List.copyOf(contributions), List.copyOf(fired));
        } finally {
            session.dispose();
        }
    }
}
