package fr.vigiesociale.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.docs.ApiSchemas;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioWriter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: every body typed by the schemas of {@link ApiSchemas} (the contract's own
 * JSON Schemas for the scenario and the exercise), every client error of {@link ApiOperations}
 * as a problem document, the API declared public (no authentication), a licence and a server
 * relative to the instance that serves the document. The examples are real: a bundled scenario
 * and the assessment the engine gives it, computed at start-up, so they can never drift.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocs {

    static final String EXAMPLE_SCENARIO = "quartiers-nord-confinement";
    static final String PROBLEM = "application/problem+json";
    static final String YAML = "application/yaml";
    private static final Map<String, String> RESPONSES = Map.of(
            "Assessment", "L'évaluation (contrat v1 §2), identique à `evaluate --format json`",
            "Comparison", "Les deux évaluations et ce qui change",
            "Timeline", "L'exercice joué, inject par inject, identique à `exercise run --format json`",
            "Scenario", "Le scénario (JSON ; YAML avec Accept: application/yaml)",
            "Exercise", "L'exercice (JSON ; YAML avec Accept: application/yaml)",
            "Territory[]", "Les lieux trouvés, le nom exact d'abord puis les plus peuplés");

    @Bean
    OpenAPI vigieOpenApi(RuleBase rules) {
        return new OpenAPI().info(new Info().title("Vigie sociale — API")
                        .version(rules.info().name() + " " + rules.info().version())
                        .description("Aide à la décision pour le travail social en temps de crise (HCTS 2021). "
                                + "Scénario et évaluation : contrat v1 (docs/scenario-v1.schema.json, "
                                + "docs/assessment-v1.schema.json). Erreurs : RFC 9457 (application/problem+json). "
                                + "API publique, sans authentification : elle ne lit ni n'écrit aucune donnée personnelle.")
                        .license(new License().name("MIT").identifier("MIT")))
                .servers(List.of(new Server().url("/").description("L'instance qui sert ce document")))
                .security(new ArrayList<>()); // public: every operation, explicitly without authentication
    }

    /** Types first, then the examples that go into the typed bodies. */
    @Bean
    OpenApiCustomizer vigieTypesAndExamples(RuleBase rules, BundledScenarios scenarios) {
        return api -> {
            types(api);
            examples(api, rules, scenarios);
        };
    }

    private static void types(OpenAPI api) {
        ApiSchemas.all(Lang.FR).forEach((name, schema) -> api.getComponents().addSchemas(name, schema(schema.toString())));
        for (ApiOperations.Op op : ApiOperations.ALL) {
            Operation o = operation(api, op);
            if (op.requestSchema() != null) {
                o.setRequestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/json", new MediaType().schema(ref(op.requestSchema())))
                        .addMediaType(YAML, new MediaType().schema(new Schema<String>().type("string")
                                .description("Le même document en YAML")))));
            }
            if (op.responseSchema() != null) {
                answer(o, op.responseSchema());
            }
            op.errors().forEach((status, text) -> o.getResponses().addApiResponse(String.valueOf(status),
                    new ApiResponse().description(text).content(new Content()
                            .addMediaType(PROBLEM, new MediaType().schema(ref("Problem"))))));
            o.setSecurity(new ArrayList<>());
        }
    }

    /** The 200 answer's JSON typed by a schema ({@code Name}) or an array of them ({@code Name[]}). */
    private static void answer(Operation o, String name) {
        ApiResponse ok = o.getResponses().computeIfAbsent("200", k -> new ApiResponse());
        ok.description(RESPONSES.get(name));
        if (ok.getContent() == null) {
            ok.setContent(new Content());
        }
        Schema<?> schema = name.endsWith("[]") ? new ArraySchema().items(ref(name.substring(0, name.length() - 2))) : ref(name);
        ok.getContent().addMediaType("application/json", new MediaType().schema(schema));
    }

    private static void examples(OpenAPI api, RuleBase rules, BundledScenarios scenarios) {
        Scenario s = scenarios.byId(EXAMPLE_SCENARIO).orElse(scenarios.all().get(0));
        Scenario other = scenarios.byId("territoire-bien-prepare").orElse(s);
        Assessment a = rules.assess(s);
        Assessment b = rules.assess(other);
        example(api, AssessmentApi.PATH, json(ScenarioWriter.json(s)), ScenarioWriter.yaml(s), json(JsonReport.render(a)));
        Map<String, Object> pair = Map.of("before", json(ScenarioWriter.json(other)), "after", json(ScenarioWriter.json(s)));
        example(api, ComparisonApi.PATH, pair, "before:\n  # un scénario du contrat v1\nafter:\n  # la variante\n",
                json(JsonReport.render(b, a, Comparison.between(b, a))));
    }

    private static Operation operation(OpenAPI api, ApiOperations.Op op) {
        PathItem item = api.getPaths().get(op.path());
        Operation o = op.method().equals("post") ? item.getPost() : item.getGet();
        if (o == null) {
            throw new IllegalStateException("no operation " + op.method() + " " + op.path());
        }
        return o;
    }

    private static void example(OpenAPI api, String path, Object jsonExample, String yamlExample, Object responseExample) {
        Operation op = api.getPaths().get(path).getPost();
        op.getRequestBody().getContent().get("application/json").setExample(jsonExample);
        op.getRequestBody().getContent().get(YAML).setExample(yamlExample);
        op.getResponses().get("200").getContent().get("application/json").setExample(responseExample);
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    /** A JSON Schema (draft 2020-12) as the OpenAPI 3.1 model holds it. */
    private static Schema<?> schema(String json) {
        try {
            return Json31.mapper().readValue(json, Schema.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("schema is not JSON", e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("example is not JSON", e);
        }
    }
}
