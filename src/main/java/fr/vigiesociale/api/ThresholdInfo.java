package fr.vigiesociale.api;

import fr.vigiesociale.ruleset.PolicyArea;
import fr.vigiesociale.ruleset.ThresholdBasis;
import java.util.List;

/**
 * An indicator's thresholds as the catalogue shows them, with where their figures come from.
 *
 * @param indicator the indicator's key ({@code foodAidRequestsChangePct})
 * @param alarm     {@code null} when the indicator has only a watch level
 * @param basis     2020 public figures or a design choice (the HCTS report gives no figures)
 * @param source    what the figures are, in the reader's language
 */
public record ThresholdInfo(String indicator, double watch, Double alarm, List<PolicyArea> areas,
                            ThresholdBasis basis, String source) {

    public ThresholdInfo {
        areas = List.copyOf(areas);
    }
}
