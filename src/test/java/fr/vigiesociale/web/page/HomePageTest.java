package fr.vigiesociale.web.page;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.web.TestScenarios;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void home_says_what_the_tool_does_and_offers_every_way_to_start() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"fr\">"),
                        containsString("Décrivez la situation de votre territoire"),
                        containsString("href=\"/formulaire\""),
                        containsString("action=\"/import\""),
                        containsString("name=\"_csrf\""),
                        containsString("href=\"/scenarios/canicule-bourg-rural/evaluation\""),
                        containsString("Canicule dans un bourg rural vieillissant"))));
    }

    @Test
    void home_groups_the_sample_scenarios_by_hazard_each_with_its_phase() throws Exception {
        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int flood = html.indexOf("<h3>Inondation</h3>");
        int storm = html.indexOf("<h3>Tempête</h3>");
        org.assertj.core.api.Assertions.assertThat(flood).as("a heading for floods").isPositive();
        org.assertj.core.api.Assertions.assertThat(storm).as("storms come after floods").isGreaterThan(flood);
        String floods = html.substring(flood, storm);
        org.assertj.core.api.Assertions.assertThat(floods)
                .contains("id=\"sample-inondation-vallee\"", "id=\"sample-n24-crue-trebes-huit-semaines-apres\"",
                        "phase de rétablissement")
                .doesNotContain("sample-n24-tempete");
        // within a group, the eve before the event and the event before what follows
        org.assertj.core.api.Assertions.assertThat(floods.indexOf("n24-crue-veille-vigilance-rouge-montargis"))
                .isLessThan(floods.indexOf("inondation-vallee"));
        org.assertj.core.api.Assertions.assertThat(floods.indexOf("inondation-vallee"))
                .isLessThan(floods.indexOf("n24-crue-trebes-huit-semaines-apres"));
    }

    @Test
    void home_presents_the_three_uses_and_every_page_has_an_icon() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Évaluer un territoire"), containsString("Comparer deux situations"),
                        containsString("Animer un exercice de crise"), containsString("href=\"/comparaison\""),
                        containsString("href=\"/formateur\""), containsString("href=\"/rejoindre\""),
                        containsString("href=\"/territoires\""),
                        containsString("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"))));
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentTypeCompatibleWith("image/x-icon"));
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")));
    }

    @Test
    void the_language_switch_gives_english_and_is_remembered() throws Exception {
        var cookie = mvc.perform(get("/?lang=en"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
                        containsString("Describe your territory"), containsString(">Français<"))))
                .andReturn().getResponse().getCookie("vigie-lang");
        mvc.perform(get("/").cookie(cookie)).andExpect(content().string(containsString("Describe your territory")));
    }

    @Test
    void a_language_the_site_does_not_have_is_not_remembered() throws Exception {
        var r = mvc.perform(get("/?lang=xx")).andExpect(content().string(containsString("<html lang=\"fr\">"))).andReturn();
        org.assertj.core.api.Assertions.assertThat(r.getResponse().getCookie("vigie-lang")).as("no cookie for a year of 'xx'").isNull();
    }

    @Test
    void an_uploaded_file_is_assessed_at_once() throws Exception {
        fr.vigiesociale.web.Redirects.followed(mvc, multipart("/import").file(new MockMultipartFile("file", "canicule.yaml", "application/yaml",
                        TestScenarios.bytes("canicule-bourg-rural.yaml"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"card"),
                        containsString("Maintenir et renforcer les passages des aides à domicile pendant la canicule"))));
    }

    @Test
    void an_invalid_file_gives_every_error_with_file_line_and_column_and_assesses_nothing() throws Exception {
        byte[] broken = TestScenarios.text("canicule-bourg-rural.yaml").replace("phase: ALERT", "phase: ALERTE")
                .replace("population:", "populaton:").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/import").file(new MockMultipartFile("file", "mon-scenario.yaml", "application/yaml", broken))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Ce fichier n&#39;est pas un scénario valide"),
                        containsString("mon-scenario.yaml:"),
                        containsString("vouliez-vous dire « ALERT »"),
                        containsString("vouliez-vous dire « population »"),
                        not(containsString("class=\"card")))));
    }

    @Test
    void a_file_that_is_not_yaml_or_json_or_no_file_is_refused_with_a_message() throws Exception {
        mvc.perform(multipart("/import").file(new MockMultipartFile("file", "notes.txt", "text/plain", "x".getBytes()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("extension de fichier non reconnue")));
        mvc.perform(multipart("/import").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("le fichier est vide")));
    }

    @Test
    void an_upload_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(multipart("/import").file(new MockMultipartFile("file", "a.yaml", "application/yaml",
                        TestScenarios.bytes("canicule-bourg-rural.yaml"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void pages_carry_security_headers() throws Exception {
        mvc.perform(get("/"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"));
    }
}
