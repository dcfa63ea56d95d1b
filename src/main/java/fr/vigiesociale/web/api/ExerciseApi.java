package fr.vigiesociale.web.api;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.exercise.BundledExercises;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.exercise.ExerciseReader;
import fr.vigiesociale.exercise.ExerciseWriter;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.scenario.ScenarioReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training exercises: the bundled ones ({@code GET /api/exercises}, {@code /api/exercises/{id}}),
 * their timeline ({@code GET /api/exercises/{id}/timeline}), and the timeline of any exercise sent
 * in the body ({@code POST /api/timelines}) — the same JSON as {@code exercise run --format json}.
 */
@RestController
@Tag(name = "exercises")
class ExerciseApi {

    static final String PATH = "/api/exercises";
    static final String TIMELINES = "/api/timelines";

    private final RuleBase rules;
    private final BundledExercises exercises;
    private final ExerciseReader reader;

    ExerciseApi(RuleBase rules, BundledExercises exercises, ExerciseReader reader) {
        this.rules = rules;
        this.exercises = exercises;
        this.reader = reader;
    }

    /** A bundled exercise in a list: enough to choose one, and where to fetch it and its timeline. */
    record ExerciseSummary(String id, String title, List<String> institutions, int injects, String scenario, String href,
                   String timeline) { }

    @Operation(operationId = "listExercises", summary = "Exercices fournis / Bundled exercises")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<ExerciseSummary> list() {
        return exercises.all().stream().map(e -> new ExerciseSummary(e.id(), e.title(),
                e.institutions().stream().map(Enum::name).toList(), e.injects().size(), e.scenario().id(),
                PATH + "/" + e.id(), PATH + "/" + e.id() + "/timeline")).toList();
    }

    @Operation(operationId = "getExercise", summary = "Un exercice fourni, en JSON ou en YAML (Accept: application/yaml) / One bundled exercise")
    @GetMapping(path = PATH + "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, "application/yaml"})
    ResponseEntity<String> one(@PathVariable String id, @RequestHeader(name = "Accept", required = false) String accept) {
        Exercise e = bundled(id);
        return ApiRequests.wantsYaml(accept)
                ? ResponseEntity.ok().contentType(ScenarioApi.YAML).body(ExerciseWriter.yaml(e))
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ExerciseWriter.json(e) + "\n");
    }

    @Operation(operationId = "getExerciseTimeline", summary = "Déroulé d'un exercice fourni, inject par inject / Timeline of a bundled exercise",
            description = "Pour chaque inject : l'évaluation complète (contrat v1 §2) après l'inject et ce qui a changé "
                    + "depuis le précédent (added, removed, raised, lowered). Identique à `exercise run --format json`.")
    @GetMapping(path = PATH + "/{id}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> timeline(@PathVariable String id,
            @Parameter(description = "Langue des textes : fr (défaut) ou en") @RequestParam(required = false) String lang) {
        Lang l = ApiRequests.lang(lang);
        return json(Timeline.play(rules, bundled(id), l));
    }

    @Operation(operationId = "playExercise", summary = "Jouer un exercice envoyé / Play an exercise sent in the body",
            description = "Corps : un exercice (format exercice v1, docs/exercices.md) en JSON ou en YAML, 1 Mo au plus ; "
                    + "son scénario de départ est écrit en entier ou désigné par l'identifiant d'un scénario fourni. "
                    + "Un exercice invalide donne 422 avec toutes ses erreurs (champ, ligne, colonne, message).")
    @PostMapping(path = TIMELINES, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> play(
            @Parameter(description = "Langue des textes : fr (défaut) ou en") @RequestParam(required = false) String lang,
            HttpServletRequest request) throws IOException {
        Lang l = ApiRequests.lang(lang);
        ScenarioReader.Format format = ApiRequests.format(request);
        Exercise e = reader.read("requête", ApiRequests.body(request), format);
        return json(Timeline.play(rules, e, l));
    }

    private Exercise bundled(String id) {
        return exercises.byId(id).orElseThrow(() -> new UnknownExerciseException(id));
    }

    private static ResponseEntity<String> json(Timeline t) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JsonReport.render(t) + "\n");
    }

    /** No bundled exercise has this id. */
    static final class UnknownExerciseException extends RuntimeException {
        final String id;

        UnknownExerciseException(String id) {
            super(id);
            this.id = id;
        }
    }
}
