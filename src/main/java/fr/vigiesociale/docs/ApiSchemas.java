package fr.vigiesociale.docs;

import static fr.vigiesociale.docs.SchemaNodes.array;
import static fr.vigiesociale.docs.SchemaNodes.bool;
import static fr.vigiesociale.docs.SchemaNodes.factValue;
import static fr.vigiesociale.docs.SchemaNodes.integer;
import static fr.vigiesociale.docs.SchemaNodes.mapOf;
import static fr.vigiesociale.docs.SchemaNodes.node;
import static fr.vigiesociale.docs.SchemaNodes.object;
import static fr.vigiesociale.docs.SchemaNodes.oneOf;
import static fr.vigiesociale.docs.SchemaNodes.props;
import static fr.vigiesociale.docs.SchemaNodes.ref;
import static fr.vigiesociale.docs.SchemaNodes.string;
import static fr.vigiesociale.docs.SchemaNodes.types;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every body the REST API reads or writes, as named JSON Schemas (draft 2020-12): the scenario and
 * the exercise from the contract's own schemas, the assessment (contract v1 §2), the comparison,
 * the timeline and the problem document. The OpenAPI document puts them in its components; a
 * standalone schema of one of them, with the others it needs under {@code $defs}, is what
 * {@code docs/assessment-v1.schema.json} holds and what the tests check real answers against.
 */
public final class ApiSchemas {

    /** The prefix of references between these schemas, as the OpenAPI document writes them. */
    public static final String REF = "#/components/schemas/";
    public static final String ASSESSMENT_ID = "urn:vigie-sociale:schema:assessment:v1";

    private ApiSchemas() {
    }

    /** Every schema by name, with references as {@value #REF}{@code Name}. */
    public static Map<String, ObjectNode> all(Lang lang) {
        Messages m = Messages.of(lang);
        Map<String, ObjectNode> schemas = new LinkedHashMap<>();
        ObjectNode scenario = ScenarioSchema.build(m);
        scenario.remove("$schema");
        scenario.remove("$id");
        // the rules across fields (if/then) are left to the server and to the contract's own schema:
        // client generators and example checkers read them wrongly
        scenario.remove("allOf");
        scenario.put("description", scenario.get("description").asString() + " " + m.get("docs.schema.crossFieldRules"));
        schemas.put("Scenario", scenario);
        named(scenario, "Scenario", schemas);
        exercise(m, schemas);
        AssessmentSchema.addTo(schemas);
        ObjectNode pair = object("Deux scénarios du contrat v1 à comparer : la situation et sa variante", "before", "after");
        props(pair).set("before", ref("Scenario"));
        props(pair).set("after", ref("Scenario"));
        schemas.put("ScenarioPair", pair);
        schemas.put("Comparison", comparison());
        schemas.put("Changes", changes());
        schemas.put("Timeline", timeline());
        schemas.put("TimelineInject", timelineInject());
        schemas.put("Problem", problem());
        schemas.put("Territory", territory());
        return schemas;
    }

    /** One schema as a document of its own, the schemas it refers to under {@code $defs}. */
    public static String standalone(String name, String id, Lang lang) {
        Map<String, ObjectNode> all = all(lang);
        Set<String> needed = new LinkedHashSet<>();
        reach(all.get(name), all, needed);
        needed.remove(name);
        ObjectNode root = node().put("$schema", "https://json-schema.org/draft/2020-12/schema").put("$id", id);
        root.setAll(all.get(name).deepCopy());
        ObjectNode defs = root.putObject("$defs");
        needed.forEach(n -> defs.set(n, all.get(n).deepCopy()));
        rewrite(root, "#/$defs/");
        return ScenarioSchema.JSON.writeValueAsString(root) + "\n";
    }

    private static void reach(JsonNode node, Map<String, ObjectNode> all, Set<String> seen) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").asString().startsWith(REF)) {
            String target = node.get("$ref").asString().substring(REF.length());
            if (seen.add(target)) {
                reach(all.get(target), all, seen);
            }
        }
        node.forEach(child -> reach(child, all, seen));
    }

    private static void rewrite(JsonNode node, String prefix) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").asString().startsWith(REF)) {
            ((ObjectNode) node).put("$ref", prefix + node.get("$ref").asString().substring(REF.length()));
        }
        node.forEach(child -> rewrite(child, prefix));
    }

    /** The exercise (format v1) with its definitions as schemas of their own; its inline scenario is the Scenario schema. */
    private static void exercise(Messages m, Map<String, ObjectNode> schemas) {
        ObjectNode exercise = ExerciseSchema.build(m);
        exercise.remove("$schema");
        exercise.remove("$id");
        ObjectNode defs = (ObjectNode) exercise.remove("$defs");
        Map<String, String> names = Map.of("institution", "Actor", "scenario", "Scenario", "inject", "ExerciseInject",
                "changes", "ExerciseChanges");
        rename(exercise, names);
        schemas.put("Exercise", exercise);
        for (String def : new String[] {"institution", "inject", "changes"}) {
            ObjectNode d = (ObjectNode) defs.get(def);
            rename(d, names);
            schemas.put(names.get(def), d);
        }
        named((ObjectNode) schemas.get("ExerciseChanges"), "ExerciseChanges", schemas);
        schemas.put("ExerciseScenario", (ObjectNode) props(exercise).get("scenario"));
        props(exercise).set("scenario", ref("ExerciseScenario"));
    }

    /**
     * Each block of an object (territory, crisis, indicators…) as a schema of its own, named after
     * the object and the block: a generated client gets {@code ScenarioCrisis}, not a class named
     * after the block's French title.
     */
    private static void named(ObjectNode object, String prefix, Map<String, ObjectNode> schemas) {
        ObjectNode properties = props(object);
        for (String key : java.util.List.copyOf(properties.propertyNames())) {
            JsonNode block = properties.get(key);
            if ("object".equals(block.path("type").asString()) && block.has("properties")) {
                String name = prefix + Character.toUpperCase(key.charAt(0)) + key.substring(1);
                schemas.put(name, (ObjectNode) block);
                properties.set(key, ref(name));
            }
        }
    }

    private static void rename(JsonNode node, Map<String, String> names) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").asString().startsWith("#/$defs/")) {
            String def = node.get("$ref").asString().substring("#/$defs/".length());
            ((ObjectNode) node).put("$ref", REF + names.get(def));
        }
        node.forEach(child -> rename(child, names));
    }

    private static ObjectNode comparison() {
        ObjectNode c = object("Deux évaluations et ce qui change de la première à la seconde", "before", "after", "changes");
        props(c).set("before", ref("Assessment"));
        props(c).set("after", ref("Assessment"));
        props(c).set("changes", ref("Changes"));
        return c;
    }

    private static ObjectNode changes() {
        ObjectNode change = object("Une action et son score avant et après (null du côté où elle est absente)", "id", "before", "after");
        props(change).set("id", string("Identifiant de l'action"));
        props(change).set("before", types("Score avant", "number", "null"));
        props(change).set("after", types("Score après", "number", "null"));
        ObjectNode c = object("Ce qui change d'une évaluation à l'autre", "added", "removed", "raised", "lowered");
        props(c).set("added", array(change, "Actions apparues"));
        props(c).set("removed", array(change, "Actions disparues"));
        props(c).set("raised", array(change, "Actions dont le score monte"));
        props(c).set("lowered", array(change, "Actions dont le score baisse"));
        return c;
    }

    private static ObjectNode timeline() {
        ObjectNode t = object("Un exercice joué par le moteur : l'évaluation de départ puis, inject par inject, "
                + "l'évaluation et ce qui a changé", "exercise", "start", "injects");
        ObjectNode exercise = object("L'exercice", "id", "title", "institutions");
        props(exercise).set("id", string("Identifiant de l'exercice"));
        props(exercise).set("title", string("Titre"));
        props(exercise).set("institutions", array(ref("Actor"), "Les institutions qui jouent"));
        props(t).set("exercise", exercise);
        ObjectNode start = object("La situation de départ", "assessment");
        props(start).set("assessment", ref("Assessment"));
        props(t).set("start", start);
        props(t).set("injects", array(ref("TimelineInject"), "Les injects, dans l'ordre"));
        return t;
    }

    private static ObjectNode timelineInject() {
        ObjectNode i = object("Un inject joué", "id", "time", "title", "addressedTo", "scenarioChanges", "assessment",
                "changes", "expectedActions");
        ObjectNode p = props(i);
        p.set("id", string("Identifiant de l'inject"));
        p.set("time", string("Moment annoncé (J0, J+3…)"));
        p.set("title", string("Titre"));
        p.set("addressedTo", array(ref("Actor"), "Les institutions destinataires"));
        p.set("scenarioChanges", mapOf(types(null, "number", "boolean", "string", "null"),
                "Les faits du scénario que l'inject change, par chemin (null : le fait redevient inconnu)"));
        p.set("assessment", ref("Assessment"));
        p.set("changes", ref("Changes"));
        ObjectNode expected = object("Une action que l'exercice attend, et si les règles la proposent", "id", "suggested");
        props(expected).set("id", string("Identifiant de l'action"));
        props(expected).set("suggested", bool("Les règles la proposent après cet inject"));
        props(expected).set("rank", integer("Son rang quand elles la proposent").put("minimum", 1));
        p.set("expectedActions", array(expected, "Les actions attendues par l'exercice (pour le formateur)"));
        return i;
    }

    private static ObjectNode problem() {
        ObjectNode p = object("Une erreur (RFC 9457), dans la langue demandée ; sans « type », c'est about:blank",
                "title", "status", "detail");
        ObjectNode q = props(p);
        q.set("type", string("Type stable : urn:vigie-sociale:problem:<nom>, ou about:blank").put("format", "uri"));
        q.set("title", string("Titre court"));
        q.set("status", integer("Statut HTTP").put("minimum", 400).put("maximum", 599));
        q.set("detail", string("Ce qui ne va pas et quoi faire"));
        q.set("instance", string("Le chemin de la requête"));
        ObjectNode error = object("Une erreur du fichier envoyé, à sa place (ligne et colonne 0 : le fichier entier)", "message");
        props(error).set("field", string("Le champ en cause (chemin)"));
        props(error).set("line", integer("Ligne, à partir de 1").put("minimum", 0));
        props(error).set("column", types("Colonne : son numéro à partir de 1 (scénario, exercice) ou son nom (fichier CSV)",
                "integer", "string"));
        props(error).set("code", string("Code stable de l'erreur"));
        props(error).set("message", string("Le message, comme la ligne de commande l'écrit"));
        q.set("errors", array(error, "Les erreurs du fichier : 100 au plus, puis une de code moreErrors"));
        q.set("parameter", string("Le paramètre refusé"));
        q.set("allowed", array(string("Valeur admise"), "Les valeurs admises pour ce paramètre"));
        return p;
    }

    private static ObjectNode territory() {
        ObjectNode t = object("Un lieu du référentiel officiel", "inseeCode", "name", "level", "population");
        props(t).set("inseeCode", string("Code INSEE (commune), SIREN (EPCI) ou code du département ou de la région"));
        props(t).set("name", string("Nom officiel"));
        props(t).set("level", oneOf(fr.vigiesociale.scenario.TerritoryLevel.class, "Échelon, comme dans un scénario"));
        props(t).set("departement", types("Département (absent pour une région)", "string", "null"));
        props(t).set("population", types("Population municipale, quand le référentiel la donne", "integer", "null"));
        return t;
    }

}
