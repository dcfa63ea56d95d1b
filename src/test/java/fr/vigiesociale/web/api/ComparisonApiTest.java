package fr.vigiesociale.web.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.web.TestScenarios;
import fr.vigiesociale.web.WebSliceTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ComparisonApiTest {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Autowired
    MockMvc mvc;

    /** The same territory, three weeks later, with food-aid requests up from 40 % to 120 %. */
    private static String pair(String afterFoodAid) {
        String base = TestScenarios.text("quartiers-nord-confinement.yaml");
        String after = base.replaceAll("foodAidRequestsChangePct: *[0-9.]+", "foodAidRequestsChangePct: " + afterFoodAid);
        return "before:\n" + indent(base) + "after:\n" + indent(after);
    }

    private static String indent(String yaml) {
        return yaml.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
                .map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void a_worse_variant_raises_actions_and_lists_every_change() throws Exception {
        mvc.perform(post("/api/comparisons").contentType(YAML).content(pair("-10")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.before.scenario.id").value("quartiers-nord-confinement"))
                .andExpect(jsonPath("$.after.actions").isArray())
                .andExpect(jsonPath("$.changes.removed[?(@.id == 'FOOD-AID-COORDINATION')].after").value(Matchers.hasItem(Matchers.nullValue())))
                .andExpect(jsonPath("$.changes.added").isArray())
                .andExpect(jsonPath("$.changes.raised").isArray())
                .andExpect(jsonPath("$.changes.lowered").isArray());
    }

    @Test
    void errors_of_each_side_are_prefixed_with_its_name() throws Exception {
        mvc.perform(post("/api/comparisons").contentType(YAML).content(pair("lots")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("after.indicators.foodAidRequestsChangePct"))
                .andExpect(jsonPath("$.errors[0].code").value("expected.NUMBER"));
    }

    @Test
    void a_body_without_before_and_after_is_refused_with_a_useful_message() throws Exception {
        mvc.perform(post("/api/comparisons").contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("comparisonShape"));
        mvc.perform(post("/api/comparisons").contentType(MediaType.APPLICATION_JSON).content("{\"avant\": {}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("avant", "before", "after")));
    }

    @Test
    void each_side_is_read_as_strictly_as_a_scenario_file_with_its_line_and_column() throws Exception {
        // a key given twice was silently the last one; it is an error, at its line in the whole body
        String twice = pair("120").replaceFirst("(?m)^(  title: .*)$", "$1\n  title: Encore");
        mvc.perform(post("/api/comparisons").contentType(YAML).content(twice))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("duplicateKey"))
                .andExpect(jsonPath("$.errors[0].field").value("before.title"))
                .andExpect(jsonPath("$.errors[0].line").value(5));
        // YAML tags such as !!binary are not scenario values
        mvc.perform(post("/api/comparisons").contentType(YAML).content(pair("120").replaceFirst("(?m)^(  title: ).*$", "$1!!binary aGVsbG8=")))
                .andExpect(status().isUnprocessableContent());
        // the nesting limit of scenario files holds (16 levels), not Jackson's 500
        String deep = "{\"before\": " + "[".repeat(40) + "]".repeat(40) + ", \"after\": {}}";
        mvc.perform(post("/api/comparisons").contentType(MediaType.APPLICATION_JSON).content(deep))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("tooDeep"))
                .andExpect(jsonPath("$.errors[0].line").value(1));
    }
}
