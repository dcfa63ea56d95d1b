package fr.vigiesociale.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document integrators generate their clients from: committed as
 * {@code docs/openapi.json} (the Java client of the tests is generated from that file, and
 * {@code redocly lint} checks it in CI), and always the one the application serves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    static final Path DOCUMENT = Path.of("docs/openapi.json");

    @Autowired
    MockMvc mvc;

    private String served() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ScenarioSchema.JSON.writeValueAsString(ScenarioSchema.JSON.readTree(body)) + "\n";
    }

    @Test
    void theCommittedDocumentIsTheOneTheApplicationServes() throws Exception {
        GeneratedDocsTest.assertUpToDate(DOCUMENT, served());
    }

    @Test
    void everyBodyIsTypedEveryOperationHasItsClientErrorsAndThePublicApiSaysSo() throws Exception {
        JsonNode doc = ScenarioSchema.JSON.readTree(served());
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        assertThat(doc.at("/info/license/identifier").asString()).isEqualTo("MIT");
        assertThat(doc.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(doc.get("security").isArray()).isTrue();
        assertThat(doc.at("/components/schemas").propertyNames()).contains("Scenario", "Exercise", "Assessment",
                "AssessedAction", "Reason", "Comparison", "Timeline", "TimelineInject", "Problem", "ScenarioPair",
                "ScenarioSummary", "ExerciseSummary");
        assertThat(doc.at("/paths/~1api~1assessments/post/responses/200/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Assessment");
        assertThat(doc.at("/paths/~1api~1assessments/post/requestBody/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Scenario");
        assertThat(doc.at("/paths/~1api~1comparisons/post/responses/200/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Comparison");
        assertThat(doc.at("/paths/~1api~1exercises~1{id}~1timeline/get/responses/200/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/Timeline");
        List<String> untyped = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode responses = op.getValue().get("responses");
            if (responses.propertyNames().stream().noneMatch(s -> s.startsWith("4"))) {
                untyped.add(op.getKey() + " " + path.getKey() + ": no 4XX");
            }
            responses.properties().forEach(r -> {
                if (r.getKey().startsWith("4")
                        && !"#/components/schemas/Problem".equals(r.getValue().at("/content/application~1problem+json/schema/$ref").asString())) {
                    untyped.add(op.getKey() + " " + path.getKey() + " " + r.getKey() + ": not a Problem");
                }
            });
            if (!op.getValue().has("security")) {
                untyped.add(op.getKey() + " " + path.getKey() + ": no security");
            }
            JsonNode ok = responses.at("/200/content/application~1json/schema");
            if (!ok.isMissingNode() && "string".equals(ok.path("type").asString())) {
                untyped.add(op.getKey() + " " + path.getKey() + ": JSON answer typed as a string");
            }
        }));
        assertThat(untyped).isEmpty();
    }
}
