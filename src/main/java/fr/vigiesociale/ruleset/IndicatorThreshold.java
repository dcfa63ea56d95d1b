package fr.vigiesociale.ruleset;

import fr.vigiesociale.scenario.Indicator;
import java.util.List;

/**
 * The watch and alarm thresholds of one indicator (domain brief §5, design defaults for experts
 * to tune), the policy areas whose publics it describes, and where the figures come from.
 * {@code alarm} is {@code null} when the indicator has only a watch level.
 */
public record IndicatorThreshold(Indicator indicator, double watch, Double alarm, List<PolicyArea> areas, String source) {

    public IndicatorThreshold {
        areas = List.copyOf(areas);
    }

    /** The status of a value: below watch, at or past watch, at or past alarm. */
    public SignalStatus status(double value) {
        if (alarm != null && reaches(value, alarm)) {
            return SignalStatus.ALARM;
        }
        return reaches(value, watch) ? SignalStatus.WATCH : SignalStatus.NORMAL;
    }

    /** True when {@code value} is at or beyond {@code bound} in the indicator's worse direction. */
    public boolean reaches(double value, double bound) {
        return indicator.direction() == Indicator.Direction.HIGHER_IS_WORSE ? value >= bound : value <= bound;
    }
}
