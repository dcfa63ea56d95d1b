package fr.vigiesociale.web.api;

import java.util.List;
import java.util.Map;

/**
 * What each operation of the API reads and answers, by schema name (see
 * {@code fr.vigiesociale.docs.ApiSchemas}), and every client error it can give — each one a
 * problem document. The OpenAPI document is completed from this table; a test sends every
 * operation each of its errors and checks the answer.
 */
final class ApiOperations {

    /**
     * One operation: its JSON body (or null), its JSON answer (a schema name, {@code Name[]} for an
     * array of them, or null when springdoc types it from the Java record), its 4XX.
     */
    record Op(String method, String path, String requestSchema, String responseSchema, Map<Integer, String> errors) { }

    static final String NOT_ACCEPTABLE = "Aucun des types demandés par Accept n'est servi / Not acceptable";
    static final String NOT_FOUND = "Identifiant inconnu / Unknown id";
    static final String TOO_LARGE = "Corps trop gros / Body too large";
    static final String UNSUPPORTED = "Type de corps non lu (Content-Type) / Unsupported media type";

    static final List<Op> ALL = List.of(
            new Op("post", AssessmentApi.PATH, "Scenario", "Assessment", errors(400, 406, 413, 415,
                    422, "Scénario invalide : toutes ses erreurs dans « errors » / Invalid scenario")),
            new Op("post", ComparisonApi.PATH, "ScenarioPair", "Comparison", errors(400, 406, 413, 415,
                    422, "Un des deux scénarios est invalide / Invalid scenario")),
            new Op("post", ExerciseApi.TIMELINES, "Exercise", "Timeline", errors(400, 406, 413, 415,
                    422, "Exercice invalide : toutes ses erreurs dans « errors » / Invalid exercise")),
            new Op("post", BatchApi.PATH, null, null, errors(400, 406, 413, 415,
                    422, "Aucune ligne lisible : les erreurs par ligne dans « errors » / No readable row")),
            new Op("get", "/api/territories", null, "Territory[]", errors(400, 406)),
            new Op("get", ScenarioApi.PATH, null, null, errors(406)),
            new Op("get", ScenarioApi.PATH + "/{id}", null, "Scenario", errors(404, 406)),
            new Op("get", RuleApi.PATH, null, null, errors(400, 406)),
            new Op("get", ExerciseApi.PATH, null, null, errors(406)),
            new Op("get", ExerciseApi.PATH + "/{id}", null, "Exercise", errors(404, 406)),
            new Op("get", ExerciseApi.PATH + "/{id}/timeline", null, "Timeline", errors(400, 404, 406)));

    private ApiOperations() {
    }

    /** Statuses with their usual description; a status followed by a text takes that text instead. */
    private static Map<Integer, String> errors(Object... statusesAndTexts) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        for (int i = 0; i < statusesAndTexts.length; i++) {
            int status = (Integer) statusesAndTexts[i];
            String text = i + 1 < statusesAndTexts.length && statusesAndTexts[i + 1] instanceof String s ? s : null;
            if (text != null) {
                i++;
            }
            out.put(status, text != null ? text : switch (status) {
                case 400 -> "Paramètre invalide ou manquant / Bad or missing parameter";
                case 404 -> NOT_FOUND;
                case 406 -> NOT_ACCEPTABLE;
                case 413 -> TOO_LARGE;
                case 415 -> UNSUPPORTED;
                default -> throw new IllegalArgumentException("no text for " + status);
            });
        }
        return out;
    }
}
