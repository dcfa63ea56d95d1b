package fr.vigiesociale.exercise;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.i18n.Lang;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The entry point for exercises, next to {@link fr.vigiesociale.api.VigieSociale}:
 *
 * <pre>{@code
 * RuleBase rules = VigieSociale.bundledRules();
 * Exercise exercise = Exercises.read(Path.of("scenarios/exercises/canicule-isolement.yaml"), rules);
 * Timeline timeline = Timeline.play(rules, exercise, Lang.FR);
 * timeline.steps().forEach(s -> System.out.println(s.inject().time() + " " + s.changes().added()));
 * }</pre>
 */
public final class Exercises {

    private Exercises() {
    }

    /** A reader that checks expected actions against {@code rules}' catalogue and knows the bundled scenarios. */
    public static ExerciseReader reader(RuleBase rules) {
        return reader(rules, BundledScenarios.load());
    }

    /** The same, with bundled scenarios already loaded. */
    public static ExerciseReader reader(RuleBase rules, BundledScenarios scenarios) {
        return new ExerciseReader(scenarios, () -> rules.actions(Lang.FR).stream().map(ActionInfo::id).collect(Collectors.toSet()));
    }

    /**
     * Reads and validates an exercise file.
     *
     * @throws InvalidExerciseException listing every error of the file
     */
    public static Exercise read(Path file, RuleBase rules) {
        return reader(rules).read(file);
    }

    /** The exercises bundled in the jar, checked against {@code rules}. */
    public static BundledExercises bundled(RuleBase rules) {
        return BundledExercises.load(reader(rules));
    }
}
