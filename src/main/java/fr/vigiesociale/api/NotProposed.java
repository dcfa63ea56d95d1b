package fr.vigiesociale.api;

import java.util.List;

/**
 * An action of the catalogue the assessment does not propose, and why not: for each of its trigger
 * rules, how far the facts are from firing it — an indicator below its watch threshold, an
 * indicator unknown (knowing it could fire the rule), or conditions not met.
 *
 * @param nearest the closest way to propose the action, first; then the others
 */
public record NotProposed(String action, String title, List<Why> nearest) {

    public NotProposed {
        nearest = List.copyOf(nearest);
    }

    /**
     * One trigger rule and how far the facts are from it. {@code indicator}, {@code value} and
     * {@code watch} are set for a signal rule ({@code value} {@code null} when the indicator is
     * unknown); {@code distance} is the share of the watch-to-alarm span still to go (0 when unknown
     * or not a signal).
     */
    public record Why(String rule, String text, String indicator, Double value, Double watch, double distance) { }
}
