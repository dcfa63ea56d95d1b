package fr.vigiesociale.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.report.MarkdownReport;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.scenario.ScenarioWriter;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase rules;

    private final Scenario scenario = VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml"));

    private byte[] export(String format) throws Exception {
        return mvc.perform(post("/export/" + format).with(csrf()).param("scenario", ScenarioWriter.yaml(scenario)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"quartiers-nord-confinement")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_yaml_download_reads_back_to_the_same_scenario() throws Exception {
        assertThat(new ScenarioReader().read("x.yaml", export("yaml"), ScenarioReader.Format.YAML)).isEqualTo(scenario);
    }

    @Test
    void the_json_download_is_the_assessment_the_command_line_prints() throws Exception {
        assertThat(new String(export("json"), StandardCharsets.UTF_8))
                .isEqualTo(JsonReport.render(rules.assess(scenario)) + "\n");
    }

    @Test
    void the_markdown_download_is_the_command_line_report() throws Exception {
        assertThat(new String(export("markdown"), StandardCharsets.UTF_8))
                .isEqualTo(MarkdownReport.render(scenario, rules.assess(scenario)));
    }

    @Test
    void the_pdf_is_a_real_pdf_with_the_actions_reasons_and_french_characters() throws Exception {
        byte[] pdf = export("pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Assessment a = rules.assess(scenario);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Quartiers nord").contains("Ce qu'il faudrait savoir")
                    .contains(a.actions().get(0).title().substring(0, 30))
                    .contains("préconisation").contains("«")
                    .containsPattern("Sources : \\[\\d+\\] \\((interprétation|direct)\\)").contains("(interprétation)")
                    .contains("[1] HCTS, 25 janvier 2021")
                    .contains("Seuils : Chiffres publics de 2020 (hors rapport HCTS)")
                    .contains("Passages cités des documents sources")
                    .contains("Lettre du ministre, 7 mai 2021 — § 7 : « La crise sanitaire s'est également traduite");
        }
    }

    @Test
    void the_printed_report_says_when_and_by_which_rules_its_first_page_has_actors_and_deadlines_and_no_page_is_near_empty()
            throws Exception {
        Assessment a = rules.assess(scenario);
        try (PDDocument doc = Loader.loadPDF(export("pdf"))) {
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(1);
            page.setEndPage(1);
            String first = page.getText(doc).replaceAll("\\s+", " ");
            assertThat(first).containsPattern("Établi le \\d{1,2} \\p{L}+ \\d{4} à \\d{2}:\\d{2} \\(heure de Paris\\)")
                    .contains("hcts-2021 v" + a.ruleset().version(), "sha256 " + a.ruleset().sha256().substring(0, 12))
                    .contains("Acteurs", "Échéance", "Aide à la décision")
                    .contains("1 / " + doc.getNumberOfPages());
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                page.setStartPage(p);
                page.setEndPage(p);
                assertThat(page.getText(doc).strip().length()).as("text on page %d", p).isGreaterThan(300);
            }
        }
    }

    @Test
    void an_unknown_format_is_a_404() throws Exception {
        mvc.perform(post("/export/docx").with(csrf()).param("scenario", ScenarioWriter.yaml(scenario)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_title_with_an_invisible_control_character_is_refused_with_its_place_not_a_server_error() throws Exception {
        String yaml = ScenarioWriter.yaml(scenario).replace("title: Quartiers nord — premier confinement",
                "title: \"Quartiers nord\\x01\"");
        assertThat(yaml).contains("\\x01");
        // the page's hidden field was tampered with: a bad request, as for any other invalid value there
        mvc.perform(post("/export/pdf").with(csrf()).param("scenario", yaml))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("U+0001")));
    }

    @Test
    void a_download_without_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/export/pdf").param("scenario", ScenarioWriter.yaml(scenario))).andExpect(status().isForbidden());
    }
}
