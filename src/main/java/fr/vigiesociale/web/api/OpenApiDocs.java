package fr.vigiesociale.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioWriter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and its examples. The examples are real: a bundled scenario and
 * the assessment the engine gives it, computed at start-up, so they can never drift from the API.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocs {

    static final String EXAMPLE_SCENARIO = "quartiers-nord-confinement";
    static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI vigieOpenApi(RuleBase rules) {
        return new OpenAPI().info(new Info().title("Vigie sociale — API")
                .version(rules.info().name() + " " + rules.info().version())
                .description("Aide à la décision pour le travail social en temps de crise (HCTS 2021). "
                        + "Scénario et évaluation : contrat v1 (docs/scenario-v1.schema.json). "
                        + "Erreurs : RFC 9457 (application/problem+json)."));
    }

    @Bean
    OpenApiCustomizer vigieExamples(RuleBase rules, BundledScenarios scenarios) {
        return api -> {
            Scenario s = scenarios.byId(EXAMPLE_SCENARIO).orElse(scenarios.all().get(0));
            Scenario other = scenarios.byId("territoire-bien-prepare").orElse(s);
            Assessment a = rules.assess(s);
            Assessment b = rules.assess(other);
            scenarioBody(operation(api, AssessmentApi.PATH), json(ScenarioWriter.json(s)), ScenarioWriter.yaml(s),
                    json(JsonReport.render(a)));
            Map<String, Object> pair = Map.of("before", json(ScenarioWriter.json(other)), "after", json(ScenarioWriter.json(s)));
            scenarioBody(operation(api, ComparisonApi.PATH), pair,
                    "before:\n  # un scénario du contrat v1\nafter:\n  # la variante\n",
                    json(JsonReport.render(b, a, Comparison.between(b, a))));
        };
    }

    private static Operation operation(OpenAPI api, String path) {
        return api.getPaths().get(path).getPost();
    }

    private static void scenarioBody(Operation op, Object jsonExample, String yamlExample, Object responseExample) {
        op.setRequestBody(new RequestBody().required(true).content(new Content()
                .addMediaType("application/json", new MediaType().schema(new ObjectSchema()).example(jsonExample))
                .addMediaType("application/yaml", new MediaType().schema(new StringSchema()).example(yamlExample))));
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("Évaluation (contrat v1 §2)").content(new Content()
                        .addMediaType("application/json", new MediaType().schema(new ObjectSchema()).example(responseExample))))
                .addApiResponse("422", problem("Scénario invalide : toutes ses erreurs dans « errors »"))
                .addApiResponse("413", problem("Corps de plus de 1 Mo"))
                .addApiResponse("415", problem("Ni JSON ni YAML"))
                .addApiResponse("400", problem("Paramètre lang invalide"));
        op.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new ObjectSchema())));
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("example is not JSON", e);
        }
    }
}
