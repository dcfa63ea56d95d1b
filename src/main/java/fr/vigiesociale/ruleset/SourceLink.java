package fr.vigiesociale.ruleset;

/**
 * How a rule relates to a passage it cites: the passage says what the rule does ({@code DIRECT},
 * listed in the rule's {@code @stated}), or the rule is its authors' reading of the passage
 * ({@code INTERPRETATION}).
 */
public enum SourceLink {
    DIRECT, INTERPRETATION
}
