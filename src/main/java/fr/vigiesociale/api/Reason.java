package fr.vigiesociale.api;

import fr.vigiesociale.ruleset.Citation;
import fr.vigiesociale.ruleset.ThresholdBasis;
import java.util.List;
import java.util.Map;

/**
 * Why an action is suggested or raised: the rule that fired (named in the assessment's language),
 * in plain words, the facts it read, the points it gives (and what they add to the score) and the weight they come from, the
 * passages of the source documents the rule implements and, for a signal, where its thresholds
 * come from.
 *
 * @param points       the points the rule gives
 * @param contribution what those points add to the score, once the scale's diminishing returns apply
 *                     (equal to {@code points} below the scale's knee); the contributions sum to the score
 * @param weight    the name of the points in {@code weights.yaml} ({@code trigger.gap}), or
 *                  {@code signal} when they are the signal's
 * @param sources   the passages the rule implements, each direct or interpreted; the assessment's
 *                  {@code sources} has their text
 * @param threshold the thresholds of the signal the reason reads, or {@code null}
 */
public record Reason(String rule, String text, Map<String, Object> facts, double points, double contribution, String weight,
                     List<Citation> sources, Threshold threshold) {

    public Reason {
        facts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(facts));
        sources = List.copyOf(sources);
    }

    /** A signal's thresholds and the basis of their figures (never the HCTS report, which has none). */
    public record Threshold(String indicator, double watch, Double alarm, ThresholdBasis basis, String source) { }
}
