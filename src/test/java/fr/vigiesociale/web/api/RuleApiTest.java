package fr.vigiesociale.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.RuleInfo;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class RuleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase rules;

    @Test
    void the_catalogue_has_the_twelve_preconisations_every_rule_and_every_action() throws Exception {
        String body = mvc.perform(get("/api/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleset.rules").value(rules.info().rules()))
                .andExpect(jsonPath("$.preconisations.length()").value(12))
                .andExpect(jsonPath("$.preconisations[0].number").value(1))
                .andExpect(jsonPath("$.preconisations[0].title").value(rules.preconisationTitle(1, fr.vigiesociale.i18n.Lang.FR)))
                .andExpect(jsonPath("$.contextRules.length()").value(rules.rules().stream().filter(RuleInfo::context).count()))
                .andExpect(jsonPath("$.actions.length()").value(rules.actions(fr.vigiesociale.i18n.Lang.FR).size()))
                .andExpect(jsonPath("$.thresholds.length()").value(12))
                .andExpect(jsonPath("$.thresholds[0].basis").value("PUBLIC_FIGURES_2020"))
                .andExpect(jsonPath("$.contextRules[0].sources[0].passage.text").isNotEmpty())
                .andExpect(jsonPath("$.contextRules[0].sources[0].link").isNotEmpty())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // Every rule a manager can meet: those that suggest actions and the context rules.
        for (RuleInfo r : rules.rules().stream().filter(r -> r.context() || !r.actions().isEmpty()).toList()) {
            assertThat(body).contains(r.name().replace("\"", "\\\""));
        }
    }

    @Test
    void triggers_in_english_with_lang_en() throws Exception {
        RuleInfo first = rules.rules().stream().filter(r -> !r.context()).findFirst().orElseThrow();
        String body = mvc.perform(get("/api/rules?lang=en")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains(first.triggerEn().replace("\"", "\\\""), first.nameEn().replace("\"", "\\\""));
        for (RuleInfo r : rules.rules()) {
            assertThat(body).as("English catalogue").doesNotContain("\"" + r.name().replace("\"", "\\\"") + "\"");
        }
    }

    @Test
    void an_unknown_language_is_a_400() throws Exception {
        mvc.perform(get("/api/rules?lang=xx")).andExpect(status().isBadRequest());
    }
}
