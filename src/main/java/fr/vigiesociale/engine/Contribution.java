package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.Weights;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points a rule gives an action, and why: the rule's name, the key of its reason text, the
 * scenario facts it read ({@code path -> value}) and any extra text parameters. A trigger
 * contribution opens the action; a context one only raises an action already suggested.
 */
public record Contribution(
        String action,
        String rule,
        String reasonKey,
        double points,
        Map<String, Object> facts,
        Map<String, String> params,
        boolean context) {

    /** Key of the reason suffix of a corroborating trigger (see {@code Corroboration}). */
    public static final String CORROBORATING_REASON = "corroborating";

    public Contribution {
        facts = Map.copyOf(facts);
        params = Map.copyOf(params);
    }

    /** Key of the reason suffix of an indirect signal trigger (see {@code Advice.indirectSignal}). */
    public static final String INDIRECT_REASON = "indirect";

    /** Text parameters of the two suffixes: the share kept, and the points before the reduction. */
    static final String INDIRECT_PERCENT = "indirectPercent";
    static final String CORROBORATING_PERCENT = "percent";
    static final String FULL_POINTS = "fullPoints";

    /** True for a signal trigger whose action answers the signal only in part. */
    public boolean indirect() {
        return params.containsKey(INDIRECT_PERCENT);
    }

    /** True for a trigger counted in part, because a stronger one already opened the same action. */
    public boolean corroborating() {
        return params.containsKey(FULL_POINTS);
    }

    /** This contribution worth {@code factor} of its points, with text parameters added to say why. */
    Contribution scaled(double factor, Map<String, String> addedParams) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.putAll(addedParams);
        return new Contribution(action, rule, reasonKey, Weights.round(points * factor), facts, p, context);
    }
}
