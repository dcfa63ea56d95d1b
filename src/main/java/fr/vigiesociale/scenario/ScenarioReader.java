package fr.vigiesociale.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a scenario file strictly, as contract v1 §1 says: YAML or JSON, unknown keys refused with
 * a suggestion, types, ranges and enums checked, all errors of a file reported together.
 * Thread-safe and stateless.
 */
public final class ScenarioReader {

    /** Scenario files larger than this are refused before parsing (a scenario is a few KB). */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The two file formats of contract v1. */
    public enum Format {
        YAML, JSON;

        /** The format of a file name, from its extension ({@code .yaml}, {@code .yml}, {@code .json}). */
        public static Format ofFileName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".yaml") || n.endsWith(".yml")) {
                return YAML;
            }
            if (n.endsWith(".json")) {
                return JSON;
            }
            return null;
        }
    }

    /** Reads a file, choosing the format from its extension. */
    public Scenario read(Path file) {
        FileContent f = load(file, "extension", e -> new InvalidScenarioException(file.toString(), List.of(e)));
        return read(file.toString(), f.content(), f.format());
    }

    /** A file's bytes and its format (from its extension). */
    public record FileContent(byte[] content, Format format) { }

    /**
     * Loads a YAML or JSON file of at most {@link #MAX_BYTES}; anything that stops it being read
     * (an unknown extension — reported with {@code extensionError} —, too large, missing, unreadable)
     * is one error, thrown as {@code refuse} makes it. Shared by the scenario and exercise readers.
     */
    public static FileContent load(Path file, String extensionError, Function<ScenarioError, ? extends RuntimeException> refuse) {
        Format format = Format.ofFileName(file.getFileName().toString());
        if (format == null) {
            throw refuse.apply(ScenarioError.global(extensionError));
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw refuse.apply(tooLarge());
            }
            return new FileContent(Files.readAllBytes(file), format);
        } catch (NoSuchFileException e) {
            throw refuse.apply(ScenarioError.global("notFound"));
        } catch (IOException e) {
            throw refuse.apply(ScenarioError.global("unreadable", e.getMessage()));
        }
    }

    /** The error for content over {@link #MAX_BYTES}. */
    public static ScenarioError tooLarge() {
        return ScenarioError.global("tooLarge", Integer.toString(MAX_BYTES / 1024));
    }

    /**
     * Reads scenario content already in memory.
     *
     * @param source a label for messages, usually the file name
     * @throws InvalidScenarioException listing every error found
     */
    public Scenario read(String source, byte[] content, Format format) {
        if (content.length > MAX_BYTES) {
            throw new InvalidScenarioException(source, List.of(tooLarge()));
        }
        List<ScenarioError> errors = new ArrayList<>();
        SourceTree root = new TreeParser(errors).parse(content, format);
        Map<String, Object> values = root == null ? Map.of() : ScenarioValidator.scenario(root, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException(source, errors);
        }
        return Scenario.fromFields(values);
    }
}
