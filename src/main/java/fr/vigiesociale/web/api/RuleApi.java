package fr.vigiesociale.web.api;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.web.RuleCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/rules}: the rule catalogue, generated from the loaded rule base. */
@RestController
@Tag(name = "rules")
class RuleApi {

    static final String PATH = "/api/rules";

    private final RuleBase rules;

    RuleApi(RuleBase rules) {
        this.rules = rules;
    }

    @Operation(operationId = "getRuleCatalogue", summary = "Catalogue des règles / Rule catalogue",
            description = "Chaque préconisation HCTS 2021 avec ses règles (déclencheur, actions, niveau atteignable), "
                    + "les règles de contexte et le catalogue des actions.")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    RuleCatalogue catalogue(
            @Parameter(description = "Langue des textes : fr (défaut) ou en") @RequestParam(required = false) String lang) {
        return RuleCatalogue.of(rules, ApiRequests.lang(lang));
    }
}
