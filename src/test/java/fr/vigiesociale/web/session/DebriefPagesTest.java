package fr.vigiesociale.web.session;

import static fr.vigiesociale.web.session.SessionRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.session.DecisionInput;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.SessionService;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The debrief's pages: the expected actions and whether someone took them, a legend for every
 * mark, the overview to project, and the debrief opened to participants by the trainer once the
 * session has ended — not before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DebriefPagesTest {

    private static final String TRAINER = "formateur";

    @Autowired
    MockMvc mvc;
    @Autowired
    SessionService sessions;

    private ExerciseSession session;
    private Cookie awa;
    private String base;

    @BeforeEach
    void playOneInject() throws Exception {
        session = sessions.open(TRAINER, "canicule-personnes-isolees", Lang.FR);
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        awa = SessionRequests.join(mvc, session, "Awa", Actor.COMMUNE_CCAS);
        sessions.decide(sessions.participant(awa.getValue()).orElseThrow(),
                new DecisionInput("VULNERABLE-REGISTER-CALLS", null, "Mme Martin", "J+1", true));
        base = "/formateur/sessions/" + session.id() + "/debriefing";
    }

    private static MockHttpServletRequestBuilder trainer(MockHttpServletRequestBuilder b) {
        return b.with(user(TRAINER).roles("TRAINER"));
    }

    @Test
    void theDebriefNamesTheExpectedActionsWhoTookThemAndExplainsEveryMark() throws Exception {
        sessions.move(TRAINER, session.id(), SessionService.Move.END);
        String html = SessionRequests.page(mvc, trainer(get(base)));
        assertThat(html).contains("Actions attendues par l&#39;exercice",
                "Appeler chaque jour toutes les personnes inscrites au registre canicule</strong> — <span>prise par : Commune et CCAS (pilote)</span>",
                "Ouvrir des lieux rafraîchis et organiser l&#39;hydratation des personnes fragiles</strong> — <span>prise par personne</span>",
                "Actions attendues par l&#39;exercice prises à leur inject : 1 sur 2 (50 %).",
                "La session s&#39;est arrêtée à l&#39;inject 1 sur 5", "Injects non joués", "Inject 5/5 · ",
                "— : rien de la part de l&#39;institution sur cette action à cet inject",
                "* (après la marque) : le catalogue nomme cette institution parmi les acteurs de l&#39;action",
                "○ (actions attendues) : personne ne l&#39;a prise à cet inject");
        byte[] pdf = mvc.perform(trainer(get(base + ".pdf"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/debrief.pdf"), pdf); // to look at
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String first = new PDFTextStripper() {
                {
                    setEndPage(1);
                }
            }.getText(doc);
            assertThat(first).as("when, and by which rules, on the first page").containsPattern(
                    "Établi le .+ \\(heure de Paris\\) · Règles : hcts-2021 v[0-9.]+ \\([0-9]+ règles, sha256 [0-9a-f]{12}…\\)");
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Actions attendues par l'exercice", "Légende",
                    "prise par : Commune et CCAS (pilote)", "Injects non joués");
            assertThat(all.split("décision\\(s\\) enregistrée").length - 1).as("one inject reviewed: the one played").isEqualTo(1);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                assertThat(one.getText(doc).strip().length()).as("text on page %d of %d", page, doc.getNumberOfPages())
                        .isGreaterThan(300);
            }
        }
    }

    @Test
    void theOverviewShowsTheFiguresToProject() throws Exception {
        sessions.move(TRAINER, session.id(), SessionService.Move.END);
        String html = SessionRequests.page(mvc, trainer(get(base + "/vue-ensemble")));
        assertThat(html).contains("Vue d&#39;ensemble — Canicule dans un bourg rural", "1 / 2",
                "La session s&#39;est arrêtée à l&#39;inject 1 sur 5",
                "actions attendues prises à leur inject", "Actions attendues que personne n&#39;a prises à temps",
                "Inject 1 — Ouvrir des lieux rafraîchis");
        assertThat(html).doesNotContain("Inject 1 — Appeler chaque jour", "Inject 2 — ", "Inject 3 — ")
                .containsPattern("… et \\d+ autre\\(s\\) de niveau moyen ou faible");
    }

    @Test
    void participantsSeeTheDebriefOnlyOnceTheTrainerOpensItAfterTheEnd() throws Exception {
        mvc.perform(get("/participant/debriefing").cookie(awa)).andExpect(status().isForbidden());
        mvc.perform(trainer(post(base + "/partage")).with(csrf())).andExpect(status().isConflict());
        sessions.move(TRAINER, session.id(), SessionService.Move.END);
        mvc.perform(get("/participant/debriefing").cookie(awa)).andExpect(status().isForbidden());
        assertThat(SessionRequests.page(mvc, get("/participant").cookie(awa))).doesNotContain("id=\"to-debrief\"")
                .contains("data-debrief=\"false\"");
        assertThat(SessionRequests.page(mvc, trainer(get(base)))).contains("Montrer le débriefing aux participants");

        mvc.perform(trainer(post(base + "/partage")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(trainer(post(base + "/partage")).with(csrf())).andExpect(status().is3xxRedirection()); // twice: no harm
        assertThat(sessions.events(session.id())).filteredOn(e -> e.kind().name().equals("DEBRIEF_SHARED")).hasSize(1);
        assertThat(SessionRequests.page(mvc, trainer(get(base)))).contains("Les participants voient ce débriefing sur leur écran.")
                .doesNotContain("Montrer le débriefing aux participants");
        assertThat(SessionRequests.page(mvc, get("/participant").cookie(awa))).contains("id=\"to-debrief\"", "data-debrief=\"true\"");
        String theirs = SessionRequests.page(mvc, get("/participant/debriefing").cookie(awa));
        assertThat(theirs).contains("Débriefing — Canicule dans un bourg rural", "Actions attendues par l&#39;exercice",
                "débriefing ouvert aux participants").doesNotContain("Nouveau scénario", "/formateur/sessions/");
        byte[] pdf = mvc.perform(get("/participant/debriefing.pdf").cookie(awa)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Débriefing — Canicule");
        }
        // another session's participant sees nothing of it
        ExerciseSession other = sessions.open(TRAINER, "canicule-personnes-isolees", Lang.FR);
        Cookie stranger = SessionRequests.join(mvc, other, "Marc", Actor.ARS);
        mvc.perform(get("/participant/debriefing").cookie(stranger)).andExpect(status().isForbidden());
        assertThat(new String(mvc.perform(as(get("/participant"), stranger)).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8)).doesNotContain("to-debrief");
    }
}
