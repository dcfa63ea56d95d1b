package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.ScoreScale;
import fr.vigiesociale.ruleset.Weights;
import fr.vigiesociale.scenario.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where numbers become priorities, with the numbers of {@code weights.yaml}: the
 * points a signal is worth, the points each kind of rule gives, the reduction of corroborating
 * triggers, and an action's points, band, score and level. Assessments, triage, data gaps,
 * reachable levels and the batch all go through {@link #score(List)}.
 */
public final class Scoring {

    /** The weight of a corroborating trigger, and the largest convergence bonus: the engine's own weights. */
    public static final String CORROBORATION = "trigger.corroborationFactor";
    static final String CONVERGENCE_MAX = "convergence.max";
    /** The largest share of an action's trigger points its context may add. */
    public static final String CONTEXT_SHARE = "context.maxShareOfNeed";

    private final Weights weights;

    Scoring(Weights weights) {
        this.weights = weights;
    }

    /**
     * One action's score: the sum of its contributions' points, through the band its own triggers
     * give it, and what each contribution adds to the score in the order given (they sum to it).
     *
     * @param alarmTrigger one of its triggers is its own signal at or past the alarm threshold
     * @param counted      per contribution, in order, the score it adds
     */
    public record ActionScore(double points, boolean alarmTrigger, double score, Level level, List<Double> counted) { }

    /** The score of one action from its contributions. */
    public ActionScore score(List<Contribution> ofOneAction) {
        boolean alarm = ofOneAction.stream().anyMatch(Contribution::alarmTrigger);
        ScoreScale.Band band = weights.scale().band(alarm);
        List<Double> counted = new ArrayList<>(ofOneAction.size());
        double points = 0;
        double before = 0;
        for (Contribution c : ofOneAction) {
            points += c.points();
            double after = curve(band, points);
            counted.add(Weights.round(after - before));
            before = after;
        }
        return new ActionScore(Weights.round(points), alarm, before, level(before), List.copyOf(counted));
    }

    /** Every action's score, by action id, in the order the actions first appear. */
    public Map<String, ActionScore> scores(List<Contribution> contributions) {
        Map<String, List<Contribution>> byAction = new LinkedHashMap<>();
        contributions.forEach(c -> byAction.computeIfAbsent(c.action(), k -> new ArrayList<>()).add(c));
        Map<String, ActionScore> out = new LinkedHashMap<>();
        byAction.forEach((id, cs) -> out.put(id, score(cs)));
        return out;
    }

    /** The level of a score, by the bounds of {@code weights.yaml}. */
    public Level level(double score) {
        Weights.LevelBounds b = weights.levels();
        if (score >= b.critical()) {
            return Level.CRITICAL;
        }
        if (score >= b.high()) {
            return Level.HIGH;
        }
        return score >= b.medium() ? Level.MEDIUM : Level.LOW;
    }

    /**
     * The score of {@code points} in a band, shown with one decimal, always below its ceiling: the
     * points up to the knee, then a curve that keeps the slope where they meet,
     * knee + room × (1 − e^(−excess / room)).
     */
    public static double curve(ScoreScale.Band band, double points) {
        if (points <= band.knee()) {
            return Weights.round(points);
        }
        double room = band.ceiling() - band.knee();
        double s = band.knee() + room * (1 - Math.exp(-(points - band.knee()) / room));
        return Math.min(Weights.round(s), Weights.round(band.ceiling() - 0.1));
    }

    /**
     * The points a signal is worth: {@code signal.watch} at its watch threshold, rising linearly to
     * {@code signal.alarm} at its alarm threshold, then on to {@code signal.max} one watch-to-alarm
     * span past it. Below the watch threshold, none.
     */
    public double signalPoints(IndicatorThreshold t, double value) {
        Weights.SignalPoints signal = weights.signal();
        boolean higherIsWorse = t.indicator().direction() == Indicator.Direction.HIGHER_IS_WORSE;
        double v = higherIsWorse ? value : -value;
        double watch = higherIsWorse ? t.watch() : -t.watch();
        if (v < watch) {
            return 0;
        }
        if (t.alarm() == null) {
            return signal.watch();
        }
        double alarm = higherIsWorse ? t.alarm() : -t.alarm();
        double span = alarm - watch;
        if (v < alarm) {
            return Weights.round(signal.watch() + (signal.alarm() - signal.watch()) * (v - watch) / span);
        }
        return Weights.round(signal.alarm() + (signal.max() - signal.alarm()) * Math.min(1, (v - alarm) / span));
    }

    /** The points a rule gives for what it matched, by its kind. */
    double points(RuleSpec rule, List<Signal> signals) {
        return switch (rule.kind()) {
            case SIGNAL -> signals.get(0).points();
            case INDIRECT_SIGNAL -> Weights.round(signals.get(0).points() * rule.points());
            case CONVERGENCE -> Math.min(weights.points(CONVERGENCE_MAX), rule.points() * (signals.size() - 1));
            case SITUATION, EMERGENCY, SIGNALS, CONTEXT -> rule.points();
        };
    }

    /**
     * Contributions as an assessment counts them: when several triggers open the same action, the
     * strongest counts in full and each other for {@code trigger.corroborationFactor} of its points;
     * then an action's context counts for at most {@code context.maxShareOfNeed} of its triggers.
     */
    List<Contribution> corroborate(List<Contribution> raw) {
        return ContextShare.apply(Corroboration.apply(raw, weights.points(CORROBORATION)), weights.points(CONTEXT_SHARE));
    }
}
