package fr.vigiesociale.web.api;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.web.ScenarioInput;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code POST /api/comparisons}: two scenarios ({@code {"before": …, "after": …}}) in, both
 * assessments and what changed (actions added, removed, raised, lowered) out.
 */
@RestController
@Tag(name = "comparisons")
class ComparisonApi {

    static final String PATH = "/api/comparisons";
    static final List<String> SIDES = List.of("before", "after");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final RuleBase rules;

    ComparisonApi(RuleBase rules) {
        this.rules = rules;
    }

    @Operation(summary = "Comparer deux scénarios (et si… ?) / Compare two scenarios (what if)",
            description = "Corps : {\"before\": scénario, \"after\": scénario} en JSON ou en YAML. Réponse : les deux "
                    + "évaluations et `changes` (added, removed, raised, lowered : identifiant de l'action, score avant "
                    + "et après). Les erreurs d'un scénario sont préfixées par `before.` ou `after.`.")
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> compare(
            @Parameter(description = "Langue des textes : fr (défaut) ou en") @RequestParam(required = false) String lang,
            HttpServletRequest request) throws IOException {
        Lang l = ApiRequests.lang(lang);
        ScenarioReader.Format format = ApiRequests.format(request);
        Map<String, Scenario> scenarios = split(ApiRequests.body(request), format);
        Assessment before = rules.assess(scenarios.get("before"), l);
        Assessment after = rules.assess(scenarios.get("after"), l);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(JsonReport.render(before, after, Comparison.between(before, after)) + "\n");
    }

    /**
     * Reads both scenarios, collecting the errors of both. Each side is read by the scenario reader
     * on its own, so positions inside the whole body are not known: errors carry the field path.
     */
    private static Map<String, Scenario> split(byte[] body, ScenarioReader.Format format) {
        JsonNode root;
        try {
            root = format == ScenarioReader.Format.JSON ? JSON.readTree(body) : YAML.readTree(body);
        } catch (JacksonException e) {
            var where = e.getLocation();
            String detail = String.valueOf(e.getOriginalMessage());
            throw new InvalidScenarioException("requête", List.of(new ScenarioError("",
                    where == null ? 0 : Math.max(where.getLineNr(), 0), where == null ? 0 : Math.max(where.getColumnNr(), 0),
                    "syntax", List.of(format.name(), detail.length() > 300 ? detail.substring(0, 300) + "…" : detail))));
        }
        List<ScenarioError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidScenarioException("requête", List.of(ScenarioError.global("comparisonShape")));
        }
        for (String name : root.propertyNames()) {
            if (!SIDES.contains(name)) {
                errors.add(new ScenarioError(name, 0, 0, "unknownKey", List.of(name, "before, after")));
            }
        }
        Map<String, Scenario> out = new LinkedHashMap<>();
        for (String side : SIDES) {
            JsonNode node = root.get(side);
            if (node == null || !node.isObject()) {
                errors.add(new ScenarioError(side, 0, 0, node == null ? "missing" : "comparisonShape", List.of()));
                continue;
            }
            try {
                out.put(side, ScenarioInput.read(side,
                        JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.JSON));
            } catch (InvalidScenarioException e) {
                e.errors().forEach(x -> errors.add(new ScenarioError(
                        x.path().isEmpty() ? side : side + "." + x.path(), 0, 0, x.code(), x.args())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException("requête", errors);
        }
        return out;
    }
}
