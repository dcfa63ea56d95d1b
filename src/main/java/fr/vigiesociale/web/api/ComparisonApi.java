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
import fr.vigiesociale.scenario.ScenarioValidator;
import fr.vigiesociale.scenario.SourceTree;
import fr.vigiesociale.scenario.TreeParser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/comparisons}: two scenarios ({@code {"before": …, "after": …}}) in, both
 * assessments and what changed (actions added, removed, raised, lowered) out.
 */
@RestController
@Tag(name = "comparisons")
class ComparisonApi {

    static final String PATH = "/api/comparisons";
    static final List<String> SIDES = List.of("before", "after");

    private final RuleBase rules;

    ComparisonApi(RuleBase rules) {
        this.rules = rules;
    }

    @Operation(operationId = "compareScenarios", summary = "Comparer deux scénarios (et si… ?) / Compare two scenarios (what if)",
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
        RuleBase now = rules.snapshot();
        Assessment before = now.assess(scenarios.get("before"), l);
        Assessment after = now.assess(scenarios.get("after"), l);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(JsonReport.render(before, after, Comparison.between(before, after)) + "\n");
    }

    /**
     * Reads both scenarios with the strict reader's parser and validator, collecting the errors of
     * both: duplicate keys, unsupported values and nesting are refused as in any scenario file, and
     * every error keeps its line and column in the whole body, its path prefixed by its side.
     */
    private static Map<String, Scenario> split(byte[] body, ScenarioReader.Format format) {
        List<ScenarioError> errors = new ArrayList<>();
        SourceTree root = new TreeParser(errors).parse(body, format);
        Map<String, Scenario> out = new LinkedHashMap<>();
        if (root != null && !(root instanceof SourceTree.Mapping)) {
            errors.add(ScenarioError.at("", root.where(), "comparisonShape"));
        }
        if (root instanceof SourceTree.Mapping top) {
            Map<String, SourceTree> sides = new LinkedHashMap<>();
            for (SourceTree.Entry e : top.entries()) {
                if (SIDES.contains(e.key())) {
                    sides.put(e.key(), e.value());
                } else {
                    errors.add(ScenarioError.at(e.key(), e.where(), "unknownKey", e.key(), String.join(", ", SIDES)));
                }
            }
            for (String side : SIDES) {
                SourceTree node = sides.get(side);
                if (!(node instanceof SourceTree.Mapping)) {
                    errors.add(ScenarioError.at(side, node == null ? top.where() : node.where(),
                            node == null ? "missing" : "comparisonShape"));
                    continue;
                }
                int before = errors.size();
                Map<String, Object> values = ScenarioValidator.scenario(node, side + ".", errors);
                if (errors.size() == before) {
                    out.put(side, Scenario.fromFields(values));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException("requête", errors);
        }
        return out;
    }
}
