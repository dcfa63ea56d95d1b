package fr.vigiesociale.web.api;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.web.ScenarioInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.MediaType;
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
    @Operation(operationId = "assessScenario", summary = "Évaluer un scénario / Assess a scenario",
            description = "Corps : un scénario du contrat v1, en JSON (application/json) ou en YAML (application/yaml), "
                    + "1 Mo au plus. Réponse : l'évaluation (contrat v1 §2), identique à `evaluate --format json`. "
                    + "Un scénario invalide donne 422 avec toutes ses erreurs (champ, ligne, colonne, message).")
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    void assess(
            @Parameter(description = "Langue des textes : fr (défaut) ou en") @RequestParam(required = false) String lang,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Lang l = ApiRequests.lang(lang);
        Scenario scenario = ScenarioInput.read("requête", ApiRequests.body(request), ApiRequests.format(request));
        Assessment assessment = rules.assess(scenario, l);
        // written as it is generated, in UTF-8 (JSON's own encoding, RFC 8259), with no intermediate string
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        OutputStream out = response.getOutputStream();
        JsonReport.write(assessment, out);
        out.write('\n');
    }
}
