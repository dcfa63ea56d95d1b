package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several trigger rules may open the same action (closed services and digital exclusion both call
 * for accessible crisis information). The need is not twice as great: the strongest trigger counts
 * in full, each other one for {@code trigger.corroborationFactor} of its points, and its reason
 * says so. Context contributions are untouched.
 *
 * <p>The score stays monotone in every trigger (it is half their sum plus half the largest, for a
 * factor of one half), so worsening an indicator still never lowers an action.
 */
final class Corroboration {

    static final String WEIGHT = "trigger.corroborationFactor";
    static final String REASON = Contribution.CORROBORATING_REASON;

    private Corroboration() {
    }

    /** The factor and the reason suffix must exist in the rule folder (weights.yaml checks it is a fraction). */
    static void check(RuleSet ruleSet, List<RuleProblem> problems) {
        DrlReferences.checkWeight(ruleSet, problems, "weights.yaml", 0, WEIGHT);
        DrlReferences.checkText(ruleSet, problems, "i18n/reasons.properties", 0, REASON);
    }

    /** The contributions with the corroborating triggers reduced; the order of the list is kept. */
    static List<Contribution> apply(List<Contribution> contributions, double factor) {
        Map<String, Contribution> strongest = new LinkedHashMap<>();
        Comparator<Contribution> strength = Comparator.comparingDouble(Contribution::points)
                .thenComparing(Contribution::rule, Comparator.reverseOrder())
                .thenComparing(Contribution::reasonKey, Comparator.reverseOrder());
        for (Contribution c : contributions) {
            if (!c.context()) {
                strongest.merge(c.action(), c, (a, b) -> strength.compare(a, b) >= 0 ? a : b);
            }
        }
        List<Contribution> out = new ArrayList<>(contributions.size());
        for (Contribution c : contributions) {
            if (c.context() || strongest.get(c.action()) == c) {
                out.add(c);
            } else {
                out.add(c.scaled(factor, Map.of(Contribution.FULL_POINTS, Numbers.plain(c.points()),
                        Contribution.CORROBORATING_PERCENT, Numbers.plain(factor * 100))));
            }
        }
        return out;
    }
}
