package fr.vigiesociale.scenario;

import java.util.List;

/**
 * One problem found in a scenario file: the field path ({@code indicators.pupilsOutOfContactPct},
 * or {@code ""} for the whole file), the line and column where it stands (0 when unknown), a
 * message code ({@code error.<code>} in the message bundles) and the arguments of that message.
 */
public record ScenarioError(String path, int line, int column, String code, List<String> args) {

    public ScenarioError {
        args = List.copyOf(args);
    }

    public static ScenarioError at(String path, Located where, String code, String... args) {
        return new ScenarioError(path, where.line(), where.column(), code, List.of(args));
    }

    public static ScenarioError global(String code, String... args) {
        return new ScenarioError("", 0, 0, code, List.of(args));
    }

    /** An empty file: refused where its first line should be. */
    public static ScenarioError emptyFile() {
        return new ScenarioError("", 1, 1, "empty", List.of());
    }

    public String messageKey() {
        return "error." + code;
    }

    /** A position in the source file; 1-based, 0 when unknown. */
    public record Located(int line, int column) {
        public static final Located UNKNOWN = new Located(0, 0);
    }
}
