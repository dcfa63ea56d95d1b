package fr.vigiesociale.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.scenario.ScenarioWriter;
import fr.vigiesociale.web.TestScenarios;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AssessmentApiTest {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase rules;

    @Test
    void a_yaml_scenario_gives_the_json_the_command_line_prints() throws Exception {
        String body = mvc.perform(post("/api/assessments").contentType(YAML)
                        .content(TestScenarios.bytes("canicule-bourg-rural.yaml")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String expected = JsonReport.render(rules.assess(
                VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml")))) + "\n";
        assertThat(body).isEqualTo(expected);
    }

    @Test
    void a_json_scenario_is_assessed_too_and_english_is_asked_with_lang() throws Exception {
        String json = ScenarioWriter.json(VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml")));
        mvc.perform(post("/api/assessments?lang=en").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("en"))
                .andExpect(jsonPath("$.scenario.id").value("quartiers-nord-confinement"))
                .andExpect(jsonPath("$.actions[0].rank").value(1))
                .andExpect(jsonPath("$.actions[0].reasons[0].rule").isNotEmpty());
    }

    @Test
    void an_invalid_scenario_is_a_422_problem_listing_every_error_with_its_line() throws Exception {
        String yaml = "schemaVersion: 1\nid: test\ntitle: Test\nterritory:\n  name: X\n  level: VILLE\n  population: 0\n"
                + "crisis:\n  kind: HEALTH\n  phase: ACUTE\nindicators:\n  isolatedPeopleUncontactdPct: 40\n";
        mvc.perform(post("/api/assessments").contentType(YAML).content(yaml))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:vigie-sociale:problem:invalid-scenario"))
                .andExpect(jsonPath("$.title").value("Scénario invalide"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field == 'territory.level')].line").value(6))
                .andExpect(jsonPath("$.errors[?(@.field == 'territory.level')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("NEIGHBOURHOOD (quartier), COMMUNE (commune)"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'territory.population')].code").value("belowMin"))
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators.isolatedPeopleUncontactdPct')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("isolatedPeopleUncontactedPct"))));
    }

    @Test
    void a_syntax_error_gives_its_line_and_column() throws Exception {
        mvc.perform(post("/api/assessments?lang=en").contentType(MediaType.APPLICATION_JSON).content("{\"id\": }"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Invalid scenario"))
                .andExpect(jsonPath("$.errors[0].code").value("syntax"))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].column").value(8));
    }

    @Test
    void another_content_type_is_a_415_naming_the_accepted_ones() throws Exception {
        mvc.perform(post("/api/assessments").contentType(MediaType.TEXT_PLAIN).content("schemaVersion: 1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("application/json, application/yaml")));
        mvc.perform(post("/api/assessments").content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void a_body_over_one_megabyte_is_a_413() throws Exception {
        byte[] big = new byte[ScenarioReader.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        mvc.perform(post("/api/assessments").contentType(YAML).content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("urn:vigie-sociale:problem:payload-too-large"));
    }

    @Test
    void an_unknown_language_is_a_400_listing_the_allowed_ones() throws Exception {
        mvc.perform(post("/api/assessments?lang=de").contentType(YAML).content(TestScenarios.bytes("canicule-bourg-rural.yaml")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("lang"))
                .andExpect(jsonPath("$.allowed[0]").value("fr"))
                .andExpect(jsonPath("$.allowed[1]").value("en"));
    }

    /** The problem+json body of a 405 comes from the error controller, checked in the HTTP test. */
    @Test
    void a_wrong_method_is_a_405() throws Exception {
        mvc.perform(get("/api/assessments")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void the_api_needs_no_csrf_token_and_no_cookie() throws Exception {
        mvc.perform(post("/api/assessments").contentType(YAML).content(TestScenarios.bytes("territoire-bien-prepare.yaml")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions").isArray());
        assertThat(Lang.parse("en")).isPresent();
    }

    @Test
    void a_megabyte_of_unknown_keys_gets_a_short_answer_with_the_first_hundred_and_the_count_of_the_rest() throws Exception {
        StringBuilder yaml = new StringBuilder(TestScenarios.text("canicule-bourg-rural.yaml"));
        int keys = 0;
        while (yaml.length() < 1_000_000) {
            yaml.append("k").append(keys++).append(": 1\n");
        }
        String body = mvc.perform(post("/api/assessments").contentType(YAML).content(yaml.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(101))
                .andExpect(jsonPath("$.errors[100].code").value("moreErrors"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(keys).isGreaterThan(100_000);
        assertThat(body.length()).as("the answer, for %d mistakes", keys).isLessThan(50_000); // was 47.9 MB
        assertThat(body).contains("autres erreurs, non montrées");
    }
}
