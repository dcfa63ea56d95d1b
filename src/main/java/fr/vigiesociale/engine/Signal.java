package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.PolicyArea;
import fr.vigiesociale.ruleset.Public;
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
        return areaList(signals).size();
    }

    /** True when the signal describes some of the people the suggested action serves. */
    public boolean onPublicsOf(Suggestion suggestion) {
        for (Public p : threshold.publics()) {
            if (suggestion.publics().contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The people among {@code publics} that some of the signals describe, in enum order. */
    public static java.util.List<Public> publicsShared(java.util.Collection<?> signals, java.util.List<Public> publics) {
        java.util.Set<Public> out = java.util.EnumSet.noneOf(Public.class);
        for (Object o : signals) {
            ((Signal) o).threshold().publics().stream().filter(publics::contains).forEach(out::add);
        }
        return java.util.List.copyOf(out);
    }

    /** The distinct policy areas a list of signals touches, in enum order. */
    public static java.util.List<PolicyArea> areaList(java.util.Collection<?> signals) {
        java.util.Set<PolicyArea> areas = java.util.EnumSet.noneOf(PolicyArea.class);
        for (Object o : signals) {
            areas.addAll(((Signal) o).threshold().areas());
        }
        return java.util.List.copyOf(areas);
    }
}
