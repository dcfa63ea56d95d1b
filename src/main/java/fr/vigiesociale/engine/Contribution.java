package fr.vigiesociale.engine;

import java.util.Map;

/**
 * Points a rule gives an action, and why: the rule's name, the key of its reason text, the
 * scenario facts it read ({@code path -> value}) and any extra text parameters. A trigger
 * contribution opens the action; a context one only raises an action already suggested.
 */
public record Contribution(
        String action,
        String rule,
        String reasonKey,
        double points,
        Map<String, Object> facts,
        Map<String, String> params,
        boolean context) {

    public Contribution {
        facts = Map.copyOf(facts);
        params = Map.copyOf(params);
    }
}
