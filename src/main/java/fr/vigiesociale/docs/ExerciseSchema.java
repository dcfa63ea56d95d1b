package fr.vigiesociale.docs;

import fr.vigiesociale.exercise.ExerciseFormat;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.ScenarioFields;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of exercise format v1. Its bounds come from
 * {@link ExerciseFormat}, the inline scenario and the inject changes from {@link ScenarioFields}
 * (through {@link ScenarioSchema}), so the schema and the reader cannot drift apart.
 */
public final class ExerciseSchema {

    public static final String ID = "urn:vigie-sociale:schema:exercise:v1";
    private static final JsonMapper JSON = ScenarioSchema.JSON;
    private static final String SLUG = ScenarioSchema.SLUG;
    private static final String NOT_BLANK = "\\S";

    private ExerciseSchema() {
    }

    /** The schema, pretty-printed, ending with a newline. */
    public static String json(Lang lang) {
        return JSON.writeValueAsString(build(Messages.of(lang))) + "\n";
    }

    static ObjectNode build(Messages m) {
        ObjectNode root = ScenarioSchema.root(ID, m.get("docs.exercise.title"), m.get("docs.exercise.description"));
        ObjectNode props = ScenarioSchema.object(root);
        ArrayNode required = root.putArray("required");
        for (String key : ExerciseFormat.REQUIRED_KEYS) {
            required.add(key);
        }
        props.set("exerciseVersion", described(m, "exerciseVersion").put("const", ExerciseFormat.VERSION));
        props.set("id", text(m, "id", 80).put("pattern", SLUG));
        props.set("title", text(m, "title", ExerciseFormat.MAX_TITLE).put("pattern", NOT_BLANK));
        props.set("description", text(m, "description", ExerciseFormat.MAX_TEXT));
        props.set("objectives", list(m, "objectives", 1, ExerciseFormat.MAX_OBJECTIVES,
                JSON.createObjectNode().put("type", "string").put("pattern", NOT_BLANK)
                        .put("maxLength", ExerciseFormat.MAX_OBJECTIVE)));
        props.set("institutions", list(m, "institutions", ExerciseFormat.MIN_INSTITUTIONS, Actor.values().length,
                JSON.createObjectNode().put("$ref", "#/$defs/institution")).put("uniqueItems", true));
        ObjectNode scenario = described(m, "scenario");
        ArrayNode oneOf = scenario.putArray("oneOf");
        oneOf.addObject().put("title", m.get("docs.exercise.scenario.bundled")).put("type", "string").put("pattern", SLUG);
        oneOf.addObject().put("title", m.get("docs.exercise.scenario.file")).put("type", "string")
                .put("pattern", "\\.(ya?ml|json)$");
        oneOf.addObject().put("title", m.get("docs.exercise.scenario.inline")).put("$ref", "#/$defs/scenario");
        props.set("scenario", scenario);
        props.set("injects", list(m, "injects", 1, ExerciseFormat.MAX_INJECTS,
                JSON.createObjectNode().put("$ref", "#/$defs/inject")));

        ObjectNode defs = root.putObject("$defs");
        ObjectNode institution = defs.putObject("institution");
        institution.put("title", m.get("docs.exercise.institution"));
        ArrayNode actors = institution.putArray("enum");
        for (Actor a : Actor.values()) {
            actors.add(a.name());
        }
        ObjectNode inline = ScenarioSchema.build(m);
        inline.remove("$schema");
        inline.remove("$id");
        defs.set("scenario", inline);
        defs.set("inject", inject(m));
        defs.set("changes", changes(m));
        return root;
    }

    private static ObjectNode inject(Messages m) {
        ObjectNode inject = JSON.createObjectNode();
        inject.put("title", m.get("docs.exercise.inject"));
        ObjectNode props = ScenarioSchema.object(inject);
        ArrayNode required = inject.putArray("required");
        for (String key : ExerciseFormat.INJECT_REQUIRED_KEYS) {
            required.add(key);
        }
        props.set("id", text(m, "inject.id", 80).put("pattern", SLUG));
        props.set("time", text(m, "inject.time", ExerciseFormat.MAX_TIME_LABEL).put("pattern", NOT_BLANK));
        props.set("title", text(m, "inject.title", ExerciseFormat.MAX_TITLE).put("pattern", NOT_BLANK));
        props.set("narrative", text(m, "inject.narrative", ExerciseFormat.MAX_TEXT).put("pattern", NOT_BLANK));
        props.set("addressedTo", list(m, "inject.addressedTo", 1, Actor.values().length,
                JSON.createObjectNode().put("$ref", "#/$defs/institution")).put("uniqueItems", true));
        props.set("changes", described(m, "inject.changes").put("$ref", "#/$defs/changes"));
        props.set("expectedActions", list(m, "inject.expectedActions", 0, ExerciseFormat.MAX_EXPECTED,
                JSON.createObjectNode().put("type", "string").put("pattern", "^[A-Z0-9-]+$")).put("uniqueItems", true));
        props.set("durationMinutes", described(m, "inject.durationMinutes").put("type", "integer")
                .put("minimum", 1).put("maximum", ExerciseFormat.MAX_DURATION));
        return inject;
    }

    /** The blocks of a scenario, every field optional, {@code null} allowed where the field is optional. */
    private static ObjectNode changes(Messages m) {
        ObjectNode changes = JSON.createObjectNode();
        changes.put("title", m.get("docs.exercise.changes"));
        ObjectNode props = ScenarioSchema.object(changes);
        for (String block : ScenarioFields.BLOCKS) {
            ObjectNode b = props.putObject(block);
            b.put("title", m.get("block." + block));
            ObjectNode fields = ScenarioSchema.object(b);
            for (FieldSpec f : ScenarioFields.inBlock(block)) {
                ObjectNode field = ScenarioSchema.field(f, m);
                fields.set(f.key(), f.required() ? field : nullable(field));
            }
        }
        return changes;
    }

    private static ObjectNode nullable(ObjectNode field) {
        ObjectNode n = JSON.createObjectNode();
        n.put("title", field.get("title").asString());
        ArrayNode anyOf = n.putArray("anyOf");
        anyOf.add(field);
        anyOf.addObject().put("type", "null");
        return n;
    }

    private static ObjectNode described(Messages m, String key) {
        ObjectNode n = JSON.createObjectNode();
        n.put("title", m.get("docs.exercise.field." + key));
        return n;
    }

    private static ObjectNode text(Messages m, String key, int maxLength) {
        return described(m, key).put("type", "string").put("maxLength", maxLength);
    }

    private static ObjectNode list(Messages m, String key, int min, int max, ObjectNode items) {
        ObjectNode n = described(m, key).put("type", "array").put("minItems", min).put("maxItems", max);
        n.set("items", items);
        return n;
    }
}
