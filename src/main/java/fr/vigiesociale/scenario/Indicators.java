package fr.vigiesociale.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The known crisis indicators; an indicator missing from the map is unknown (never 0). */
public record Indicators(Map<Indicator, Double> values) {

    public static final Indicators NONE = new Indicators(Map.of());

    public Indicators {
        EnumMap<Indicator, Double> copy = new EnumMap<>(Indicator.class);
        values.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public Optional<Double> value(Indicator indicator) {
        return Optional.ofNullable(values.get(indicator));
    }

    public boolean isKnown(Indicator indicator) {
        return values.containsKey(indicator);
    }
}
