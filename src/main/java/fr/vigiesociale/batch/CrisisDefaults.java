package fr.vigiesociale.batch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario fields given for the whole file (the crisis the territories share: kind, phase, hazard,
 * lockdown, weeks), by contract path; a row's own column overrides them.
 */
public record CrisisDefaults(Map<String, String> values) {

    public static final CrisisDefaults NONE = new CrisisDefaults(Map.of());

    /** The short names the command line ({@code --kind}), the REST API and the web form use, by contract path. */
    public static final Map<String, String> PARAMETERS = Map.of("kind", "crisis.kind", "phase", "crisis.phase",
            "hazard", "crisis.hazard", "lockdown", "crisis.lockdown", "weeks", "crisis.weeksElapsed");

    public CrisisDefaults {
        values = Map.copyOf(new LinkedHashMap<>(values));
    }

    /** From short names ({@code kind=health}); blank values are left to the file, enum values upper-cased. */
    public static CrisisDefaults fromParameters(Map<String, String> byName) {
        Map<String, String> values = new LinkedHashMap<>();
        PARAMETERS.forEach((name, path) -> {
            String v = byName.get(name);
            if (v != null && !v.isBlank()) {
                values.put(path, v.strip().toUpperCase(Locale.ROOT));
            }
        });
        return new CrisisDefaults(values);
    }
}
