package fr.vigiesociale.exercise;

import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.scenario.ScenarioReader.Format;
import fr.vigiesociale.scenario.SourceTree;
import fr.vigiesociale.scenario.TreeParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads an exercise file as strictly as a scenario: YAML or JSON, unknown keys refused with a
 * suggestion, every error of the file reported together with its line. The base scenario may be
 * written inline, named by the id of a bundled scenario, or (for a file on disk only) given as a
 * path relative to the exercise file. Thread-safe.
 */
public final class ExerciseReader {

    private final BundledScenarios bundled;
    private final Supplier<Set<String>> actionIds;

    /**
     * @param bundled   the scenarios an exercise may name by id
     * @param actionIds the action catalogue, against which expected actions are checked
     */
    public ExerciseReader(BundledScenarios bundled, Set<String> actionIds) {
        this(bundled, fixed(Set.copyOf(actionIds)));
    }

    /**
     * @param bundled   the scenarios an exercise may name by id
     * @param actionIds the action catalogue as it is when a file is read (a rule base reloaded while
     *                  the server runs may change it)
     */
    public ExerciseReader(BundledScenarios bundled, Supplier<Set<String>> actionIds) {
        this.bundled = bundled;
        this.actionIds = actionIds;
    }

    private static Supplier<Set<String>> fixed(Set<String> ids) {
        return () -> ids;
    }

    /** Reads a file; its base scenario may be another file, relative to this one. */
    public Exercise read(Path file) {
        String source = file.toString();
        ScenarioReader.FileContent f = ScenarioReader.load(file, "exercise.extension", e -> invalid(source, e));
        return read(source, f.content(), f.format(), file.getParent() == null ? Path.of("") : file.getParent());
    }

    /**
     * Reads exercise content already in memory (an upload, a request body). Its base scenario must
     * be inline or a bundled id: there is no folder to resolve a file name against.
     */
    public Exercise read(String source, byte[] content, Format format) {
        return read(source, content, format, null);
    }

    private Exercise read(String source, byte[] content, Format format, Path folder) {
        if (content.length > ScenarioReader.MAX_BYTES) {
            throw invalid(source, ScenarioReader.tooLarge());
        }
        List<ScenarioError> errors = new ArrayList<>();
        SourceTree root = new TreeParser(errors).parse(content, format);
        errors.replaceAll(ExerciseReader::asExerciseError);
        ExerciseValidator validator = new ExerciseValidator(errors, bundled, actionIds.get(), folder);
        Exercise exercise = root == null ? null : validator.validate(root);
        if (!errors.isEmpty() || exercise == null) {
            throw new InvalidExerciseException(source, errors, validator.referencedFailures());
        }
        return exercise;
    }

    /** The parser's whole-file messages speak of a scenario; say "exercise" instead. */
    private static ScenarioError asExerciseError(ScenarioError e) {
        return switch (e.code()) {
            case "empty", "trailingContent" -> new ScenarioError(e.path(), e.line(), e.column(),
                    "exercise." + e.code(), e.args());
            default -> e;
        };
    }

    private static InvalidExerciseException invalid(String source, ScenarioError error) {
        return new InvalidExerciseException(source, List.of(error), List.of());
    }
}
