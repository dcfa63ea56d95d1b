package fr.vigiesociale.exercise;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cross-institutional crisis exercise: what it trains, who takes part, the situation it starts
 * from and the injects that make it worse, in order.
 *
 * @param scenarioRef how the file named its base scenario (a bundled id or a file path), or
 *                    {@code null} when the scenario was written inline
 */
public record Exercise(
        int exerciseVersion,
        String id,
        String title,
        String description,
        List<String> objectives,
        List<Actor> institutions,
        String scenarioRef,
        Scenario scenario,
        List<Inject> injects) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        objectives = List.copyOf(objectives);
        institutions = List.copyOf(institutions);
        injects = List.copyOf(injects);
    }

    public Optional<Inject> inject(String injectId) {
        return injects.stream().filter(i -> i.id().equals(injectId)).findFirst();
    }
}
