package fr.vigiesociale.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST entry points that read a body, fed arbitrary bodies under every content type a client
 * might send: never a server error, never an internal message, a bounded answer, and each error
 * of a 422 with its field or its position. Seeds in {@code src/test/resources/fr/vigiesociale/fuzz/};
 * {@code JAZZER_FUZZ=1} fuzzes (docs/robustness.md).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RestEntryPointsFuzzTest {

    private static final String[] PATHS = {"/api/assessments", "/api/comparisons", "/api/timelines", "/api/batch",
        "/api/assessments?lang=en", "/api/batch?kind=HEALTH&phase=ACUTE"};
    private static final String[] TYPES = {"application/yaml", "application/json", "text/csv", "text/plain",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
        "application/octet-stream"};
    /** Far above the capped list of 100 errors: a refusal never grows with its input. */
    private static final int MAX_ERROR_ANSWER = 64 * 1024;

    @Autowired
    MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    @FuzzTest(maxDuration = "30s")
    void body(FuzzedDataProvider data) throws Exception {
        String path = data.pickValue(PATHS);
        String type = data.pickValue(TYPES);
        byte[] body = data.consumeRemainingAsBytes();
        MockHttpServletResponse r = mvc.perform(post(path).contentType(type).content(body)).andReturn().getResponse();
        String answer = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as("%s %s: %s", path, type, answer).isLessThan(500);
        if (r.getStatus() >= 400) {
            assertThat(answer.length()).as("size of an error answer").isLessThan(MAX_ERROR_ANSWER);
            UserFacingText.assertPlain(answer, path + " " + r.getStatus(), new String(body, StandardCharsets.UTF_8));
        }
        if (r.getStatus() == 422 && answer.startsWith("{")) {
            JsonNode errors = json.readTree(answer).path("errors");
            for (JsonNode e : errors) {
                assertThat(!e.path("field").asString("").isEmpty() || e.path("line").asInt(0) > 0
                        || UserFacingText.WHOLE_FILE.contains(e.path("code").asString("")))
                        .as("%s: error with a field or a position: %s", path, e).isTrue();
            }
        }
    }
}
