package fr.vigiesociale.ruleset;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every number of the scoring model, read from {@code weights.yaml}: level bounds, the points a
 * signal is worth between its thresholds, and the named points of structural triggers and
 * context rules (referred to by name from the DRL, so no rule holds a magic number). The arithmetic
 * on them is the engine's {@code Scoring}, in one place.
 */
public record Weights(LevelBounds levels, SignalPoints signal, ScoreScale scale, Map<String, Double> points) {

    /** Lowest score of each level; below {@code medium} an action is LOW. */
    public record LevelBounds(double critical, double high, double medium) { }

    /**
     * Points of a signal: {@code watch} at the watch threshold, rising linearly to {@code alarm}
     * at the alarm threshold, then on to {@code max} one watch-to-alarm span past the alarm.
     */
    public record SignalPoints(double watch, double alarm, double max) { }

    public Weights {
        points = new TreeMap<>(points);
    }

    /** The named points; an unknown name is a rule-base error caught when the rules load. */
    public double points(String name) {
        Double p = points.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown weight '" + name + "' (weights.yaml)");
        }
        return p;
    }

    /** Scores are shown with one decimal. */
    public static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
