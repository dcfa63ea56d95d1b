package fr.vigiesociale.exercise;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.scenario.Scenario;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One event of an exercise, as the trainer announces it.
 *
 * @param time            the time label players see ("J+3", "Semaine 2")
 * @param addressedTo     the institutions the inject is sent to (all of the exercise's when the
 *                        file does not say)
 * @param changes         the scenario fields it changes, {@code path -> new value}; a {@code null}
 *                        value means the fact is no longer known
 * @param expectedActions the action ids the trainer expects players to take, possibly none
 * @param durationMinutes the time the trainer plans to give players before the next inject
 */
public record Inject(
        String id,
        String time,
        String title,
        String narrative,
        List<Actor> addressedTo,
        Map<String, Object> changes,
        List<String> expectedActions,
        int durationMinutes) {

    public Inject {
        Objects.requireNonNull(id, "id");
        addressedTo = List.copyOf(addressedTo);
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes)); // keeps null values
        expectedActions = List.copyOf(expectedActions);
    }

    /** The scenario as it stands once this inject has happened. */
    public Scenario applyTo(Scenario before) {
        Map<String, Object> fields = new LinkedHashMap<>(before.fields());
        changes.forEach((path, value) -> {
            if (value == null) {
                fields.remove(path);
            } else {
                fields.put(path, value);
            }
        });
        return Scenario.fromFields(fields);
    }
}
