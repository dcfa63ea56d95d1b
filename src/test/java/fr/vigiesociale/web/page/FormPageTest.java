package fr.vigiesociale.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.ScenarioFields;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest
class FormPageTest {

    @Autowired
    MockMvc mvc;

    /**
     * The minimum a manager must give (a title, the territory and the crisis), with some fields
     * replaced or added: {@code "field", "value", …}.
     */
    static MockHttpServletRequestBuilder minimal(String url, String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", "Ville test — confinement");
        fields.put("territory.name", "Ville test");
        fields.put("territory.level", "COMMUNE");
        fields.put("territory.population", "12 000");
        fields.put("crisis.kind", "HEALTH");
        fields.put("crisis.phase", "ACUTE");
        fields.put("crisis.lockdown", "FULL");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void the_blank_form_has_every_contract_field_grouped_labelled_and_explained() throws Exception {
        String html = mvc.perform(get("/formulaire")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Messages m = Messages.of(Lang.FR);
        for (FieldSpec f : ScenarioFields.all()) {
            if (f.path().equals("schemaVersion")) {
                continue;
            }
            assertThat(html).as(f.path()).contains("name=\"" + f.path() + "\"")
                    .contains(org.springframework.web.util.HtmlUtils.htmlEscape(m.get("field." + f.path() + ".help"), "UTF-8"));
        }
        for (String block : new String[] {"Territoire", "Crise", "Indicateurs", "Gouvernance", "Ressources", "Pratiques"}) {
            assertThat(html).contains("<legend>" + block + "</legend>");
        }
        assertThat(html).contains("<option value=\"\" selected=\"selected\">inconnu</option>")
                .contains("placeholder=\"inconnu\"").contains("% d&#39;évolution");
    }

    @Test
    void a_bundled_scenario_opens_in_the_form_with_its_values() throws Exception {
        mvc.perform(get("/scenarios/canicule-bourg-rural/formulaire"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"Canicule dans un bourg rural vieillissant\""),
                        containsString("<option value=\"CLIMATE\" selected=\"selected\">climatique</option>"))));
        mvc.perform(get("/scenarios/inconnu/formulaire")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Aucun scénario d&#39;exemple ne porte l&#39;identifiant « inconnu »")));
    }

    @Test
    void a_valid_form_gives_ranked_cards() throws Exception {
        fr.vigiesociale.web.Redirects.followed(mvc, minimal("/evaluation", "indicators.foodAidRequestsChangePct", "80,5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"action-FOOD-AID-COORDINATION\""),
                        containsString("<span class=\"rank\">1</span>"), containsString("Pourquoi ?"),
                        containsString("80,5 % d&#39;évolution"))));
    }

    @Test
    void a_percentage_typed_with_its_sign_or_a_comma_is_a_number() throws Exception {
        fr.vigiesociale.web.Redirects.followed(mvc, minimal("/evaluation", "indicators.foodAidRequestsChangePct", "40 %",
                        "indicators.isolatedPeopleUncontactedPct", "40,5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("40 % d&#39;évolution"), containsString("40,5 % du registre"))));
        // a "%" is a percentage's sign only: in a count it stays an error, named at its field
        mvc.perform(minimal("/evaluation", "territory.population", "40 %")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void every_yes_no_starts_at_unknown_and_a_hazard_of_another_crisis_is_named_in_words() throws Exception {
        String blank = mvc.perform(get("/formulaire")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String path : new String[] {"territory.priorityNeighbourhood", "territory.rural"}) {
            String select = blank.substring(blank.indexOf("name=\"" + path + "\""));
            assertThat(select.substring(0, select.indexOf("</select>")))
                    .contains("<option value=\"\" selected=\"selected\">inconnu (compté comme « non »)</option>")
                    .doesNotContain("<option value=\"false\" selected");
        }
        String html = mvc.perform(minimal("/evaluation", "crisis.hazard", "FLOOD"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("l&#39;aléa FLOOD (inondation) n&#39;est pas une crise HEALTH (sanitaire)");
    }

    @Test
    void a_population_too_large_to_keep_exactly_is_refused_not_shown_as_the_largest_long() throws Exception {
        for (String typed : java.util.List.of("99999999999999999999999999999", "99 999 999 999 999 999 999")) {
            String html = mvc.perform(minimal("/evaluation", "territory.population", typed))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(typed).contains("trop grand pour être gardé exactement").doesNotContain("9 223 372 036 854 775 807")
                    .doesNotContain("9223372036854775807");
        }
    }

    @Test
    void errors_are_the_command_line_messages_next_to_their_field_and_nothing_typed_is_lost() throws Exception {
        String html = mvc.perform(minimal("/evaluation", "territory.population", "-3", "indicators.pupilsOutOfContactPct", "beaucoup", "indicators.isolatedPeopleUncontactedPct", "140", "indicators.foodAidRequestsChangePct", "55"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Messages m = Messages.of(Lang.FR);
        assertThat(html).contains("3 erreur(s) à corriger")
                .contains(esc(m.get("error.expected.NUMBER", "\"beaucoup\"")))
                .contains(esc(m.get("error.outOfRange", "140", "0", "100")))
                .contains(esc(m.get("error.belowMin", "-3", "1")))
                .contains("value=\"beaucoup\"").contains("value=\"140\"").contains("value=\"55\"")
                .contains("value=\"Ville test — confinement\"")
                .doesNotContain("class=\"card");
        // each message sits in the field's own block, right after its help
        int field = html.indexOf("id=\"f-indicators-pupilsOutOfContactPct\"");
        int error = html.indexOf(esc(m.get("error.expected.NUMBER", "\"beaucoup\"")), field);
        assertThat(field).isPositive();
        assertThat(error - field).isBetween(1, 1500);
    }

    @Test
    void a_missing_required_field_is_named_and_unknown_is_not_zero() throws Exception {
        mvc.perform(post("/evaluation").with(csrf()).param("title", "Sans territoire"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("champ obligatoire manquant")));
        // an indicator left empty stays unknown: it is listed as worth knowing, not read as 0
        fr.vigiesociale.web.Redirects.followed(mvc, minimal("/evaluation"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Demandes d&#39;aide alimentaire"),
                        containsString("id=\"gaps\""))));
    }

    @Test
    void script_in_a_name_is_shown_as_text_never_run() throws Exception {
        String html = fr.vigiesociale.web.Redirects.followed(mvc, minimal("/evaluation", "title", "<script>alert('x')</script>", "territory.name", "Ville <img src=x onerror=alert(1)>"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("Ville &lt;img src=x");
        String form = mvc.perform(minimal("/evaluation", "title", "<script>alert(1)</script>", "territory.population", "zéro"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).doesNotContain("<script>alert").contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");
    }

    @Test
    void the_form_without_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/evaluation").param("title", "x")).andExpect(status().isForbidden());
    }

    @Test
    void switching_language_on_the_form_keeps_every_value() throws Exception {
        mvc.perform(minimal("/formulaire/langue", "lang", "en", "indicators.digitalExclusionPct", "31"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Describe the territory"),
                        containsString("value=\"31\""), containsString("value=\"Ville test — confinement\""))));
    }

    @Test
    void the_title_gives_the_identifier_when_none_is_typed() {
        assertThat(ScenarioForm.slug("Quartiers nord — Été 2020 !")).isEqualTo("quartiers-nord-ete-2020");
        assertThat(ScenarioForm.slug("— !")).isNull();
    }

    private static String esc(String s) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(s, "UTF-8");
    }

    @Test
    void english_page_and_english_errors() throws Exception {
        mvc.perform(minimal("/evaluation", "lang", "en", "territory.level", "TOWN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Describe the territory"),
                        containsString("NEIGHBOURHOOD (neighbourhood), COMMUNE (commune)"), not(containsString("Décrire")))));
    }
}
