package fr.vigiesociale.scenario;

import fr.vigiesociale.scenario.ScenarioError.Located;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses JSON or YAML into a {@link SourceTree} with positions, collecting problems (duplicate
 * keys, aliases, syntax errors) instead of stopping at the first one where it can.
 *
 * <p>Hostile input is bounded: the caller caps the file size; nesting depth and string length are
 * capped here; YAML aliases are refused outright (a scenario never needs them, and an alias
 * "bomb" cannot expand).
 */
public final class TreeParser {

    static final int MAX_DEPTH = 16;
    static final int MAX_STRING_LENGTH = 100_000;
    static final int MAX_NUMBER_LENGTH = 40;
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH).build();

    // token streams only: no object mapper, whose hundreds of classes a file refused at once never needs
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS)
            .loadSettings(LoadSettings.builder()
                    .setAllowDuplicateKeys(true) // reported by us, with both lines
                    .setMaxAliasesForCollections(0)
                    .setCodePointLimit(ScenarioReader.MAX_BYTES)
                    .setAllowNonScalarKeys(false)
                    .build())
            .build();

    private final List<ScenarioError> errors;

    public TreeParser(List<ScenarioError> errors) {
        this.errors = errors;
    }

    /** The root node, or {@code null} when the file could not be parsed (errors say why). */
    public SourceTree parse(byte[] content, ScenarioReader.Format format) {
        JsonParser parser = null;
        try {
            if (format == ScenarioReader.Format.JSON) {
                // decoded here: the JSON reader would take a file with zero bytes for UTF-16 or UTF-32
                Utf8.Decoded text = Utf8.decode(content);
                if (!text.valid()) {
                    errors.add(new ScenarioError("", text.line(), text.column(), "encoding", List.of()));
                    return null;
                }
                parser = JSON.createParser(ObjectReadContext.empty(), text.text().toCharArray());
            } else {
                parser = YAML.createParser(ObjectReadContext.empty(), content);
            }
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.add(ScenarioError.emptyFile());
                return null;
            }
            SourceTree root = node(parser, "");
            if (root != null && parser.nextToken() != null) {
                errors.add(ScenarioError.at("", where(parser.currentTokenLocation()), "trailingContent"));
            }
            return root;
        } catch (JacksonException e) {
            errors.add(SyntaxErrors.of(e, parser, format, content));
            return null;
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private SourceTree node(JsonParser p, String path) {
        Located where = where(p.currentTokenLocation());
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            errors.add(ScenarioError.at(path, where, "alias"));
            return new SourceTree.Scalar(null, where);
        }
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<SourceTree.Entry> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    Located keyAt = where(p.currentTokenLocation());
                    p.nextToken();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    SourceTree value = node(p, childPath);
                    if (!seen.add(key)) {
                        errors.add(ScenarioError.at(childPath, keyAt, "duplicateKey", key));
                    } else {
                        entries.add(new SourceTree.Entry(key, keyAt, value));
                    }
                }
                return new SourceTree.Mapping(entries, where);
            }
            case START_ARRAY -> {
                List<SourceTree> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(p, path + "[" + i++ + "]"));
                }
                return new SourceTree.Sequence(items, where);
            }
            case VALUE_STRING -> {
                return new SourceTree.Scalar(p.getString(), where);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new SourceTree.Scalar(p.getNumberValue(), where);
            }
            case VALUE_TRUE -> {
                return new SourceTree.Scalar(Boolean.TRUE, where);
            }
            case VALUE_FALSE -> {
                return new SourceTree.Scalar(Boolean.FALSE, where);
            }
            case VALUE_NULL -> {
                return new SourceTree.Scalar(null, where);
            }
            default -> {
                errors.add(ScenarioError.at(path, where, "unsupportedValue", token.name()));
                return new SourceTree.Scalar(null, where);
            }
        }
    }

    private static Located where(TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return Located.UNKNOWN;
        }
        return new Located(loc.getLineNr(), Math.max(loc.getColumnNr(), 0));
    }
}
