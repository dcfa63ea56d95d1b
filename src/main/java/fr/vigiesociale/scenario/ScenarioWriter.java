package fr.vigiesociale.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a scenario back as a contract v1 file (YAML or JSON), fields in contract order and
 * unknown fields left out, so that {@link ScenarioReader} reads it back to an equal scenario.
 */
public final class ScenarioWriter {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ScenarioWriter() {
    }

    public static String yaml(Scenario s) {
        return yaml(tree(s.fields()));
    }

    public static String json(Scenario s) {
        return json(tree(s.fields()));
    }

    /** Any file tree (maps, lists, plain values) as YAML the way a person writes it: no quotes where none are needed. */
    public static String yaml(Object tree) {
        return YAML.writeValueAsString(tree);
    }

    /** Any file tree as indented JSON. */
    public static String json(Object tree) {
        return JSON.writeValueAsString(tree);
    }

    /**
     * Nests {@code path -> value} pairs ({@code indicators.foodAidRequestsChangePct -> 80}) into the
     * blocks of a scenario file. Enums become their names and whole numbers integers, as a person
     * would write them. Values of unknown types are kept as they are, for the reader to judge.
     */
    public static Map<String, Object> tree(Map<String, ?> fields) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            String path = e.getKey();
            int dot = path.indexOf('.');
            Map<String, Object> parent = root;
            if (dot > 0) {
                @SuppressWarnings("unchecked")
                Map<String, Object> block = (Map<String, Object>) root.computeIfAbsent(
                        path.substring(0, dot), k -> new LinkedHashMap<String, Object>());
                parent = block;
            }
            parent.put(path.substring(dot + 1), plain(e.getValue()));
        }
        return root;
    }

    private static Object plain(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        return v;
    }
}
