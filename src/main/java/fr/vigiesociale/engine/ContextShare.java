package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part of {@link Scoring}. The context (phase, lockdown, convergence, territory, weaknesses) makes a
 * need more pressing; it does not make one. An action's context counts for at most
 * {@code context.maxShareOfNeed} of what its own triggers give: beyond that, each context
 * contribution is reduced in the same proportion, and its reason says so. Without this, fifteen
 * points of acute phase and eighteen of convergence lift every minor gap and every indirect answer
 * to MEDIUM, and a crisis gets a list of twenty-five actions instead of a plan.
 *
 * <p>The total stays monotone: it is the triggers plus the smaller of the context and a share of
 * the triggers, and both grow as the situation worsens.
 */
final class ContextShare {

    static final String REASON = "contextShare";

    private ContextShare() {
    }

    /** The contributions with each action's context reduced to its share of the triggers; the order is kept. */
    static List<Contribution> apply(List<Contribution> contributions, double maxShare) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            double[] s = sums.computeIfAbsent(c.action(), k -> new double[2]);
            s[c.trigger() ? 0 : 1] += c.points();
        }
        // what each reduced context still owes its action, in tenths, so that the kept points sum
        // exactly to the allowance (rounded down to a tenth: the total stays monotone)
        Map<String, long[]> owed = new LinkedHashMap<>();
        List<Contribution> out = new ArrayList<>(contributions.size());
        for (Contribution c : contributions) {
            double[] s = sums.get(c.action());
            long allowed = (long) Math.floor(maxShare * s[0] * 10 + 1e-6);
            boolean reduce = c.context() && c.points() > 0 && Math.round(s[1] * 10) > allowed;
            if (!reduce) {
                out.add(c);
                continue;
            }
            double factor = allowed / (s[1] * 10);
            long tenths = (long) Math.floor(c.points() * 10 * factor + 1e-6);
            owed.computeIfAbsent(c.action(), k -> new long[] {allowed})[0] -= tenths;
            out.add(c.reduced(factor, tenths / 10.0));
        }
        // the tenths lost to rounding down go to the action's first reduced contributions, one each
        for (int i = 0; i < out.size(); i++) {
            Contribution c = out.get(i);
            long[] left = owed.get(c.action());
            if (c.contextShared() && left != null && left[0] > 0) {
                out.set(i, c.reduced(c.corroborated().factor(), Weights.round(c.points() + 0.1)));
                left[0]--;
            }
        }
        return out;
    }
}
