package fr.vigiesociale.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioWriter;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@WebSliceTest
class ResultPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase rules;

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The card of one action, from its anchor to the end of its article. */
    private static String card(String html, String action) {
        String card = html.substring(html.indexOf("id=\"action-" + action + "\""));
        return card.substring(0, card.indexOf("</article>"));
    }

    @Test
    void one_card_per_action_in_rank_order_with_level_preconisations_horizon_and_actors() throws Exception {
        String html = page("/scenarios/quartiers-nord-confinement/evaluation");
        Assessment a = rules.assess(VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml")));
        int last = -1;
        for (AssessedAction x : a.actions()) {
            int at = html.indexOf("id=\"action-" + x.id() + "\"");
            assertThat(at).as(x.id()).isGreaterThan(last);
            last = at;
        }
        assertThat(html.split("<article class=\"card").length - 1).isEqualTo(a.actions().size());
        AssessedAction first = a.actions().get(0);
        String card = card(html, first.id());
        assertThat(card).contains("class=\"badge level-" + first.level() + "\"")
                .contains("title=\"" + HtmlUtils.htmlEscape(rules.preconisationTitle(first.preconisations().get(0),
                        fr.vigiesociale.i18n.Lang.FR), "UTF-8") + "\">P" + first.preconisations().get(0) + "<")
                .contains("Horizon : ").contains("Acteurs :").contains("<summary>Pourquoi ?</summary>");
    }

    @Test
    void why_shows_every_reason_its_rule_the_facts_read_and_the_points() throws Exception {
        String html = page("/scenarios/quartiers-nord-confinement/evaluation");
        Assessment a = rules.assess(VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml")));
        for (AssessedAction x : a.actions()) {
            for (var r : x.reasons()) {
                assertThat(html).contains(HtmlUtils.htmlEscape(r.text(), "UTF-8"))
                        .contains(HtmlUtils.htmlEscape("règle « " + r.rule() + " »", "UTF-8"));
            }
        }
        assertThat(html).contains("Demandes d&#39;aide alimentaire</span> : <strong>80 % d&#39;évolution</strong>");
    }

    /**
     * The panel says how the points make the score: each reason's points with what they add past
     * the knee, the total points, and the diminishing returns or the ceiling without an alarm.
     */
    @Test
    void why_shows_the_points_before_the_scale_and_what_they_add_to_the_score() throws Exception {
        String html = page("/scenarios/departement-multi-fronts/evaluation");
        Assessment a = rules.assess(VigieSociale.readScenario(Path.of("scenarios/departement-multi-fronts.yaml")));
        AssessedAction top = a.actions().get(0);
        assertThat(top.points()).isGreaterThan(top.score());
        String card = card(html, top.id());
        String points = fr.vigiesociale.report.Labels.score(top.points(), fr.vigiesociale.i18n.Messages.of(fr.vigiesociale.i18n.Lang.FR));
        assertThat(card).contains("Score : " + points + " points au total ; au-delà de 70, chaque point compte de moins en moins")
                .containsPattern("\\+[0-9,]+ \\(compte \\+[0-9,]+\\)");
        AssessedAction noAlarm = a.actions().stream().filter(x -> !x.alarmTrigger()).findFirst().orElseThrow();
        String other = card(html, noAlarm.id());
        assertThat(HtmlUtils.htmlUnescape(other)).contains("sans signal propre au seuil d'alerte");
    }

    @Test
    void why_cites_the_report_passages_behind_each_reason_and_the_source_of_thresholds() throws Exception {
        String html = page("/scenarios/quartiers-nord-confinement/evaluation");
        Assessment a = rules.assess(VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml")));
        for (AssessedAction x : a.actions()) {
            for (var r : x.reasons()) {
                for (var c : r.sources()) {
                    assertThat(html).as("link to %s", c.passage()).contains("href=\"/rapport?lang=fr#" + c.passage() + "\"");
                }
            }
        }
        assertThat(html).contains("Sources :")
                .contains(HtmlUtils.htmlEscape("« Une crise alimentaire » (interprétation)", "UTF-8"))
                .contains(HtmlUtils.htmlEscape("HCTS, 25 janvier 2021 — Partie II, impact sur les publics : « Une crise alimentaire »", "UTF-8"))
                .contains(HtmlUtils.htmlEscape("Seuils : Chiffres publics de 2020 (hors rapport HCTS)", "UTF-8"));
    }

    @Test
    void the_chart_and_the_data_gaps_panel_are_there() throws Exception {
        String html = page("/scenarios/canicule-bourg-rural/evaluation");
        assertThat(html).contains("id=\"chart\"").contains("Priorité par domaine")
                .contains("Autonomie des personnes âgées").contains("class=\"fill level-")
                .contains("id=\"gaps\"").contains("Ce qu&#39;il faudrait savoir");
    }

    @Test
    void a_calm_territory_is_told_so_not_alarmed() throws Exception {
        String html = page("/scenarios/territoire-bien-prepare/evaluation");
        Assessment a = rules.assess(VigieSociale.readScenario(Path.of("scenarios/territoire-bien-prepare.yaml")));
        assertThat(html).doesNotContain("badge level-CRITICAL");
        assertThat(a.actions()).noneMatch(x -> x.level() == fr.vigiesociale.ruleset.Level.CRITICAL);
    }

    @Test
    void the_language_switch_of_a_result_reposts_the_scenario_in_english() throws Exception {
        Scenario s = VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml"));
        String html = fr.vigiesociale.web.Redirects.followed(mvc, post("/resultat").with(csrf()).param("scenario", ScenarioWriter.yaml(s)).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<summary>Why?</summary>").contains("Priority by policy area")
                .contains(HtmlUtils.htmlEscape(rules.assess(s, fr.vigiesociale.i18n.Lang.EN).actions().get(0).title(), "UTF-8"));
    }

    @Test
    void a_result_has_its_own_address_that_reloads_the_same_page_and_carries_its_language() throws Exception {
        Scenario s = VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml"));
        String location = mvc.perform(post("/resultat").with(csrf()).param("scenario", ScenarioWriter.yaml(s)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/resultat?s=").endsWith("&lang=fr").hasSizeLessThan(4000);
        String first = mvc.perform(get(java.net.URI.create(location))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String again = mvc.perform(get(java.net.URI.create(location))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the same page, but for the forms' anti-forgery tokens, which are new on every page
        String token = "name=\"_csrf\" value=\"[^\"]*\"";
        assertThat(again.replaceAll(token, "")).isEqualTo(first.replaceAll(token, ""));
        assertThat(first).contains("id=\"share-url\"", "value=\"http://localhost" + location.replace("&", "&amp;") + "\"")
                .contains(HtmlUtils.htmlEscape(rules.assess(s).actions().get(0).title(), "UTF-8"));
        String english = mvc.perform(get(java.net.URI.create(location.replace("&lang=fr", "&lang=en")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("<summary>Why?</summary>");
    }

    @Test
    void a_damaged_or_oversized_link_gets_a_page_that_says_so() throws Exception {
        Scenario s = VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml"));
        String key = SharedScenario.encode(s);
        for (String bad : java.util.List.of(key.substring(0, key.length() / 2), "pas+du+base64!", "")) {
            mvc.perform(get("/resultat").param("s", bad)).andExpect(status().isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                            org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("incomplet ou abîmé"),
                                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")))));
        }
        // 4 MB of spaces deflate to a few kB: the link is refused before it is inflated in full
        java.util.zip.Deflater d = new java.util.zip.Deflater(9, true);
        d.setInput(new byte[4 << 20]);
        d.finish();
        byte[] buf = new byte[1 << 16];
        int n = d.deflate(buf);
        String bomb = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(buf, n));
        mvc.perform(get("/resultat").param("s", bomb)).andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("trop volumineux")));
    }

    @Test
    void a_tampered_hidden_scenario_is_refused_with_a_page_not_a_trace() throws Exception {
        mvc.perform(post("/resultat").with(csrf()).param("scenario", "schemaVersion: 1\nid: X X\n"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("n&#39;a pas pu être relu"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")))));
    }

    @Test
    void an_unknown_bundled_scenario_is_a_404_page() throws Exception {
        mvc.perform(get("/scenarios/inexistant/evaluation")).andExpect(status().isNotFound());
    }
}
