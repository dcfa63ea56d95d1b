package fr.vigiesociale.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scenario fields given for the whole file (the crisis the territories share: kind, phase, hazard,
 * lockdown, weeks), by contract path; a row's own column overrides them.
 */
public record CrisisDefaults(Map<String, String> values) {

    public static final CrisisDefaults NONE = new CrisisDefaults(Map.of());

    public CrisisDefaults {
        values = Map.copyOf(new LinkedHashMap<>(values));
    }
}
