package fr.vigiesociale.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.RuleInfo;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@WebSliceTest
class CataloguePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase rules;

    @Test
    void every_preconisation_rule_trigger_and_action_comes_from_the_rule_base() throws Exception {
        String html = mvc.perform(get("/regles")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (int n = 1; n <= 12; n++) {
            assertThat(html).contains("id=\"preco-" + n + "\"")
                    .contains(HtmlUtils.htmlEscape(rules.preconisationTitle(n, Lang.FR), "UTF-8"));
        }
        for (RuleInfo r : rules.rules()) {
            if (r.context() || !r.actions().isEmpty()) {
                assertThat(html).contains(HtmlUtils.htmlEscape(r.name(), "UTF-8"))
                        .contains(HtmlUtils.htmlEscape(r.triggerFr(), "UTF-8"));
            }
        }
        rules.actions(Lang.FR).forEach(a -> assertThat(html).contains("id=\"catalogue-" + a.id() + "\""));
    }

    @Test
    void in_english_too() throws Exception {
        String html = mvc.perform(get("/regles?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("The rules and the recommendations")
                .contains(HtmlUtils.htmlEscape(rules.preconisationTitle(5, Lang.EN), "UTF-8"));
    }
}
