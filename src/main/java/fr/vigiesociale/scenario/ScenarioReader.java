package fr.vigiesociale.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        String source = file.toString();
        Format format = Format.ofFileName(file.getFileName().toString());
        if (format == null) {
            throw new InvalidScenarioException(source, List.of(ScenarioError.global("extension")));
        }
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidScenarioException(source,
                        List.of(ScenarioError.global("tooLarge", Integer.toString(MAX_BYTES / 1024))));
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidScenarioException(source, List.of(ScenarioError.global("notFound")));
        } catch (IOException e) {
            throw new InvalidScenarioException(source, List.of(ScenarioError.global("unreadable", e.getMessage())));
        }
        return read(source, content, format);
    }

    /**
     * Reads scenario content already in memory.
     *
     * @param source a label for messages, usually the file name
     * @throws InvalidScenarioException listing every error found
     */
    public Scenario read(String source, byte[] content, Format format) {
        if (content.length > MAX_BYTES) {
            throw new InvalidScenarioException(source,
                    List.of(ScenarioError.global("tooLarge", Integer.toString(MAX_BYTES / 1024))));
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
