package fr.vigiesociale.scenario;

import java.util.List;

/**
 * A scenario file that breaks contract v1: it carries every error found in the file, each with
 * its field path and position. Render the errors with
 * {@link fr.vigiesociale.i18n.Messages#describe(String, ScenarioError)}.
 */
public final class InvalidScenarioException extends RuntimeException {

    /**
     * At most this many errors are kept and shown; past it, one more says how many were left out,
     * so that a file of a hundred thousand mistakes gets an answer as short as one of a hundred.
     */
    public static final int MAX_SHOWN = 100;

    private final String source;
    private final transient List<ScenarioError> errors;

    public InvalidScenarioException(String source, List<ScenarioError> errors) {
        super(source + ": " + errors.size() + " error(s), first: " + errors.get(0));
        this.source = source;
        this.errors = capped(errors);
    }

    /** The first {@link #MAX_SHOWN} errors, then one saying how many more: a refusal never grows with its input. */
    public static List<ScenarioError> capped(List<ScenarioError> all) {
        if (all.size() <= MAX_SHOWN) {
            return List.copyOf(all);
        }
        List<ScenarioError> kept = new java.util.ArrayList<>(all.subList(0, MAX_SHOWN));
        kept.add(ScenarioError.global("moreErrors", Integer.toString(all.size() - MAX_SHOWN)));
        return List.copyOf(kept);
    }

    /** The file name (or other source label) the scenario came from. */
    public String source() {
        return source;
    }

    public List<ScenarioError> errors() {
        return errors;
    }
}
