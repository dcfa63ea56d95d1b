package fr.vigiesociale.web.api;

import fr.vigiesociale.scenario.TerritoryLevel;
import fr.vigiesociale.territory.Place;
import fr.vigiesociale.territory.TerritoryReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/territories?q=roub}: places of the official reference by the start of their name,
 * with the values a scenario needs (INSEE code, level, population); the form offers them as one types.
 */
@RestController
@Tag(name = "territories")
class TerritoryApi {

    private static final int MAX = 20;

    @Operation(operationId = "searchTerritories", summary = "Chercher un territoire par son nom / Find a territory by name",
            description = "Communes, EPCI, départements et régions du référentiel officiel (Etalab) dont le nom commence "
                    + "par q (casse, accents et tirets ignorés), le nom exact d'abord puis les plus peuplés.")
    @GetMapping(path = "/api/territories", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> search(@Parameter(description = "Début du nom, 2 caractères au moins") @RequestParam String q,
                                     @Parameter(description = "Nombre de réponses (1 à 20, 10 par défaut)")
                                     @RequestParam(defaultValue = "10") int limit) {
        return TerritoryReference.get().search(q, Math.max(1, Math.min(MAX, limit))).stream().map(TerritoryApi::json).toList();
    }

    private static Map<String, Object> json(Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inseeCode", p.code());
        m.put("name", p.name());
        m.put("level", TerritoryLevel.of(p.kind()).name());
        m.put("departement", p.departement());
        m.put("population", p.population());
        return m;
    }
}
