package fr.vigiesociale.ruleset;

/** Priority level of an action, a pure function of its score (bounds in {@code weights.yaml}). */
public enum Level {
    CRITICAL, HIGH, MEDIUM, LOW
}
