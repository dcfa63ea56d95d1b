package fr.vigiesociale.docs;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.ScenarioFields;
import fr.vigiesociale.scenario.ScenarioValidator;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of scenario format v1, built from {@link ScenarioFields}, the
 * same catalogue the reader validates against. Titles and descriptions come from the message
 * bundle, so editors that read schemas (VS Code, IntelliJ) show the French help while typing.
 *
 * <p>The schema says what a valid file looks like; the reader says it better (did-you-mean,
 * every error with its line), and both accept exactly the same files for the bundled scenarios.
 */
public final class ScenarioSchema {

    public static final String ID = "urn:vigie-sociale:schema:scenario:v1";
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** The reader's identifier pattern, anchored as JSON Schema patterns need. */
    static final String SLUG = "^" + ScenarioValidator.SLUG.pattern() + "$";

    private ScenarioSchema() {
    }

    /** The schema, pretty-printed, ending with a newline. */
    public static String json(Lang lang) {
        return JSON.writeValueAsString(build(Messages.of(lang))) + "\n";
    }

    static ObjectNode build(Messages m) {
        ObjectNode root = root(ID, m.get("docs.schema.title"), m.get("docs.schema.description"));
        ObjectNode rootProps = object(root);
        ArrayNode rootRequired = root.putArray("required");
        for (FieldSpec f : ScenarioFields.all()) {
            if (f.block().isEmpty()) {
                rootProps.set(f.path(), field(f, m));
                if (f.required()) {
                    rootRequired.add(f.path());
                }
            }
        }
        for (String block : ScenarioFields.BLOCKS) {
            ObjectNode b = rootProps.putObject(block);
            b.put("title", m.get("block." + block));
            if (m.has("block.help." + block)) {
                b.put("description", m.get("block.help." + block));
            }
            ObjectNode props = object(b);
            ArrayNode required = JSON.createArrayNode();
            for (FieldSpec f : ScenarioFields.inBlock(block)) {
                props.set(f.key(), field(f, m));
                if (f.required()) {
                    required.add(f.key());
                }
            }
            if (!required.isEmpty()) {
                b.set("required", required);
            }
            if (ScenarioFields.isRequiredBlock(block)) {
                rootRequired.add(block);
            }
        }
        hazardRules(root.putArray("allOf"));
        return root;
    }

    /** What the reader checks across fields: a hazard needs schema version 2 and belongs to the crisis kind. */
    private static void hazardRules(ArrayNode allOf) {
        ObjectNode v2 = allOf.addObject();
        v2.putObject("if").put("type", "object").putArray("required").add("crisis");
        ((ObjectNode) v2.get("if")).putObject("properties").putObject("crisis").putArray("required").add("hazard");
        v2.putObject("then").putObject("properties").putObject("schemaVersion").put("const", ScenarioFields.SCHEMA_VERSION);
        for (fr.vigiesociale.scenario.CrisisKind kind : fr.vigiesociale.scenario.CrisisKind.values()) {
            ObjectNode rule = allOf.addObject();
            ObjectNode crisisIf = rule.putObject("if").putObject("properties").putObject("crisis");
            crisisIf.putObject("properties").putObject("kind").put("const", kind.name());
            crisisIf.putArray("required").add("kind");
            ObjectNode hazard = rule.putObject("then").putObject("properties").putObject("crisis").putObject("properties");
            List<String> hazards = java.util.Arrays.stream(fr.vigiesociale.scenario.Hazard.values())
                    .filter(h -> h.kind() == kind).map(Enum::name).toList();
            if (hazards.isEmpty()) {
                hazard.put("hazard", false);
            } else {
                hazards.forEach(hazard.putObject("hazard").putArray("enum")::add);
            }
        }
    }

    /** A draft 2020-12 schema document with its id, title and description. */
    static ObjectNode root(String id, String title, String description) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", id);
        root.put("title", title);
        root.put("description", description);
        return root;
    }

    static ObjectNode object(ObjectNode node) {
        node.put("type", "object");
        node.put("additionalProperties", false);
        return node.putObject("properties");
    }

    static ObjectNode field(FieldSpec f, Messages m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("title", m.get(f.helpKey()));
        n.put("description", FieldTexts.description(f, m));
        switch (f.type()) {
            case INTEGER -> n.put("type", "integer");
            case NUMBER -> n.put("type", "number");
            case BOOLEAN -> n.put("type", "boolean");
            case TEXT -> {
                n.put("type", "string");
                n.put("pattern", "\\S");
            }
            case FREE_TEXT -> n.put("type", "string");
            case SLUG -> {
                n.put("type", "string");
                n.put("pattern", SLUG);
            }
            case ENUM -> {
                ArrayNode values = n.putArray("enum");
                f.allowed().forEach(values::add);
            }
        }
        if (f.min() != null && f.max() != null && f.min().equals(f.max())) {
            n.put("const", f.min().longValue());
        } else {
            if (f.min() != null) {
                putNumber(n, "minimum", f.min());
            }
            if (f.max() != null) {
                putNumber(n, "maximum", f.max());
            }
        }
        if (f.defaultValue() instanceof Boolean b) {
            n.put("default", b);
        } else if (f.defaultValue() != null) {
            n.put("default", f.defaultValue().toString());
        }
        return n;
    }

    private static void putNumber(ObjectNode n, String name, double v) {
        if (v == Math.rint(v)) {
            n.put(name, (long) v);
        } else {
            n.put(name, v);
        }
    }
}
