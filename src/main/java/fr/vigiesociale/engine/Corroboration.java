package fr.vigiesociale.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part of {@link Scoring}. Several trigger rules may open the same action (closed services and digital exclusion both call
 * for accessible crisis information). The need is not twice as great: the strongest trigger counts
 * in full, each other one for {@code trigger.corroborationFactor} of its points, and its reason
 * says so. Context contributions are untouched.
 *
 * <p>The score stays monotone in every trigger (it is half their sum plus half the largest, for a
 * factor of one half), so worsening an indicator still never lowers an action.
 */
final class Corroboration {

    static final String REASON = "corroborating";

    private static final Comparator<Contribution> STRENGTH = Comparator.comparingDouble(Contribution::points)
            .thenComparing((Contribution c) -> c.rule().name(), Comparator.reverseOrder())
            .thenComparing(Contribution::reasonKey, Comparator.reverseOrder());

    private Corroboration() {
    }

    /** The contributions with the corroborating triggers reduced; the order of the list is kept. */
    static List<Contribution> apply(List<Contribution> contributions, double factor) {
        Map<String, Contribution> strongest = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            if (c.trigger()) {
                strongest.merge(c.action(), c, (a, b) -> STRENGTH.compare(a, b) >= 0 ? a : b);
            }
        }
        List<Contribution> out = new ArrayList<>(contributions.size());
        for (Contribution c : contributions) {
            out.add(c.context() || strongest.get(c.action()) == c ? c : c.reduced(factor));
        }
        return out;
    }
}
