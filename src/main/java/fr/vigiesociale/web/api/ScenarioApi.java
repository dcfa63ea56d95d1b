package fr.vigiesociale.web.api;

import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/scenarios} and {@code GET /api/scenarios/{id}}: the bundled sample scenarios. */
@RestController
@Tag(name = "scenarios")
class ScenarioApi {

    static final String PATH = "/api/scenarios";
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final BundledScenarios scenarios;

    ScenarioApi(BundledScenarios scenarios) {
        this.scenarios = scenarios;
    }

    /** A bundled scenario in a list: enough to choose one, and where to fetch it. */
    record ScenarioSummary(String id, String title, String territory, String level, String crisisKind, String phase,
                   String href) { }

    @Operation(operationId = "listScenarios", summary = "Scénarios d'exemple fournis / Bundled sample scenarios")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<ScenarioSummary> list() {
        return scenarios.all().stream().map(s -> new ScenarioSummary(s.id(), s.title(), s.territory().name(),
                s.territory().level().name(), s.crisis().kind().name(), s.crisis().phase().name(),
                PATH + "/" + s.id())).toList();
    }

    @Operation(operationId = "getScenario", summary = "Un scénario fourni, en JSON ou en YAML (Accept: application/yaml) / One bundled scenario")
    @GetMapping(path = PATH + "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, "application/yaml"})
    ResponseEntity<String> one(@PathVariable String id,
                               @RequestHeader(name = "Accept", required = false) String accept) {
        Scenario s = scenarios.byId(id).orElseThrow(() -> new UnknownScenarioException(id));
        return ApiRequests.wantsYaml(accept)
                ? ResponseEntity.ok().contentType(YAML).body(ScenarioWriter.yaml(s))
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ScenarioWriter.json(s) + "\n");
    }

    /** No bundled scenario has this id. */
    static final class UnknownScenarioException extends RuntimeException {
        final String id;

        UnknownScenarioException(String id) {
            super(id);
            this.id = id;
        }
    }
}
