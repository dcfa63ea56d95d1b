package fr.vigiesociale.api;

import java.util.Map;

/** Why an action is suggested or raised: the rule that fired, in plain words, the facts it read, the points it gives. */
public record Reason(String rule, String text, Map<String, Object> facts, double contribution) {

    public Reason {
        facts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(facts));
    }
}
