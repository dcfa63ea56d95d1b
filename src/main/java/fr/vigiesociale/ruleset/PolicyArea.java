package fr.vigiesociale.ruleset;

/** The policy areas of part II of the HCTS 2021 report, plus the cross-cutting one. */
public enum PolicyArea {
    SOLIDARITY, CHILDHOOD_FAMILY, EMERGENCY_HOUSING, AUTONOMY_ELDERLY, DISABILITY, NEIGHBOURHOOD, CROSS_CUTTING
}
