package fr.vigiesociale.engine;

/**
 * How a rule gives points, which is also the kind of the contributions it makes. A trigger kind
 * suggests the rule's action; a context kind only raises an action other rules suggested. The rule
 * states its kind where it is written: its consequence calls the {@code advice} method of that kind
 * ({@link #method()}). The kind decides which metadata the rule must carry and which placeholders
 * its reason may use.
 */
public enum RuleKind {
    /** A signal suggests the action, worth the signal's points ({@code advice.suggestOnSignal(kcontext, $s)}). */
    SIGNAL(true, "suggestOnSignal", "value", "watch", "alarm"),
    /** A signal the action answers only in part: the fraction {@code @weight} of its points. */
    INDIRECT_SIGNAL(true, "suggestInPartOnSignal", "value", "watch", "alarm"),
    /** A situation (a gap, a resource, the crisis itself) suggests the action, worth {@code @weight}. */
    SITUATION(true, "suggestOnSituation"),
    /**
     * A situation that endangers lives now (households evacuated, people on life support without
     * power) suggests the action, worth {@code @weight}: like a signal at its alarm threshold, it may
     * make the action CRITICAL, to start within 48 hours.
     */
    EMERGENCY(true, "suggestOnEmergency"),
    /** Several signals at once suggest the action, worth {@code @weight} ({@code advice.suggestOnSignals(kcontext, $signals)}). */
    SIGNALS(true, "suggestOnSignals", "count", "areas", "areaNames", "indicators"),
    /** Raises an action already suggested, by {@code @weight} ({@code advice.raiseInContext(kcontext, $a)}). */
    CONTEXT(false, "raiseInContext"),
    /** Raises an action already suggested for each signal converging on its publics beyond the first. */
    CONVERGENCE(false, "raiseOnConvergence", "count", "publics", "indicators");

    private final boolean trigger;
    private final String method;
    private final java.util.Set<String> placeholders;

    RuleKind(boolean trigger, String method, String... placeholders) {
        this.trigger = trigger;
        this.method = method;
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

    /** The {@code advice} method a rule of this kind calls in its consequence. */
    public String method() {
        return method;
    }

    /** The kind whose {@code advice} method is {@code method}. */
    public static java.util.Optional<RuleKind> byMethod(String method) {
        return java.util.Arrays.stream(values()).filter(k -> k.method.equals(method)).findFirst();
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
