package fr.vigiesociale.ruleset;

import java.util.Locale;
import java.util.Optional;

/**
 * How a rule relates to the passages it cites: the passage says what the rule does
 * ({@code DIRECT}), or the rule is its author's reading of the passage ({@code INTERPRETATION}).
 */
public enum SourceLink {
    DIRECT, INTERPRETATION;

    /** The value a DRL {@code @link} annotation gives ({@code "direct"}, {@code "interpretation"}). */
    public static Optional<SourceLink> parse(String value) {
        for (SourceLink l : values()) {
            if (l.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public String drlValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
