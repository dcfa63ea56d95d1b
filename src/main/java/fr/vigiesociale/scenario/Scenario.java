package fr.vigiesociale.scenario;

import java.util.Map;
import java.util.Objects;

/**
 * One territory's crisis situation (contract v1 §1). Optional blocks are never {@code null}: an
 * absent block is a block whose fields are all unknown.
 */
public record Scenario(
        int schemaVersion,
        String id,
        String title,
        String description,
        Territory territory,
        Crisis crisis,
        Indicators indicators,
        Governance governance,
        Resources resources,
        Practices practices) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(crisis, "crisis");
        indicators = indicators == null ? Indicators.NONE : indicators;
        governance = governance == null ? Governance.UNKNOWN : governance;
        resources = resources == null ? Resources.UNKNOWN : resources;
        practices = practices == null ? Practices.UNKNOWN : practices;
    }

    /** Every known field as {@code path -> value} in contract order (enums as their names). */
    public Map<String, Object> fields() {
        return ScenarioFields.flatten(this);
    }

    /** Rebuilds a scenario from {@code path -> value} pairs, as produced by {@link #fields()}. */
    public static Scenario fromFields(Map<String, ?> fields) {
        return ScenarioFields.bind(fields);
    }
}
