package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.ActionDefinition;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.ruleset.Weights;
import fr.vigiesociale.scenario.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule consequences call, as the global {@code advice}: it turns "this rule fired for this
 * action" into a {@link Contribution} whose points come from {@code weights.yaml}, never from the
 * DRL. Stateless and shared by all sessions of a rule base.
 */
public final class Advice {

    /** Weight (a fraction) and reason suffix of {@link #indirectSignal}. */
    static final String INDIRECT_WEIGHT = "trigger.indirectFactor";
    static final String INDIRECT_REASON = Contribution.INDIRECT_REASON;

    private final RuleSet ruleSet;

    Advice(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** A trigger: {@code signal} suggests {@code action}, worth the signal's points. */
    public Contribution signal(RuleContext k, String action, Signal signal) {
        definition(action);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("value", Numbers.plain(signal.value()));
        params.put("watch", Numbers.plain(signal.threshold().watch()));
        if (signal.threshold().alarm() != null) {
            params.put("alarm", Numbers.plain(signal.threshold().alarm()));
        }
        params.put("status", signal.status().name());
        return new Contribution(action, k.getRule().getName(), "signal." + signal.indicator().key(),
                signal.points(), Map.of(signal.indicator().path(), signal.value()), params, false);
    }

    /**
     * A trigger where the action answers the signal only in part (closed services call first for
     * home support, and only then for accessible information): worth {@code trigger.indirectFactor}
     * of the signal's points, and the reason says so.
     */
    public Contribution indirectSignal(RuleContext k, String action, Signal signal) {
        double factor = ruleSet.weights().points(INDIRECT_WEIGHT);
        return signal(k, action, signal).scaled(factor,
                Map.of(Contribution.INDIRECT_PERCENT, Numbers.plain(factor * 100)));
    }

    /**
     * A trigger from facts other than an indicator (a structural gap, a resource state…).
     *
     * @param facts pairs of scenario path and value read, e.g. {@code "governance.socialImpactPlan", false}
     */
    public Contribution because(RuleContext k, String action, String reasonKey, String weight, Object... facts) {
        definition(action);
        return new Contribution(action, k.getRule().getName(), reasonKey, ruleSet.weights().points(weight),
                pairs(facts), Map.of(), false);
    }

    /** A context rule raises an action already suggested. */
    public Contribution raise(RuleContext k, Suggestion suggestion, String reasonKey, String weight, Object... facts) {
        return new Contribution(suggestion.action(), k.getRule().getName(), reasonKey,
                ruleSet.weights().points(weight), pairs(facts), Map.of(), true);
    }

    /**
     * Several signals converge on the publics of an action: points for each signal beyond the
     * first, up to a cap ({@code convergence.perExtraSignal}, {@code convergence.max}).
     */
    public Contribution convergence(RuleContext k, Suggestion suggestion, List<?> signals) {
        List<Signal> sorted = sorted(signals);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("convergence needs signals");
        }
        Weights w = ruleSet.weights();
        double points = Math.min(w.points("convergence.max"), w.points("convergence.perExtraSignal") * (sorted.size() - 1));
        return new Contribution(suggestion.action(), k.getRule().getName(), "context.convergence", points, facts(sorted),
                Map.of("count", Integer.toString(sorted.size()), "indicators", keys(sorted)), true);
    }

    /**
     * A trigger read from several signals at once (a crisis on several fronts…): its facts are the
     * signals' values; its text may use {@code {count}}, {@code {areas}} and {@code {indicators}}.
     */
    public Contribution signals(RuleContext k, String action, String reasonKey, String weight, List<?> signals) {
        definition(action);
        List<Signal> sorted = sorted(signals);
        return new Contribution(action, k.getRule().getName(), reasonKey, ruleSet.weights().points(weight), facts(sorted),
                Map.of("count", Integer.toString(sorted.size()), "areas", Integer.toString(Signal.areasTouched(sorted)),
                        "indicators", keys(sorted)), false);
    }

    /** A count threshold from {@code thresholds.yaml}, for rule conditions ("at least N signals"). */
    public int count(String name) {
        return ruleSet.count(name);
    }

    /** Opens the suggestion of an action, from the catalogue. */
    public Suggestion open(String action) {
        ActionDefinition d = definition(action);
        return new Suggestion(d.id(), d.horizon(), d.preconisations(), d.policyAreas());
    }

    private ActionDefinition definition(String action) {
        return ruleSet.action(action).orElseThrow(() ->
                new IllegalArgumentException("action '" + action + "' is not in actions.yaml"));
    }

    /** Signals from a DRL collect, in indicator order so texts and facts are stable. */
    private static List<Signal> sorted(List<?> signals) {
        return signals.stream().map(Signal.class::cast).sorted((a, b) -> a.indicator().compareTo(b.indicator())).toList();
    }

    /** The values the signals read, by scenario path. */
    private static Map<String, Object> facts(List<Signal> signals) {
        Map<String, Object> facts = new LinkedHashMap<>();
        signals.forEach(s -> facts.put(s.indicator().path(), s.value()));
        return facts;
    }

    /** The signals' indicator keys, comma-separated, for the {@code {indicators}} placeholder. */
    private static String keys(List<Signal> signals) {
        return signals.stream().map(s -> s.indicator().key()).collect(Collectors.joining(","));
    }

    private static Map<String, Object> pairs(Object... facts) {
        if (facts.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in pairs: path, value");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < facts.length; i += 2) {
            Object v = facts[i + 1];
            m.put((String) facts[i], v instanceof Enum<?> e ? e.name() : v);
        }
        return m;
    }
}
