package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.Weights;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule consequences call, as the DRL global {@code advice}, to turn "this rule matched" into a
 * {@link Contribution}: the action, reason and weight come from the rule's metadata, read once when
 * the rules loaded, never from the consequence. One per session: it opens each suggested action
 * once, so that context rules can raise it.
 */
public final class Advice {

    static final String INDIRECT_REASON = "indirect";
    static final String CONVERGENCE_MAX = "convergence.max";

    /** What every session's advice shares: the rules' metadata and the catalogue's suggestions. */
    record Book(Map<String, RuleSpec> rules, Map<String, Suggestion> suggestions, double convergenceMax) { }

    private static final Comparator<Signal> BY_INDICATOR = Comparator.comparing(Signal::indicator);

    private final Book book;
    private final Set<String> opened = new HashSet<>();

    Advice(Book book) {
        this.book = book;
    }

    /** A situation (a gap, a resource, the crisis itself) suggests the rule's action, worth its {@code @weight}. */
    public Contribution suggest(RuleContext k) {
        RuleSpec rule = rule(k, RuleKind.SITUATION);
        return trigger(k, rule, rule.points(), List.of());
    }

    /** A signal suggests the rule's action, worth the signal's points (a fraction for an indirect answer). */
    public Contribution suggest(RuleContext k, Signal signal) {
        RuleSpec rule = rule(k, RuleKind.SIGNAL, RuleKind.INDIRECT_SIGNAL);
        double points = rule.kind() == RuleKind.INDIRECT_SIGNAL ? Weights.round(signal.points() * rule.points()) : signal.points();
        return trigger(k, rule, points, List.of(signal));
    }

    /** Several signals at once (a crisis on several fronts…) suggest the rule's action, worth its {@code @weight}. */
    public Contribution suggest(RuleContext k, List<Signal> signals) {
        RuleSpec rule = rule(k, RuleKind.SIGNALS);
        return trigger(k, rule, rule.points(), sorted(signals));
    }

    /** A context rule raises an action already suggested by its {@code @weight}. */
    public Contribution raise(RuleContext k, Suggestion suggestion) {
        RuleSpec rule = rule(k, RuleKind.CONTEXT);
        return new Contribution(suggestion.action(), rule, rule.points(), List.of(), null);
    }

    /**
     * Signals converge on the publics of an action: its {@code @weight} for each signal beyond
     * the first, up to {@code convergence.max}.
     */
    public Contribution raise(RuleContext k, Suggestion suggestion, List<Signal> signals) {
        RuleSpec rule = rule(k, RuleKind.CONVERGENCE);
        double points = Math.min(book.convergenceMax(), rule.points() * (signals.size() - 1));
        return new Contribution(suggestion.action(), rule, points, sorted(signals), null);
    }

    private Contribution trigger(RuleContext k, RuleSpec rule, double points, List<Signal> signals) {
        open(k.getKieRuntime(), rule.action());
        return new Contribution(rule.action(), rule, points, signals, null);
    }

    /** Opens the suggestion of {@code action} in the session, once. */
    void open(org.kie.api.runtime.rule.RuleRuntime session, String action) {
        if (opened.add(action)) {
            session.insert(book.suggestions().get(action));
        }
    }

    private RuleSpec rule(RuleContext k, RuleKind... kinds) {
        RuleSpec rule = book.rules().get(k.getRule().getName());
        for (RuleKind kind : kinds) {
            if (rule.kind() == kind) {
                return rule;
            }
        }
        throw new IllegalStateException("rule « " + rule.name() + " » (" + rule.kind() + ") calls advice as "
                + List.of(kinds));
    }

    private static List<Signal> sorted(List<Signal> signals) {
        return signals.stream().sorted(BY_INDICATOR).toList();
    }
}
