package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Indicator;
import java.util.List;
import java.util.Map;

/**
 * The watch and alarm thresholds of one indicator (design defaults for experts to tune), the policy
 * areas it belongs to, the people it describes, and where its figures come from. {@code alarm} is {@code null}
 * when the indicator has only a watch level.
 *
 * @param basis  public 2020 figures or a design choice: never the HCTS report, which gives no figures
 * @param source what the figures are, in each language
 * @param asked  when not knowing it is worth saying ({@link GapScope#ALWAYS} unless limited)
 */
public record IndicatorThreshold(Indicator indicator, double watch, Double alarm, List<PolicyArea> areas,
                                 List<Public> publics, ThresholdBasis basis, Map<Lang, String> source,
                                 GapScope asked) {

    public IndicatorThreshold {
        areas = List.copyOf(areas);
        publics = List.copyOf(publics);
        source = Map.copyOf(source);
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

    public String source(Lang lang) {
        return source.get(lang);
    }
}
