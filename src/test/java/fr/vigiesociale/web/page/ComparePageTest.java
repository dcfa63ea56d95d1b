package fr.vigiesociale.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioWriter;
import fr.vigiesociale.web.TestScenarios;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebSliceTest
class ComparePageTest {

    @Autowired
    MockMvc mvc;

    private static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_choice_page_offers_the_bundled_scenarios_and_files() throws Exception {
        String html = html(mvc.perform(get("/comparaison")).andExpect(status().isOk()));
        assertThat(html).contains("name=\"before\"").contains("name=\"afterFile\"").contains("value=\"canicule-bourg-rural\"");
    }

    @Test
    void two_bundled_scenarios_side_by_side_with_inputs_and_actions_that_change() throws Exception {
        String html = html(fr.vigiesociale.web.Redirects.followed(mvc, multipart("/comparaison").with(csrf())
                        .param("before", "territoire-bien-prepare").param("after", "quartiers-nord-confinement"))
                .andExpect(status().isOk()));
        assertThat(html).contains("id=\"side-before\"").contains("id=\"side-after\"")
                .contains("Ce qui change dans la situation").contains("Actions ajoutées (")
                .contains("id=\"changes-added\"").contains("id=\"changes-removed\"");
    }

    @Test
    void an_uploaded_file_can_be_one_side_and_its_errors_are_shown() throws Exception {
        html(fr.vigiesociale.web.Redirects.followed(mvc, multipart("/comparaison").file(new MockMultipartFile("afterFile", "variante.yaml",
                        "application/yaml", TestScenarios.bytes("canicule-bourg-rural.yaml")))
                        .with(csrf()).param("before", "canicule-bourg-rural"))
                .andExpect(status().isOk()));
        String errors = html(mvc.perform(multipart("/comparaison").file(new MockMultipartFile("afterFile", "variante.yaml",
                        "application/yaml", "schemaVersion: 3\n".getBytes(StandardCharsets.UTF_8))).with(csrf()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(errors).contains("Situation de départ — choisissez un scénario d&#39;exemple ou un fichier")
                .contains("Variante — variante.yaml:1:");
    }

    @Test
    void a_variant_from_a_result_shows_what_it_adds_and_raises() throws Exception {
        Scenario base = VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml"));
        String form = html(mvc.perform(post("/variante").with(csrf()).param("scenario", ScenarioWriter.yaml(base)))
                .andExpect(status().isOk()));
        assertThat(form).contains("Variante de « Canicule dans un bourg rural vieillissant »")
                .contains("action=\"/comparaison/variante\"").contains("name=\"baseline\"");
        var request = post("/comparaison/variante").with(csrf()).param("baseline", ScenarioWriter.yaml(base));
        ScenarioForm.of(base, fr.vigiesociale.i18n.Lang.FR).values().forEach(request::param);
        request.param("indicators.emergencyShelterUnansweredPct", "60");
        String html = html(fr.vigiesociale.web.Redirects.followed(mvc, request).andExpect(status().isOk()));
        assertThat(html).contains("Demandes au 115 sans place").contains("60 % des demandes");
        String added = html.substring(html.indexOf("id=\"changes-added\""), html.indexOf("id=\"changes-raised\""));
        assertThat(added).contains("Renforcer les maraudes pendant la canicule");
        // the variant goes by a name of its own: never two columns under the same title
        assertThat(form).contains("value=\"Canicule dans un bourg rural vieillissant — variante\"");
        String after = html.substring(html.indexOf("id=\"side-after\""), html.indexOf("id=\"inputs\""));
        assertThat(after).contains("Canicule dans un bourg rural vieillissant — variante");
        assertThat(html.substring(html.indexOf("id=\"side-before\""), html.indexOf("id=\"side-after\"")))
                .contains("Canicule dans un bourg rural vieillissant<").doesNotContain("— variante");
    }

    @Test
    void a_comparison_links_back_to_both_results_exports_and_offers_its_address() throws Exception {
        String location = mvc.perform(multipart("/comparaison").with(csrf()).param("before", "paire-isoles-vigilance")
                        .param("after", "paire-isoles-alerte"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String html = html(mvc.perform(get(java.net.URI.create(location))).andExpect(status().isOk()));
        String avant = location.replaceAll(".*avant=([^&]+).*", "$1");
        String apres = location.replaceAll(".*apres=([^&]+).*", "$1");
        assertThat(html).contains("id=\"open-before\" href=\"/resultat?s=" + avant, "id=\"open-after\" href=\"/resultat?s=" + apres,
                "id=\"share-url\"", "http://localhost/comparaison/resultat?avant=" + avant + "&amp;apres=" + apres,
                "id=\"compare-download-pdf\"", "id=\"compare-download-markdown\"");
        mvc.perform(get("/resultat").param("s", avant)).andExpect(status().isOk());

        String md = html(mvc.perform(get("/comparaison/export/markdown").param("avant", avant).param("apres", apres))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("comparaison-paire-isoles-vigilance-paire-isoles-alerte.md"))));
        assertThat(md).startsWith("# Comparer deux situations").contains("**Situation de départ** : ", "**Variante** : ",
                "## Ce qui change dans la situation", "## Actions ajoutées (", "| Action | Situation de départ | Variante | Écart |");
        byte[] pdf = mvc.perform(get("/comparaison/export/pdf").param("avant", avant).param("apres", apres))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Comparer deux situations",
                    "Ce qui change dans la situation", "Établi le", "hcts-2021");
        }
        mvc.perform(get("/comparaison/export/docx").param("avant", avant).param("apres", apres)).andExpect(status().isNotFound());
    }

    @Test
    void an_invalid_variant_goes_back_to_the_form_with_its_errors_and_the_baseline() throws Exception {
        Scenario base = VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml"));
        var request = post("/comparaison/variante").with(csrf()).param("baseline", ScenarioWriter.yaml(base));
        ScenarioForm.of(base, fr.vigiesociale.i18n.Lang.FR).values().forEach((k, v) ->
                request.param(k, k.equals("territory.population") ? "beaucoup" : v));
        String html = html(mvc.perform(request).andExpect(status().isUnprocessableContent()));
        assertThat(html).contains("un nombre entier est attendu").contains("name=\"baseline\"");
    }

    @Test
    void a_comparison_has_its_own_address() throws Exception {
        String location = mvc.perform(multipart("/comparaison").with(csrf()).param("before", "paire-isoles-vigilance")
                        .param("after", "paire-isoles-alerte"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/comparaison/resultat?avant=").contains("&apres=");
        String html = html(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(java.net.URI.create(location)))
                .andExpect(status().isOk()));
        assertThat(html).contains("id=\"lang-switch\"", "/comparaison/resultat?avant=");
    }
}
