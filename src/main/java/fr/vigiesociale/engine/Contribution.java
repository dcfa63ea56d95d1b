package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.Weights;
import fr.vigiesociale.scenario.Indicator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Points a rule gives an action: the rule (with its metadata), the points, and the signals it
 * matched. Everything else a reader needs — the reason text, the facts cited — follows from the
 * rule's metadata and the scenario, and is built after the session, only when shown.
 *
 * @param corroborated set when this contribution counts for a fraction of its points: a trigger
 *                     because a stronger one of the same action already counts in full
 *                     ({@code trigger.corroborationFactor}), a context because the action's context
 *                     exceeds its share of the triggers ({@code context.maxShareOfNeed}); else {@code null}
 * @param reasonKey    the key of the reason text: the signal's for a signal rule, else the rule's {@code @reason}
 */
public record Contribution(String action, RuleSpec rule, double points, List<Signal> signals, Corroborated corroborated,
                           String reasonKey) {

    /** Text parameters of the two reason suffixes. */
    public static final String FULL_POINTS = "fullPoints";
    public static final String PERCENT = "percent";
    public static final String INDIRECT_PERCENT = "indirectPercent";
    public static final String MAX_PERCENT = "maxPercent";

    /** The points before a corroborating trigger was reduced, and the factor applied. */
    public record Corroborated(double fullPoints, double factor) { }

    public Contribution {
        signals = List.copyOf(signals);
    }

    /** A contribution whose reason key follows from its rule and signals. */
    public Contribution(String action, RuleSpec rule, double points, List<Signal> signals, Corroborated corroborated) {
        this(action, rule, points, signals, corroborated,
                rule.kind().fromSignal() ? signalReason(signals.get(0).indicator()) : rule.reasonKey());
    }

    public RuleKind kind() {
        return rule.kind();
    }

    /** True for a contribution that suggests its action; false for one that only raises it. */
    public boolean trigger() {
        return rule.kind().trigger();
    }

    public boolean context() {
        return !trigger();
    }

    /** True for a signal trigger whose action answers the signal only in part. */
    public boolean indirect() {
        return rule.kind() == RuleKind.INDIRECT_SIGNAL;
    }

    /**
     * True for the action's own signal at or past its alarm threshold, or a situation that endangers
     * lives now: the only triggers that let an action's score reach CRITICAL (an indirect answer to a
     * signal does not, nor context).
     */
    public boolean alarmTrigger() {
        return rule.kind() == RuleKind.EMERGENCY || rule.kind() == RuleKind.SIGNAL && signals.get(0).alarming();
    }

    /** True for a trigger counted in part, because a stronger one already opened the same action. */
    public boolean corroborating() {
        return corroborated != null && trigger();
    }

    /** True for a context counted in part, because the action's context exceeded its share of the triggers. */
    public boolean contextShared() {
        return corroborated != null && context();
    }

    /** The text key of a signal, {@code signal.<indicator key>}. */
    public static String signalReason(Indicator indicator) {
        return "signal." + indicator.key();
    }

    /**
     * The scenario facts this contribution cites, by path: the signals' values, then the fields
     * the rule cites, read from {@code scenario} (as {@code Scenario.fields()} gives them; enum
     * values by name). A cited field the scenario leaves unknown is left out.
     */
    public Map<String, Object> facts(Map<String, Object> scenario) {
        Map<String, Object> facts = new LinkedHashMap<>();
        signals.forEach(s -> facts.put(s.indicator().path(), s.value()));
        for (String path : rule.cites()) {
            Object v = scenario.get(path);
            if (v != null) {
                facts.put(path, v instanceof Enum<?> e ? e.name() : v);
            }
        }
        return facts;
    }

    /** This contribution as its rule gave it, before a stronger trigger of the same action reduced it. */
    public Contribution raw() {
        return corroborated == null ? this : new Contribution(action, rule, corroborated.fullPoints(), signals, null);
    }

    /** This contribution counted for {@code factor} of its points, as {@code points} once rounded. */
    Contribution reduced(double factor, double points) {
        double full = corroborated == null ? this.points : corroborated.fullPoints();
        return new Contribution(action, rule, points, signals, new Corroborated(full, factor));
    }

    /** This contribution counted for {@code factor} of its points. */
    Contribution reduced(double factor) {
        return new Contribution(action, rule, Weights.round(points * factor), signals, new Corroborated(points, factor));
    }
}
