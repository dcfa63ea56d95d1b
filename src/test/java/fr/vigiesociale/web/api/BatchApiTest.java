package fr.vigiesociale.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/batch}: a CSV of territories in, the ranking out as JSON lines or CSV. */
@WebSliceTest
class BatchApiTest {

    private static final String CSV = "inseeCode;foodAidRequestsChangePct;isolatedPeopleUncontactedPct\n"
            + "59512;48;\n71076;12;35\n99999;10;\n";

    @Autowired
    MockMvc mvc;

    @Test
    void theRankingComesAsJsonLinesWithTheBadRowsAtTheEnd() throws Exception {
        String body = mvc.perform(post("/api/batch?kind=health&phase=acute").contentType("text/csv").content(CSV))
                .andExpect(status().isOk()).andExpect(header().string("X-Vigie-Errors", "1"))
                .andExpect(header().string("Content-Type", "application/x-ndjson"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var lines = body.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"rank\":1,").contains("\"top\":[{\"id\":");
        assertThat(lines.get(2)).contains("\"error\"", "\"line\":4", "\"column\":\"inseeCode\"", "99999");
    }

    @Test
    void asCsvForASpreadsheetAndA422WhenNoRowCanBeRead() throws Exception {
        String csv = mvc.perform(post("/api/batch?kind=HEALTH&phase=ACUTE&lang=en").contentType("text/csv").content(CSV)
                        .accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("rank;inseeCode;name");
        assertThat(csv).contains("Roubaix", "Chalon-sur-Saône");
        String problem = mvc.perform(post("/api/batch?kind=HEALTH").contentType("text/csv").content(CSV))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("invalid-batch", "crisis.phase", "--phase");
    }

    @Test
    void aFileSavedInTheSpreadsheetsOwnEncodingIsRefusedAtItsFirstUnreadableCharacter() throws Exception {
        byte[] latin1 = "inseeCode;territory.name\n59512;Roubaix\n48146;Sainte-\u00c9nimie\n".getBytes(StandardCharsets.ISO_8859_1);
        String problem = mvc.perform(post("/api/batch?kind=HEALTH&phase=ACUTE").contentType("text/csv").content(latin1))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("\"line\":3", "pas en UTF-8", "colonne 14", "CSV UTF-8").doesNotContain("\uFFFD");
        // the same file as a spreadsheet exports it in UTF-8, byte order mark first, is read
        byte[] bom = ("\uFEFF" + "inseeCode;territory.name\n59512;Roubaix\n48146;Sainte-\u00c9nimie\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/batch?kind=HEALTH&phase=ACUTE").contentType("text/csv").content(bom))
                .andExpect(status().isOk()).andExpect(header().string("X-Vigie-Errors", "0"));
    }

    @Test
    void aHeaderOfMistakesGetsTheFirstHundredAndHowManyMore() throws Exception {
        StringBuilder csv = new StringBuilder("inseeCode");
        for (int i = 0; i < 250; i++) {
            csv.append(";colonne").append(i);
        }
        csv.append("\n59512").append(";1".repeat(250)).append('\n');
        String problem = mvc.perform(post("/api/batch?kind=HEALTH").contentType("text/csv").content(csv.toString()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var errors = tools.jackson.databind.json.JsonMapper.builder().build().readTree(problem).path("errors");
        assertThat(errors.size()).isEqualTo(101);
        assertThat(errors.get(100).path("message").asString()).contains("151 autre(s) erreur(s)");
        assertThat(errors.get(100).path("code").asString()).isEqualTo("moreErrors");
        assertThat(errors).allSatisfy(e -> assertThat(e.path("line").asInt() > 0 || e.has("code")).isTrue());
    }

    @Test
    void anEmptyFileIsRefusedWhereItsHeaderShouldBe() throws Exception {
        String problem = mvc.perform(post("/api/batch?kind=HEALTH&phase=ACUTE").contentType("text/csv").content(""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("\"line\":1", "fichier vide");
    }
}
