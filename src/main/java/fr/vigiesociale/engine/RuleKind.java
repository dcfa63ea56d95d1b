package fr.vigiesociale.engine;

/**
 * How a rule gives points, which is also the kind of the contributions it makes. A trigger kind
 * suggests the rule's action; a context kind only raises an action other rules suggested.
 * The kind follows from what the rule's consequence hands to {@code advice} (a signal, a list of
 * signals, a suggestion…), and decides which metadata the rule must carry.
 */
public enum RuleKind {
    /** A signal suggests the action, worth the signal's points ({@code advice.suggest(kcontext, $s)}). */
    SIGNAL(true, "value", "watch", "alarm"),
    /** A signal the action answers only in part: {@code trigger.indirectFactor} of its points. */
    INDIRECT_SIGNAL(true, "value", "watch", "alarm"),
    /** A situation (a gap, a resource, the crisis itself) suggests the action, worth {@code @weight}. */
    SITUATION(true),
    /** Several signals at once suggest the action, worth {@code @weight} ({@code advice.suggest(kcontext, $signals)}). */
    SIGNALS(true, "count", "areas", "areaNames", "indicators"),
    /** Raises an action already suggested, by {@code @weight} ({@code advice.raise(kcontext, $a)}). */
    CONTEXT(false),
    /** Raises an action already suggested for each signal converging on its publics beyond the first. */
    CONVERGENCE(false, "count", "publics", "indicators");

    private final boolean trigger;
    private final java.util.Set<String> placeholders;

    RuleKind(boolean trigger, String... placeholders) {
        this.trigger = trigger;
        this.placeholders = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.List.of(placeholders)));
    }

    /**
     * What a reason text of this kind may name besides the scenario fields its rule cites: the one
     * list the load checks hold texts to and the renderer fills. A signal rule's text is its
     * indicator's sentence, whose {@code {alarm}} exists only when the indicator has an alarm threshold.
     */
    public java.util.Set<String> placeholders() {
        return placeholders;
    }

    /** True for the kinds that suggest an action, false for those that only raise one. */
    public boolean trigger() {
        return trigger;
    }

    /** True for the kinds whose points are a matched signal's. */
    public boolean fromSignal() {
        return this == SIGNAL || this == INDIRECT_SIGNAL;
    }
}
