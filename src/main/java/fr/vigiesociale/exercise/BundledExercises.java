package fr.vigiesociale.exercise;

import fr.vigiesociale.scenario.BundledFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The exercises bundled in the jar under {@code scenarios/exercises/}. Read once, sorted by id. */
public final class BundledExercises {

    private final List<Exercise> exercises;

    private BundledExercises(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    /**
     * Reads every bundled exercise.
     *
     * @throws IllegalStateException if the jar's index is missing (a broken build)
     * @throws InvalidExerciseException if a bundled exercise is invalid (a broken build too)
     */
    public static BundledExercises load(ExerciseReader reader) {
        List<Exercise> all = new ArrayList<>();
        for (BundledFiles.File f : BundledFiles.under(rel -> rel.matches("exercises/[^/]+"))) {
            all.add(reader.read(f.name(), f.content(), f.format()));
        }
        all.sort(Comparator.comparing(Exercise::id));
        return new BundledExercises(all);
    }

    /** Every bundled exercise, sorted by id. */
    public List<Exercise> all() {
        return exercises;
    }

    public Optional<Exercise> byId(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
