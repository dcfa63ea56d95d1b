package fr.vigiesociale.ruleset;

/**
 * Where an indicator's thresholds come from. Neither source document gives figures: thresholds are
 * either drawn from 2020 figures of public reporting, or a design choice for experts to tune.
 */
public enum ThresholdBasis {
    /** Drawn from 2020 figures published in public reporting (not from the HCTS report). */
    PUBLIC_FIGURES_2020,
    /** A design default of Vigie sociale. */
    DESIGN
}
