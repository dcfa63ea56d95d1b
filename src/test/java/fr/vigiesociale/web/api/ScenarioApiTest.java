package fr.vigiesociale.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ScenarioApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void lists_every_bundled_scenario_with_its_address() throws Exception {
        long bundled;
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(java.nio.file.Path.of("scenarios"))) {
            bundled = s.filter(p -> p.toString().endsWith(".yaml")).count();
        }
        mvc.perform(get("/api/scenarios"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(bundled))
                .andExpect(jsonPath("$[0].id").value("accident-industriel"))
                .andExpect(jsonPath("$[0].href").value("/api/scenarios/accident-industriel"))
                .andExpect(jsonPath("$[?(@.id == 'canicule-bourg-rural')].crisisKind").value("CLIMATE"));
    }

    @Test
    void one_scenario_as_json_reads_back_to_the_bundled_file() throws Exception {
        byte[] json = mvc.perform(get("/api/scenarios/canicule-bourg-rural"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();
        Scenario read = new ScenarioReader().read("api", json, ScenarioReader.Format.JSON);
        assertThat(read).isEqualTo(VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml")));
    }

    @Test
    void json_or_yaml_as_the_accept_header_prefers() throws Exception {
        for (String accept : new String[] {"application/json, application/yaml, application/problem+json",
                "application/yaml;q=0.5, application/json", "*/*"}) {
            mvc.perform(get("/api/scenarios/quartiers-nord-confinement").header("Accept", accept))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        }
        for (String accept : new String[] {"application/yaml, application/json", "application/json;q=0.2, application/yaml"}) {
            mvc.perform(get("/api/exercises/canicule-personnes-isolees").header("Accept", accept))
                    .andExpect(content().contentTypeCompatibleWith("application/yaml"));
        }
    }

    @Test
    void one_scenario_as_yaml_when_asked() throws Exception {
        String yaml = mvc.perform(get("/api/scenarios/quartiers-nord-confinement").accept("application/yaml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(new ScenarioReader().read("api", yaml.getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.YAML))
                .isEqualTo(VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml")));
    }

    @Test
    void an_unknown_id_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/scenarios/nulle-part"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:vigie-sociale:problem:unknown-scenario"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nulle-part")));
    }
}
