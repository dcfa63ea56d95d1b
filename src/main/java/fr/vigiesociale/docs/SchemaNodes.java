package fr.vigiesociale.docs;

import java.util.Arrays;
import tools.jackson.databind.node.ObjectNode;

/** Small builders for the API's JSON Schemas: typed properties, enums from Java enums, references. */
final class SchemaNodes {

    private SchemaNodes() {
    }

    static ObjectNode node() {
        return ScenarioSchema.JSON.createObjectNode();
    }

    /** An object with the given description; {@code required} lists the properties always present. */
    static ObjectNode object(String description, String... required) {
        ObjectNode n = node().put("type", "object").put("description", description);
        n.putObject("properties");
        if (required.length > 0) {
            Arrays.stream(required).forEach(n.putArray("required")::add);
        }
        return n;
    }

    static ObjectNode props(ObjectNode object) {
        return (ObjectNode) object.get("properties");
    }

    static ObjectNode string(String description) {
        return node().put("type", "string").put("description", description);
    }

    static ObjectNode integer(String description) {
        return node().put("type", "integer").put("description", description);
    }

    static ObjectNode number(String description) {
        return node().put("type", "number").put("description", description);
    }

    static ObjectNode bool(String description) {
        return node().put("type", "boolean").put("description", description);
    }

    /** A string that is one of an enum's names, in their declared order. */
    static ObjectNode oneOf(Class<? extends Enum<?>> type, String description) {
        ObjectNode n = node().put("type", "string").put("description", description);
        Arrays.stream(type.getEnumConstants()).map(Enum::name).forEach(n.putArray("enum")::add);
        return n;
    }

    /** A value of one of several JSON types ("number", "null"…); {@code description} may be null. */
    static ObjectNode types(String description, String... types) {
        ObjectNode n = node();
        if (description != null) {
            n.put("description", description);
        }
        Arrays.stream(types).forEach(n.putArray("type")::add);
        return n;
    }

    /** An object whose keys are free (a path, an id) and whose values all follow {@code values}. */
    static ObjectNode mapOf(ObjectNode values, String description) {
        ObjectNode n = node().put("type", "object").put("description", description);
        n.set("additionalProperties", values);
        return n;
    }

    static ObjectNode array(ObjectNode items, String description) {
        ObjectNode n = node().put("type", "array").put("description", description);
        n.set("items", items);
        return n;
    }

    /** A reference to another named schema; {@link ApiSchemas} rewrites it for the document it goes into. */
    static ObjectNode ref(String name) {
        return node().put("$ref", ApiSchemas.REF + name);
    }

    /** A fact's value as a scenario holds it: a number, a yes/no or a text. */
    static ObjectNode factValue() {
        return types(null, "number", "boolean", "string");
    }
}
