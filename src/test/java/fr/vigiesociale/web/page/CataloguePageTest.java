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
    void every_rule_shows_its_sources_and_the_thresholds_show_where_their_figures_come_from() throws Exception {
        String html = mvc.perform(get("/regles")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (RuleInfo r : rules.rules()) {
            String row = html.substring(html.indexOf("id=\"" + r.anchor() + "\""));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).as("sources of %s", r.name()).contains("/rapport?lang=fr#" + r.sources().get(0).passage());
        }
        assertThat(html).contains("id=\"thresholds\"", "chiffres publics de 2020 (hors rapport)", "choix de conception");
    }

    @Test
    void a_rule_that_reads_an_indicator_shows_its_threshold_values_and_one_that_does_not_shows_none() throws Exception {
        String html = mvc.perform(get("/regles")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        RuleInfo foodAid = rules.rules().stream().filter(r -> r.reads().equals(java.util.List.of(
                "indicators.foodAidRequestsChangePct", "territory.priorityNeighbourhood"))).findFirst().orElseThrow();
        assertThat(row(html, foodAid)).contains("Seuils de « ", "vigilance 15, alerte 40");
        RuleInfo noIndicator = rules.rules().stream().filter(r -> r.reads().stream().noneMatch(f -> f.startsWith("indicators.")))
                .findFirst().orElseThrow();
        assertThat(row(html, noIndicator)).doesNotContain("threshold-values");
    }

    private static String row(String html, RuleInfo r) {
        String row = html.substring(html.indexOf("id=\"" + r.anchor() + "\""));
        return row.substring(0, row.indexOf("</tr>"));
    }

    @Test
    void the_report_page_shows_every_passage_with_its_rules_or_as_not_encoded() throws Exception {
        String html = mvc.perform(get("/rapport")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (var p : rules.passages(Lang.FR).values()) {
            int at = html.indexOf("id=\"" + p.id() + "\"");
            assertThat(at).as("passage %s", p.id()).isPositive();
            String article = html.substring(at, html.indexOf("</article>", at));
            assertThat(article).contains(HtmlUtils.htmlEscape(p.items().get(0), "UTF-8"));
            var implementing = rules.rules().stream()
                    .filter(r -> r.sources().stream().anyMatch(c -> c.passage().equals(p.id()))).toList();
            if (implementing.isEmpty()) {
                assertThat(article).contains("Pas encore encodé");
            } else {
                implementing.forEach(r -> assertThat(article).contains("href=\"/regles#" + r.anchor() + "\"",
                        HtmlUtils.htmlEscape(r.name(), "UTF-8")));
            }
        }
        String english = mvc.perform(get("/rapport?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The report and its rules", "A food crisis.", "Une crise alimentaire",
                "Food-aid requests rising: coordinate food aid");
    }

    @Test
    void in_english_too() throws Exception {
        String html = mvc.perform(get("/regles?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("The rules and the recommendations")
                .contains(HtmlUtils.htmlEscape(rules.preconisationTitle(5, Lang.EN), "UTF-8"));
    }
}
