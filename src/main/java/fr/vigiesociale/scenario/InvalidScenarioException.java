package fr.vigiesociale.scenario;

import java.util.List;

/**
 * A scenario file that breaks contract v1: it carries every error found in the file, each with
 * its field path and position. Render the errors with
 * {@link fr.vigiesociale.i18n.Messages#describe(String, ScenarioError)}.
 */
public final class InvalidScenarioException extends RuntimeException {

    private final String source;
    private final transient List<ScenarioError> errors;

    public InvalidScenarioException(String source, List<ScenarioError> errors) {
        super(source + ": " + errors.size() + " error(s), first: " + errors.get(0));
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    /** The file name (or other source label) the scenario came from. */
    public String source() {
        return source;
    }

    public List<ScenarioError> errors() {
        return errors;
    }
}
