package fr.vigiesociale.exercise;

import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.ScenarioError;
import java.util.List;

/**
 * An exercise file that cannot be played: every error of the file with its path and position,
 * and, when the base scenario is another file that is itself invalid, that file's errors.
 * Render the errors with {@link fr.vigiesociale.i18n.Messages#describe(String, ScenarioError)}.
 */
public final class InvalidExerciseException extends RuntimeException {

    private final String source;
    private final transient List<ScenarioError> errors;
    private final transient List<InvalidScenarioException> referencedScenarios;

    public InvalidExerciseException(String source, List<ScenarioError> errors,
                                    List<InvalidScenarioException> referencedScenarios) {
        super(source + ": " + errors.size() + " error(s), first: " + errors.get(0));
        this.source = source;
        this.errors = InvalidScenarioException.capped(errors);
        this.referencedScenarios = List.copyOf(referencedScenarios);
    }

    /** The file name (or other label) the exercise came from. */
    public String source() {
        return source;
    }

    public List<ScenarioError> errors() {
        return errors;
    }

    /** The base scenario file's own errors, when the exercise refers to a file that is invalid. */
    public List<InvalidScenarioException> referencedScenarios() {
        return referencedScenarios;
    }
}
