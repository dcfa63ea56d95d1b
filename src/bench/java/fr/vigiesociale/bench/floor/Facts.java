package fr.vigiesociale.bench.floor;

import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.engine.RuleKind;
import fr.vigiesociale.engine.RuleSpec;
import fr.vigiesociale.engine.Signal;
import fr.vigiesociale.engine.Suggestion;
import fr.vigiesociale.ruleset.Weights;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One hand-written evaluation: the scenario's facts ({@link ScenarioFacts}) and what the rules give,
 * with the engine's own points (a rule's {@code @weight}, a signal's points, the convergence cap).
 * Each way of calling a rule is one {@code advice} method of the DRL consequences, and checks that
 * the rule base gives the rule that kind. {@code only}, when set, lets only those rules give
 * anything, as the engine's data-gap search asks.
 */
final class Facts extends ScenarioFacts {

    private final Set<String> only;
    private final LinkedHashSet<String> open;
    private final List<Contribution> out = new ArrayList<>();
    private final Set<String> named;

    Facts(Book book, Scenario scenario, Set<String> only, Collection<String> open) {
        this(book, scenario, only, open, false);
    }

    /** {@code naming}: record the name of every rule called, met or not. */
    Facts(Book book, Scenario scenario, Set<String> only, Collection<String> open, boolean naming) {
        super(book, scenario);
        this.only = only;
        this.open = new LinkedHashSet<>(open);
        this.named = naming ? new TreeSet<>() : null;
    }

    /** A situation rule ({@code suggestOnSituation}): its action, worth its weight. */
    void when(String rule, boolean condition) {
        situation(rule(rule, RuleKind.SITUATION), condition);
    }

    /** A situation endangering lives ({@code suggestOnEmergency}): its action, worth its weight. */
    void emergency(String rule, boolean condition) {
        situation(rule(rule, RuleKind.EMERGENCY), condition);
    }

    /** A signal rule ({@code suggestOnSignal}) on one signal (none when {@code s} is null): the signal's points. */
    void signal(String rule, Signal s) {
        signalIf(rule, true, s);
    }

    void signalIf(String rule, boolean condition, Signal s) {
        RuleSpec r = rule(rule, RuleKind.SIGNAL);
        if (condition && s != null && allowed(r)) {
            suggest(r, s.points(), List.of(s));
        }
    }

    /** A signal answered in part ({@code suggestInPartOnSignal}): the fraction {@code @weight} of its points. */
    void inPart(String rule, Signal s) {
        inPartIf(rule, true, s);
    }

    void inPartIf(String rule, boolean condition, Signal s) {
        RuleSpec r = rule(rule, RuleKind.INDIRECT_SIGNAL);
        if (condition && s != null && allowed(r)) {
            suggest(r, Weights.round(s.points() * r.points()), List.of(s));
        }
    }

    /** A rule on several signals at once ({@code suggestOnSignals}), worth its weight. */
    void signals(String rule, boolean condition, List<Signal> signals) {
        RuleSpec r = rule(rule, RuleKind.SIGNALS);
        if (condition && allowed(r)) {
            suggest(r, r.points(), signals); // in indicator order already
        }
    }

    /** A context rule ({@code raiseInContext}) raising {@code action} when it is one of {@code actions}. */
    void raiseIf(String rule, String action, boolean condition, Set<String> actions) {
        RuleSpec r = rule(rule, RuleKind.CONTEXT);
        if (condition && actions.contains(action) && allowed(r)) {
            out.add(new Contribution(action, r, r.points(), List.of(), null));
        }
    }

    void raiseHorizon(String rule, String action, boolean condition, String horizon) {
        raiseIf(rule, action, condition && book.suggestions().get(action).horizon().name().equals(horizon), Set.of(action));
    }

    /** The convergence rule ({@code raiseOnConvergence}): the watched signals on the action's publics, past the minimum count. */
    void convergence(String rule, String action) {
        RuleSpec r = rule(rule, RuleKind.CONVERGENCE);
        Suggestion s = book.suggestions().get(action);
        List<Signal> on = new ArrayList<>(watched().size());
        for (Signal x : watched()) { // in indicator order already
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

    /** The rules this evaluation called so far, met or not, when it records them (else null). */
    Set<String> named() {
        return named;
    }

    private void situation(RuleSpec r, boolean condition) {
        if (condition && allowed(r)) {
            suggest(r, r.points(), List.of());
        }
    }

    private void suggest(RuleSpec r, double points, List<Signal> signals) {
        open.add(r.action());
        out.add(new Contribution(r.action(), r, points, signals, null));
    }

    private boolean allowed(RuleSpec r) {
        return only == null || only.contains(r.name());
    }

    /**
     * The rule a call names by its string literal (interned, so found by identity), which the rule
     * base must give the kind the call states: the advice method of its DRL consequence.
     */
    private RuleSpec rule(String name, RuleKind kind) {
        RuleSpec r = book.rules().get(name);
        if (r == null) {
            throw new IllegalStateException("the hand-written floor names a rule the rule base does not have: « " + name + " »");
        }
        if (r.kind() != kind) {
            throw new IllegalStateException("the hand-written floor calls « " + name + " » as " + kind + ", the rule base has it as " + r.kind());
        }
        if (named != null) {
            named.add(name);
        }
        return r;
    }
}
