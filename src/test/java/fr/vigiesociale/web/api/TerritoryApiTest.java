package fr.vigiesociale.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/territories}: the reference by name, for the form's suggestions and for integrators. */
@WebSliceTest
class TerritoryApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aNameStartGivesPlacesWithWhatAScenarioNeeds() throws Exception {
        String body = mvc.perform(get("/api/territories").param("q", "roub").param("limit", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("[{\"inseeCode\":\"59512\",\"name\":\"Roubaix\",\"level\":\"COMMUNE\",\"departement\":\"59\",\"population\":");
        String form = mvc.perform(get("/formulaire")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("<datalist id=\"territory-suggestions\" data-source=\"/api/territories\"",
                "src=\"/js/territory-search.js\"", "id=\"f-territory-name\"", "id=\"f-territory-inseeCode\"");
    }

    @Test
    void everyKindOfTerritoryComesWithItsPopulationAndTheFormNamesItsKind() throws Exception {
        String aude = mvc.perform(get("/api/territories").param("q", "aude"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(aude).containsPattern("\\{\"inseeCode\":\"11\",\"name\":\"Aude\",\"level\":\"DEPARTMENT\",\"departement\":\"11\","
                + "\"population\":3[0-9]{5}\\}");
        String occitanie = mvc.perform(get("/api/territories").param("q", "occitanie"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(occitanie).containsPattern("\"level\":\"REGION\",\"departement\":null,\"population\":[0-9]{7}");
        String form = mvc.perform(get("/formulaire")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("data-level-department=\"département\"", "data-level-intercommunality=\"intercommunalité\"");
    }
}
