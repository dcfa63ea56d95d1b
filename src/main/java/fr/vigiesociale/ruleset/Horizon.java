package fr.vigiesociale.ruleset;

/** When an action pays off. Declaration order is the tie-break order of the ranking. */
public enum Horizon {
    /** Days. */
    IMMEDIATE,
    /** Weeks. */
    SHORT_TERM,
    /** Months and beyond. */
    STRUCTURAL
}
