package fr.vigiesociale.web.api;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.batch.Batch;
import fr.vigiesociale.batch.BatchError;
import fr.vigiesociale.batch.BatchOutput;
import fr.vigiesociale.batch.BatchResult;
import fr.vigiesociale.batch.CrisisDefaults;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/batch}: a CSV file of territories in (one row per INSEE code), every territory
 * ranked out, as CSV ({@code Accept: text/csv}) or JSON lines (the default), bad rows included as
 * errors by line and column.
 */
@RestController
@Tag(name = "batch")
class BatchApi {

    static final String PATH = "/api/batch";
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    /** A national file of every commune with a dozen columns is about 4 MB. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final RuleBase rules;

    BatchApi(RuleBase rules) {
        this.rules = rules;
    }

    @Operation(operationId = "rankTerritories", summary = "Classer des territoires / Rank many territories",
            description = "Corps : un CSV (en-tête inseeCode puis des champs du scénario, séparateur ; ou ,). La crise commune "
                    + "(kind, phase…) en paramètres ou en colonnes. Réponse : un territoire par ligne, le plus urgent "
                    + "d'abord, ses 3 premières actions et son nombre d'actions par niveau ; les lignes en erreur à la fin "
                    + "({\"error\": {line, column, message}}). En-tête X-Vigie-Errors : le nombre de lignes en erreur.")
    @PostMapping(path = PATH, consumes = {"text/csv", "text/plain", "application/octet-stream"},
            produces = {"application/x-ndjson", "text/csv", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> rank(
            @Parameter(description = "Type de crise pour tout le fichier") @RequestParam(required = false) String kind,
            @Parameter(description = "Phase pour tout le fichier") @RequestParam(required = false) String phase,
            @Parameter(description = "Aléa (schemaVersion 2)") @RequestParam(required = false) String hazard,
            @Parameter(description = "Confinement") @RequestParam(required = false) String lockdown,
            @Parameter(description = "Semaines écoulées") @RequestParam(required = false) String weeks,
            @Parameter(description = "Langue des textes : fr (défaut) ou en") @RequestParam(required = false) String lang,
            @RequestHeader(value = "Accept", required = false) String accept,
            HttpServletRequest request) throws IOException {
        Lang l = ApiRequests.lang(lang);
        byte[] body = request.getContentLengthLong() > MAX_BYTES ? null
                : request.getInputStream().readNBytes((int) MAX_BYTES + 1);
        if (body == null || body.length > MAX_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large", "problem.batchTooLarge", MAX_BYTES / (1024 * 1024)));
        }
        Map<String, String> crisis = new LinkedHashMap<>();
        crisis.put("kind", kind);
        crisis.put("phase", phase);
        crisis.put("hazard", hazard);
        crisis.put("lockdown", lockdown);
        crisis.put("weeks", weeks);
        BatchResult r = Batch.run(rules, body,
                CrisisDefaults.fromParameters(crisis), l, Runtime.getRuntime().availableProcessors(), done -> { });
        if (r.rows() == 0 && !r.errors().isEmpty()) {
            ProblemDetail p = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-batch", "problem.invalidBatch", r.errors().size());
            p.setProperty("errors", capped(r.errors(), Messages.of(l)));
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        boolean csv = accept != null && accept.contains("text/csv");
        return ResponseEntity.ok().header("X-Vigie-Errors", String.valueOf(r.errors().size()))
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : NDJSON)
                .body(csv ? BatchOutput.csv(r, Messages.of(l)) : BatchOutput.jsonLines(r));
    }

    /** The first {@value InvalidScenarioException#MAX_SHOWN} errors, then how many more: a refusal never grows with its file. */
    private static List<Map<String, Object>> capped(List<BatchError> errors, Messages m) {
        List<Map<String, Object>> shown = new ArrayList<>(errors.stream().limit(InvalidScenarioException.MAX_SHOWN).map(BatchApi::error).toList());
        if (errors.size() > InvalidScenarioException.MAX_SHOWN) {
            Map<String, Object> more = error(new BatchError(0, "", m.get("batch.moreErrors", errors.size() - InvalidScenarioException.MAX_SHOWN)));
            more.put("code", "moreErrors"); // about the file as a whole: no line of its own
            shown.add(more);
        }
        return shown;
    }

    private static Map<String, Object> error(BatchError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", e.line());
        m.put("column", e.column());
        m.put("message", e.message());
        return m;
    }

}
