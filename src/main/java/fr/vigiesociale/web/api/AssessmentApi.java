package fr.vigiesociale.web.api;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.web.ScenarioInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/assessments}: a scenario (JSON or YAML) in, its assessment (contract v1 §2) out. */
@RestController
@Tag(name = "assessments")
class AssessmentApi {

    static final String PATH = "/api/assessments";

    private final RuleBase rules;

    AssessmentApi(RuleBase rules) {
        this.rules = rules;
    }

    /**
     * The body is the same JSON the command line prints with {@code --format json} for the same
     * scenario, byte for byte (final newline included).
     */
    @Operation(summary = "Évaluer un scénario / Assess a scenario",
            description = "Corps : un scénario du contrat v1, en JSON (application/json) ou en YAML (application/yaml), "
                    + "1 Mo au plus. Réponse : l'évaluation (contrat v1 §2), identique à `evaluate --format json`. "
                    + "Un scénario invalide donne 422 avec toutes ses erreurs (champ, ligne, colonne, message).")
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> assess(
            @Parameter(description = "Langue des textes : fr (défaut) ou en") @RequestParam(required = false) String lang,
            HttpServletRequest request) throws IOException {
        Lang l = ApiRequests.lang(lang);
        Scenario scenario = ScenarioInput.read("requête", ApiRequests.body(request), ApiRequests.format(request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(JsonReport.render(rules.assess(scenario, l)) + "\n");
    }
}
