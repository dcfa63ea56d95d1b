package fr.vigiesociale.bench.floor;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.engine.RuleKind;
import fr.vigiesociale.engine.RuleSpec;
import fr.vigiesociale.engine.Signal;
import fr.vigiesociale.engine.Suggestion;
import fr.vigiesociale.ruleset.CountThresholds;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.ruleset.Weights;
import fr.vigiesociale.scenario.Crisis;
import fr.vigiesociale.scenario.CrisisPhase;
import fr.vigiesociale.scenario.Governance;
import fr.vigiesociale.scenario.Hazard;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Lockdown;
import fr.vigiesociale.scenario.Practices;
import fr.vigiesociale.scenario.Resources;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.Territory;
import fr.vigiesociale.scenario.TerritoryLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One hand-written evaluation: the scenario's facts (the signals built as the engine builds them)
 * and what the rules give, with the engine's own points (a rule's {@code @weight}, a signal's
 * points, the convergence cap). {@code only}, when set, lets only those rules give anything, as the
 * engine's data-gap search asks.
 */
final class Facts {

    static final Set<String> OUTREACH = Set.of("NEIGHBOURHOOD-OUTREACH", "VULNERABLE-REGISTER-CALLS",
            "SCHOOL-CONTACT-TRACKING", "CHILD-PROTECTION-WATCH", "DOMESTIC-VIOLENCE-RESPONSE", "FAMILY-SUPPORT-OUTREACH",
            "STREET-OUTREACH", "DISABILITY-HOME-SUPPORT", "KEEP-PHYSICAL-RECEPTION");

    /** What every evaluation shares: the rules' metadata by name and the catalogue's suggestions. */
    record Book(Map<String, RuleSpec> rules, Map<String, Suggestion> suggestions, RuleSet ruleSet, double convergenceMax) {

        static Book of(CompiledRules compiled) {
            RuleSet rs = compiled.ruleSet();
            // keyed by the interned name: the same instance as the string literals the rules are called by
            Map<String, RuleSpec> rules = new java.util.IdentityHashMap<>();
            compiled.rules().forEach(r -> rules.put(r.name().intern(), r));
            Map<String, Suggestion> suggestions = new java.util.HashMap<>();
            rs.actions().values().forEach(d -> suggestions.put(d.id(),
                    new Suggestion(d.id(), d.horizon(), d.preconisations(), d.policyAreas(), d.publics())));
            return new Book(rules, suggestions, rs, rs.weights().points("convergence.max"));
        }
    }

    private final Book book;
    private final Scenario scenario;
    private final Set<String> only;
    private final Signal[] signals = new Signal[Indicator.values().length];
    private final List<Signal> known = new ArrayList<>();
    private final List<Signal> watched = new ArrayList<>();
    private final LinkedHashSet<String> open;
    private final List<Contribution> out = new ArrayList<>();

    Facts(Book book, Scenario scenario, Set<String> only, Collection<String> open) {
        this.book = book;
        this.scenario = scenario;
        this.only = only;
        this.open = new LinkedHashSet<>(open);
        for (Indicator i : Indicator.values()) {
            Double v = scenario.indicators().values().get(i);
            IndicatorThreshold t = book.ruleSet().thresholds().get(i);
            if (v != null && t != null) {
                signals[i.ordinal()] = new Signal(i, v, t, t.status(v), book.ruleSet().weights().signalPoints(t, v));
                known.add(signals[i.ordinal()]);
                if (signals[i.ordinal()].atLeastWatch()) {
                    watched.add(signals[i.ordinal()]);
                }
            }
        }
    }

    Territory territory() {
        return scenario.territory();
    }

    Crisis crisis() {
        return scenario.crisis();
    }

    Governance governance() {
        return scenario.governance();
    }

    Resources resources() {
        return scenario.resources();
    }

    Practices practices() {
        return scenario.practices();
    }

    CountThresholds counts() {
        return book.ruleSet().counts();
    }

    /** The indicator's signal when it reaches its watch threshold, else null. */
    Signal watch(Indicator i) {
        Signal s = signals[i.ordinal()];
        return s != null && s.atLeastWatch() ? s : null;
    }

    /** The indicator's signal when it reaches its alarm threshold, else null. */
    Signal alarm(Indicator i) {
        Signal s = signals[i.ordinal()];
        return s != null && s.alarming() ? s : null;
    }

    /** Every known signal, whatever its level. */
    List<Signal> known() {
        return known;
    }

    /** The signals at or past their watch threshold. */
    List<Signal> watched() {
        return watched;
    }

    boolean phase(CrisisPhase... phases) {
        for (CrisisPhase p : phases) {
            if (p == crisis().phase()) {
                return true;
            }
        }
        return false;
    }

    boolean lockdown(Lockdown l) {
        return crisis().lockdown() == l;
    }

    boolean hazard(Hazard... hazards) {
        for (Hazard h : hazards) {
            if (h == crisis().hazard()) {
                return true;
            }
        }
        return false;
    }

    boolean largeTerritory() {
        TerritoryLevel level = territory().level();
        return level == TerritoryLevel.DEPARTMENT || level == TerritoryLevel.REGION
                || territory().population() >= counts().largeTerritoryMinPopulation();
    }

    boolean longClosure() {
        Integer weeks = crisis().weeksElapsed();
        return weeks != null && weeks >= counts().longClosureMinWeeks();
    }

    /** A nullable yes/no answered "no" (unknown is neither). */
    static boolean no(Boolean b) {
        return Boolean.FALSE.equals(b);
    }

    static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** A situation rule: its action, worth its weight. */
    void when(String rule, boolean condition) {
        RuleSpec r = rule(rule);
        if (condition && allowed(r)) {
            suggest(r, r.points(), List.of());
        }
    }

    /** A signal rule on one signal (none when {@code s} is null). */
    void signal(String rule, Signal s) {
        signalIf(rule, true, s);
    }

    void signalIf(String rule, boolean condition, Signal s) {
        RuleSpec r = rule(rule);
        if (condition && s != null && allowed(r)) {
            suggest(r, r.kind() == RuleKind.INDIRECT_SIGNAL ? Weights.round(s.points() * r.points()) : s.points(), List.of(s));
        }
    }

    /** A rule on several signals at once, worth its weight. */
    void signals(String rule, boolean condition, List<Signal> signals) {
        RuleSpec r = rule(rule);
        if (condition && allowed(r)) {
            suggest(r, r.points(), signals); // in indicator order already
        }
    }

    /** A context rule raising {@code action} when it is one of {@code actions}. */
    void raiseIf(String rule, String action, boolean condition, Set<String> actions) {
        RuleSpec r = rule(rule);
        if (condition && actions.contains(action) && allowed(r)) {
            out.add(new Contribution(action, r, r.points(), List.of(), null));
        }
    }

    void raiseHorizon(String rule, String action, boolean condition, String horizon) {
        raiseIf(rule, action, condition && book.suggestions().get(action).horizon().name().equals(horizon), Set.of(action));
    }

    /** The convergence rule: the watched signals on the action's publics, past the minimum count. */
    void convergence(String rule, String action) {
        RuleSpec r = rule(rule);
        Suggestion s = book.suggestions().get(action);
        List<Signal> on = new ArrayList<>(watched.size());
        for (Signal x : watched) { // in indicator order already
            if (x.onPublicsOf(s)) {
                on.add(x);
            }
        }
        if (on.size() >= counts().convergenceMinSignals() && allowed(r)) {
            out.add(new Contribution(action, r, Math.min(book.convergenceMax(), r.points() * (on.size() - 1)), on, null));
        }
    }

    Set<String> open() {
        return open;
    }

    List<Contribution> out() {
        return out;
    }

    private void suggest(RuleSpec r, double points, List<Signal> signals) {
        open.add(r.action());
        out.add(new Contribution(r.action(), r, points, signals, null));
    }

    private boolean allowed(RuleSpec r) {
        return only == null || only.contains(r.name());
    }

    /** The rule a call names by its string literal (interned, so found by identity). */
    private RuleSpec rule(String name) {
        RuleSpec r = book.rules().get(name);
        if (r == null) {
            throw new IllegalStateException("the hand-written floor names a rule the rule base does not have: « " + name + " »");
        }
        return r;
    }
}
