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
}
