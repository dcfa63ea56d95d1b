package fr.vigiesociale.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioWriter;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The printed report is laid out for reading: the priorities and what is missing first, the actions
 * compact (several to a page, never one a page), the facts of each reason as a list, the cited
 * passages at the end. Every bundled scenario is printed; the flood's pages go to
 * {@code target/screenshots/rapport-inondation-vallee.pdf} to be looked at.
 */
@WebSliceTest
class ReportPdfLayoutTest {

    /** At most this many pages for the summary, what is missing, the chart and the cited passages. */
    static final int FIXED_PAGES = 3;
    /** At least this many actions to a page of details, on average (each with its reasons, facts and sources). */
    static final int ACTIONS_PER_PAGE = 2;

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase rules;

    private byte[] pdf(Scenario s) throws Exception {
        return mvc.perform(post("/export/pdf").with(csrf()).param("scenario", ScenarioWriter.yaml(s)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void everyBundledScenarioPrintsOnAFewPagesWithSeveralActionsToAPage() throws Exception {
        List<String> tooLong = new ArrayList<>();
        for (Scenario s : BundledScenarios.load().all()) {
            int actions = rules.assess(s).actions().size();
            byte[] bytes = pdf(s);
            if (s.id().equals("inondation-vallee")) {
                Files.createDirectories(Path.of("target/screenshots"));
                Files.write(Path.of("target/screenshots/rapport-inondation-vallee.pdf"), bytes);
            }
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                int bound = FIXED_PAGES + (actions + ACTIONS_PER_PAGE - 1) / ACTIONS_PER_PAGE;
                if (doc.getNumberOfPages() > bound) {
                    tooLong.add(s.id() + ": " + doc.getNumberOfPages() + " pages for " + actions + " actions (at most " + bound + ")");
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void thePrioritiesAndWhatIsMissingComeFirstTheCitedPassagesLast() throws Exception {
        Scenario flood = BundledScenarios.load().byId("inondation-vallee").orElseThrow();
        Assessment a = rules.assess(flood);
        try (PDDocument doc = Loader.loadPDF(pdf(flood))) {
            String text = new PDFTextStripper().getText(doc);
            int summary = text.indexOf("Actions suggérées");
            int gaps = text.indexOf("Ce qu'il faudrait savoir");
            int details = text.indexOf("Détail et justification");
            int passages = text.indexOf("Passages cités des documents sources");
            assertThat(summary).isPositive();
            assertThat(gaps).as("what is missing, before the details").isBetween(summary, details);
            assertThat(passages).as("the sources, at the end").isGreaterThan(text.lastIndexOf(a.actions().get(a.actions().size() - 1).title()
                    .substring(0, 20)));
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            assertThat(first.getText(doc)).as("the priorities on the first page").contains(a.actions().get(0).title().substring(0, 25));
            // facts read by a reason: "label : value", separated, never run together
            assertThat(text.replaceAll("\\s+", " ")).contains("Faits lus : ").containsPattern("Faits lus : [^·—]+ : ");
        }
    }
}
