package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.PolicyArea;
import fr.vigiesociale.ruleset.SignalStatus;
import fr.vigiesociale.scenario.Indicator;

/**
 * A known indicator read against its thresholds. Inserted for every indicator the scenario gives,
 * calm ones included; an unknown indicator has no Signal, so no rule can fire on it.
 */
public record Signal(Indicator indicator, double value, IndicatorThreshold threshold, SignalStatus status, double points) {

    /** At or past the watch threshold (alarm included). */
    public boolean atLeastWatch() {
        return status != SignalStatus.NORMAL;
    }

    /** At or past the alarm threshold. */
    public boolean alarming() {
        return status == SignalStatus.ALARM;
    }

    /** How many distinct policy areas a list of signals touches. */
    public static int areasTouched(java.util.Collection<?> signals) {
        java.util.Set<PolicyArea> areas = java.util.EnumSet.noneOf(PolicyArea.class);
        for (Object o : signals) {
            areas.addAll(((Signal) o).threshold().areas());
        }
        return areas.size();
    }

    /** True when the signal describes the publics of one of the suggestion's policy areas. */
    public boolean sharesAreaWith(Suggestion suggestion) {
        for (PolicyArea area : threshold.areas()) {
            if (suggestion.policyAreas().contains(area)) {
                return true;
            }
        }
        return false;
    }
}
