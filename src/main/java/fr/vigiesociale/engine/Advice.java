package fr.vigiesociale.engine;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule consequences call, as the DRL global {@code advice}, to turn "this rule matched" into a
 * {@link Contribution}. Each kind of rule has its own method, so the consequence states the rule's
 * kind where the rule is written ({@link RuleKind#method()}); the action, reason and weight come
 * from the rule's metadata, read once when the rules loaded, and the points from {@link Scoring}.
 * One per session: it opens each suggested action once, so that context rules can raise it.
 */
public final class Advice {

    static final String INDIRECT_REASON = "indirect";

    /** What every session's advice shares: the rules' metadata, the catalogue's suggestions, the scoring. */
    record Book(Map<String, RuleSpec> rules, Map<String, Suggestion> suggestions, Scoring scoring) { }

    private static final Comparator<Signal> BY_INDICATOR = Comparator.comparing(Signal::indicator);

    private final Book book;
    private final Set<String> opened = new HashSet<>();

    Advice(Book book) {
        this.book = book;
    }

    /** A situation (a gap, a resource, the crisis itself) suggests the rule's action, worth its {@code @weight}. */
    public Contribution suggestOnSituation(RuleContext k) {
        return trigger(k, RuleKind.SITUATION, List.of());
    }

    /** A situation that endangers lives now suggests the rule's action, worth its {@code @weight}; it may be CRITICAL. */
    public Contribution suggestOnEmergency(RuleContext k) {
        return trigger(k, RuleKind.EMERGENCY, List.of());
    }

    /** A signal suggests the rule's action, worth the signal's points. */
    public Contribution suggestOnSignal(RuleContext k, Signal signal) {
        return trigger(k, RuleKind.SIGNAL, List.of(signal));
    }

    /** A signal suggests an action that answers it only in part, worth the fraction {@code @weight} of its points. */
    public Contribution suggestInPartOnSignal(RuleContext k, Signal signal) {
        return trigger(k, RuleKind.INDIRECT_SIGNAL, List.of(signal));
    }

    /** Several signals at once (a crisis on several fronts…) suggest the rule's action, worth its {@code @weight}. */
    public Contribution suggestOnSignals(RuleContext k, List<Signal> signals) {
        return trigger(k, RuleKind.SIGNALS, sorted(signals));
    }

    /** A context rule raises an action already suggested by its {@code @weight}. */
    public Contribution raiseInContext(RuleContext k, Suggestion suggestion) {
        return raise(k, RuleKind.CONTEXT, suggestion, List.of());
    }

    /** Signals converge on the publics of an action: its {@code @weight} for each signal beyond the first, capped. */
    public Contribution raiseOnConvergence(RuleContext k, Suggestion suggestion, List<Signal> signals) {
        return raise(k, RuleKind.CONVERGENCE, suggestion, sorted(signals));
    }

    private Contribution trigger(RuleContext k, RuleKind kind, List<Signal> signals) {
        RuleSpec rule = rule(k, kind);
        open(k.getKieRuntime(), rule.action());
        return new Contribution(rule.action(), rule, book.scoring().points(rule, signals), signals, null);
    }

    private Contribution raise(RuleContext k, RuleKind kind, Suggestion suggestion, List<Signal> signals) {
        RuleSpec rule = rule(k, kind);
        return new Contribution(suggestion.action(), rule, book.scoring().points(rule, signals), signals, null);
    }

    /** Opens the suggestion of {@code action} in the session, once. */
    void open(org.kie.api.runtime.rule.RuleRuntime session, String action) {
        if (opened.add(action)) {
            session.insert(book.suggestions().get(action));
        }
    }

    /** The rule firing; its kind was read from this very call when the rules loaded. */
    private RuleSpec rule(RuleContext k, RuleKind kind) {
        RuleSpec rule = book.rules().get(k.getRule().getName());
        if (rule.kind() != kind) {
            throw new IllegalStateException("rule « " + rule.name() + " » (" + rule.kind() + ") calls advice as " + kind);
        }
        return rule;
    }

    private static List<Signal> sorted(List<Signal> signals) {
        return signals.stream().sorted(BY_INDICATOR).toList();
    }
}
