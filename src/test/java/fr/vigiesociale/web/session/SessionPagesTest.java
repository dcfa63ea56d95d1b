package fr.vigiesociale.web.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.session.Decision;
import fr.vigiesociale.session.DecisionInput;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.SessionService;
import fr.vigiesociale.session.SessionState;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The live-session pages with the whole application (security, database): who may open which
 * page and do what — a participant cannot act as the trainer, see another session, or change
 * another institution's answers — and what each page shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionPagesTest {

    private static final String TRAINER = "formateur";

    @Autowired
    MockMvc mvc;
    @Autowired
    SessionService sessions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    LiveUpdates live;

    private ExerciseSession session;

    @BeforeEach
    void open() {
        session = sessions.open(TRAINER, "canicule-personnes-isolees", Lang.FR);
    }

    private Cookie join(ExerciseSession s, String name, Actor institution) throws Exception {
        return SessionRequests.join(mvc, s, name, institution);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, Cookie participant) {
        return SessionRequests.as(b, participant);
    }

    private String page(MockHttpServletRequestBuilder b) throws Exception {
        return SessionRequests.page(mvc, b);
    }

    @Test
    void trainerPagesNeedASignedInTrainer() throws Exception {
        mvc.perform(get("/formateur")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/formateur/connexion"));
        assertThat(page(get("/formateur/connexion"))).contains("Espace formateur", "name=\"_csrf\"");
        mvc.perform(post("/formateur/connexion").with(csrf()).param("username", TRAINER).param("password", "mauvais"))
                .andExpect(redirectedUrl("/formateur/connexion?erreur"));
        mvc.perform(post("/formateur/connexion").with(csrf()).param("username", TRAINER).param("password", "formateur"))
                .andExpect(redirectedUrl("/formateur"));
    }

    @Test
    void endingNeedsTheConfirmationAndAnEndedSessionIsArchivedApart() throws Exception {
        String panel = "/formateur/sessions/" + session.id();
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        // the clock's own buttons cannot end it: one click away from "Inject suivant" ended the exercise for everyone
        mvc.perform(post(panel + "/horloge").with(user(TRAINER).roles("TRAINER")).with(csrf()).param("move", "END"))
                .andExpect(redirectedUrl(panel)).andExpect(flash().attribute("done", "web.session.endNotConfirmed"));
        assertThat(sessions.session(session.id()).state()).isEqualTo(SessionState.RUNNING);
        String page = page(get(panel).with(user(TRAINER).roles("TRAINER")));
        assertThat(page).contains("id=\"end-session\"", "Oui, terminer la session", "cela ne se défait pas");
        assertThat(page.indexOf("id=\"clock-end\"")).as("set apart, after the clock").isGreaterThan(page.indexOf("id=\"clock-next\""));
        assertThat(page.substring(page.indexOf("class=\"clock\""), page.indexOf("</form>", page.indexOf("class=\"clock\""))))
                .doesNotContain("value=\"END\"");
        mvc.perform(post(panel + "/horloge").with(user(TRAINER).roles("TRAINER")).with(csrf()).param("move", "END")
                        .param("confirm", "oui"))
                .andExpect(redirectedUrl(panel)).andExpect(flash().attribute("done", "web.session.moved.END"));
        assertThat(sessions.session(session.id()).state()).isEqualTo(SessionState.ENDED);
        String home = page(get("/formateur").with(user(TRAINER).roles("TRAINER")));
        assertThat(home.substring(home.indexOf("id=\"ended-sessions\""))).contains(session.joinCode());
    }

    @Test
    void theProjectedViewShowsHowToJoinAndTheInjectButNeverTheExpectedActionsNorTheRecommendations() throws Exception {
        String projection = "/formateur/sessions/" + session.id() + "/projection";
        String waiting = page(get(projection).with(user(TRAINER).roles("TRAINER")));
        assertThat(waiting).contains(session.joinCode(), "class=\"qr\"", "/rejoindre?code=" + session.joinCode(),
                "L&#39;exercice va commencer");
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        sessions.reveal(TRAINER, session.id());
        var step = sessions.timeline(sessions.session(session.id())).steps().get(0);
        String playing = page(get(projection).with(user(TRAINER).roles("TRAINER")));
        assertThat(playing).contains(step.inject().title(), "id=\"inject-timer\"", "Réponses sur cet inject",
                "Commune et CCAS");
        assertThat(playing).doesNotContain("id=\"expected\"", "Actions attendues", "Recommandations du moteur", "CRITIQUE");
        step.inject().expectedActions().forEach(id -> assertThat(playing).doesNotContain(step.title(id).replace("'", "&#39;")));
        step.assessment().actions().forEach(a -> assertThat(playing).doesNotContain(a.title().replace("'", "&#39;")));
        mvc.perform(get(projection)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theTrainersScreenShowsWhichSuggestionsEachInstitutionAcceptedOrSetAside() throws Exception {
        String panel = "/formateur/sessions/" + session.id();
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        sessions.reveal(TRAINER, session.id());
        var suggestions = sessions.timeline(sessions.session(session.id())).steps().get(0).assessment().actions();
        var ccas = sessions.join(session.joinCode(), "Awa Diallo", Actor.COMMUNE_CCAS).participant();
        var ars = sessions.join(session.joinCode(), "Marc Roux", Actor.ARS).participant();
        sessions.accept(ccas, new DecisionInput(suggestions.get(0).id(), null, "Mme Martin", "ce soir", true));
        sessions.setAside(ars, suggestions.get(1).id(), fr.vigiesociale.session.OverrideReason.NOT_OUR_ROLE, "voir le CCAS");
        String page = page(get(panel).with(user(TRAINER).roles("TRAINER")));
        String decisions = page.substring(page.indexOf("id=\"decisions\""), page.indexOf("id=\"engine\""));
        assertThat(decisions).contains(suggestions.get(0).title().replace("'", "&#39;"), "recommandation acceptée",
                suggestions.get(1).title().replace("'", "&#39;"), "recommandation écartée",
                "pas de notre compétence — « voir le CCAS »");
        String engine = page.substring(page.indexOf("id=\"engine\""));
        assertThat(engine).contains("✓ acceptée par Commune et CCAS", "✗ écartée par ARS : pas de notre compétence");
    }

    @Test
    void theTrainersScreenGivesTheFullJoinAddressAQrCodeTheObjectivesAndTheExpectedActions() throws Exception {
        String panel = "/formateur/sessions/" + session.id();
        String waiting = page(get(panel).with(user(TRAINER).roles("TRAINER")));
        assertThat(waiting).contains("/rejoindre?code=" + session.joinCode(), "<svg", "class=\"qr\"",
                "Objectifs de l&#39;exercice", "id=\"to-projection\"");
        // opened on localhost: the QR code names this machine's network address, or the trainer is warned
        String url = waiting.replaceAll("(?s).*id=\"join-url\">([^<]+)<.*", "$1");
        assertThat(url).endsWith("/rejoindre?code=" + session.joinCode());
        if (url.startsWith("http://localhost")) {
            assertThat(waiting).contains("id=\"join-warning\"", "Les téléphones de la salle ne pourront pas ouvrir cette adresse");
        } else {
            assertThat(waiting).contains("id=\"join-warning\"", "vérifiez qu&#39;un téléphone connecté au même réseau");
        }
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        String playing = page(get(panel).with(user(TRAINER).roles("TRAINER")));
        assertThat(playing).contains("id=\"expected\"", "Appeler chaque jour toutes les personnes inscrites au registre canicule",
                "id=\"inject-timer\"", "min prévues", "id=\"changes\"");
        Cookie awa = join(session, "Awa Diallo", Actor.COMMUNE_CCAS);
        assertThat(page(as(get("/participant"), awa))).doesNotContain("id=\"expected\"", "Actions attendues");
    }

    @Test
    void aTrainerOpensASessionAndRunsItsClock() throws Exception {
        MvcResult opened = mvc.perform(post("/formateur/sessions").with(user(TRAINER).roles("TRAINER")).with(csrf())
                        .param("exercise", "confinement-quartiers-nord").param("langue", "fr"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String panel = opened.getResponse().getRedirectedUrl();
        assertThat(page(get(panel).with(user(TRAINER).roles("TRAINER"))))
                .contains("Premier confinement dans les quartiers nord", "Code à donner aux participants", "Lancer le premier inject");
        long id = Long.parseLong(panel.substring(panel.lastIndexOf('/') + 1));
        mvc.perform(post(panel + "/horloge").with(user(TRAINER).roles("TRAINER")).with(csrf()).param("move", "START"))
                .andExpect(redirectedUrl(panel)).andExpect(flash().attribute("done", "web.session.moved.START"));
        assertThat(sessions.session(id).currentInject()).isZero();
        assertThat(page(get(panel).with(user(TRAINER).roles("TRAINER"))))
                .contains("Le confinement est annoncé", "Inject suivant", "Dévoiler aux participants");
        assertThat(page(get("/formateur").with(user(TRAINER).roles("TRAINER")))).contains(sessions.session(id).joinCode());
    }

    @Test
    void anotherTrainerCannotOpenOrMoveThisSession() throws Exception {
        String panel = "/formateur/sessions/" + session.id();
        mvc.perform(get(panel).with(user("autre").roles("TRAINER"))).andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ouverte par un autre formateur")));
        mvc.perform(post(panel + "/horloge").with(user("autre").roles("TRAINER")).with(csrf()).param("move", "START"))
                .andExpect(status().isForbidden());
        mvc.perform(get(panel + "/debriefing.pdf").with(user("autre").roles("TRAINER"))).andExpect(status().isForbidden());
        assertThat(sessions.session(session.id()).state()).isEqualTo(SessionState.WAITING);
    }

    @Test
    void aParticipantCannotActAsTheTrainer() throws Exception {
        Cookie awa = join(session, "Awa", Actor.COMMUNE_CCAS);
        mvc.perform(as(post("/formateur/sessions/" + session.id() + "/horloge").param("move", "START"), awa))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/formateur/connexion"));
        mvc.perform(get("/formateur/sessions/" + session.id() + "/debriefing").cookie(awa))
                .andExpect(redirectedUrl("/formateur/connexion"));
        assertThat(sessions.session(session.id()).state()).isEqualTo(SessionState.WAITING);
    }

    @Test
    void participantPagesNeedToHaveJoinedAndShowOnlyTheirOwnSession() throws Exception {
        mvc.perform(get("/participant")).andExpect(redirectedUrl("/rejoindre"));
        mvc.perform(get("/participant").cookie(new Cookie(ParticipantAuthentication.COOKIE, "forged")))
                .andExpect(redirectedUrl("/rejoindre"));
        ExerciseSession other = sessions.open(TRAINER, "choc-economique-aide-alimentaire", Lang.FR);
        sessions.move(TRAINER, other.id(), SessionService.Move.START);
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        Cookie awa = join(session, "Awa", Actor.COMMUNE_CCAS);
        String mine = page(get("/participant").cookie(awa));
        assertThat(mine).contains("Awa — Commune et CCAS", "Vigilance rouge canicule", "Ce que fait votre institution")
                .doesNotContain("Les colis ne suffisent plus")
                .as("the engine's recommendations stay hidden until revealed").doesNotContain("name=\"accepted\"");
    }

    @Test
    void aDecisionIsSavedForTheParticipantsInstitutionAndItsAnswersCannotBeTouchedByAnother() throws Exception {
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        Cookie awa = join(session, "Awa", Actor.COMMUNE_CCAS);
        Cookie marc = join(session, "Marc", Actor.ARS);
        mvc.perform(as(post("/participant/decisions"), awa).param("actionId", "VULNERABLE-REGISTER-CALLS")
                        .param("ownerName", "Mme Martin").param("deadline", "J+1").param("takesLead", "true"))
                .andExpect(redirectedUrl("/participant#decision")).andExpect(flash().attribute("done", "web.session.saved"));
        Decision d = sessions.decisions(session.id()).get(0);
        assertThat(d.institution()).isEqualTo(Actor.COMMUNE_CCAS);
        assertThat(page(get("/participant").cookie(awa))).contains("Appeler chaque jour toutes les personnes inscrites au registre canicule", "Mme Martin");
        assertThat(page(get("/participant").cookie(marc))).as("the ARS sees its own decisions, not the CCAS's")
                .doesNotContain("Mme Martin");

        mvc.perform(as(post("/participant/decisions/" + d.id()), marc).param("freeText", "Détourné")
                        .param("ownerName", "x").param("deadline", "y"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/participant/decisions/" + d.id() + "/retrait"), marc)).andExpect(status().isForbidden());
        assertThat(sessions.decisions(session.id())).containsExactly(d);

        // A mistake in the form: nothing saved, the typed values come back with the message.
        mvc.perform(as(post("/participant/decisions"), awa).param("freeText", "Ouvrir un numéro vert").param("deadline", "J+1"))
                .andExpect(redirectedUrl("/participant#decision"))
                .andExpect(flash().attributeExists("problem", "typed"));
        assertThat(sessions.decisions(session.id())).hasSize(1);
    }

    @Test
    void revealedSuggestionsAreAnsweredFromTheParticipantPage() throws Exception {
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        Cookie awa = join(session, "Awa", Actor.COMMUNE_CCAS);
        String first = sessions.timeline(session).steps().get(0).assessment().actions().get(0).id();
        mvc.perform(as(post("/participant/reponses"), awa).param("actionId", first).param("accepted", "true"))
                .andExpect(status().isConflict());
        mvc.perform(post("/formateur/sessions/" + session.id() + "/devoiler").with(user(TRAINER).roles("TRAINER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/participant").cookie(awa))).contains("name=\"accepted\"", "pas de notre compétence");
        mvc.perform(as(post("/participant/reponses"), awa).param("actionId", first).param("accepted", "false"))
                .andExpect(flash().attributeExists("problem"));
        mvc.perform(as(post("/participant/reponses"), awa).param("actionId", first).param("accepted", "false")
                        .param("reason", "NO_RESOURCES").param("note", "Personne ce week-end"))
                .andExpect(flash().attribute("done", "web.session.overriddenDone"));
        assertThat(page(get("/participant").cookie(awa))).contains("Vous l&#39;avez écartée", "pas les moyens");
    }

    @Test
    void joiningWithAWrongCodeOrInstitutionSaysWhy() throws Exception {
        assertThat(page(get("/rejoindre").param("code", session.joinCode()))).contains("Votre institution", "Réserve civique et bénévoles")
                .doesNotContain("France Travail");
        mvc.perform(post("/rejoindre").with(csrf()).param("code", "ZZZZZZ").param("name", "A").param("institution", "ARS"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Aucune session ne correspond au code « ZZZZZZ »")));
        mvc.perform(post("/rejoindre").with(csrf()).param("code", session.joinCode()).param("name", "A")
                        .param("institution", "FRANCE_TRAVAIL"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choisissez une des institutions de l&#39;exercice")));
    }

    @Test
    void theDebriefIsAPageAMarkdownFileAndAPdf() throws Exception {
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        SessionService.Joined awa = sessions.join(session.joinCode(), "Awa", Actor.COMMUNE_CCAS);
        SessionService.Joined dept = sessions.join(session.joinCode(), "Lucie", Actor.DEPARTMENT);
        sessions.decide(awa.participant(), new DecisionInput("ISOLATION-COORDINATION", null, "CCAS", "J+1", false));
        sessions.decide(dept.participant(), new DecisionInput("ISOLATION-COORDINATION", null, "DGA", "J+2", false));
        sessions.move(TRAINER, session.id(), SessionService.Move.END);
        String base = "/formateur/sessions/" + session.id() + "/debriefing";
        assertThat(page(get(base).with(user(TRAINER).roles("TRAINER"))))
                .contains("Débriefing — Canicule", "Prises par plusieurs institutions sans pilote désigné",
                        "Coordonner la lutte contre l&#39;isolement", "Télécharger le rapport (PDF)");
        MvcResult md = mvc.perform(get(base + ".md").with(user(TRAINER).roles("TRAINER")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("debriefing-" + session.joinCode() + ".md"))).andReturn();
        assertThat(md.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("# Débriefing — Canicule");
        byte[] pdf = mvc.perform(get(base + ".pdf").with(user(TRAINER).roles("TRAINER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Débriefing — Canicule", "Vue d'ensemble", "sans pilote désigné", "Chronologie",
                    "Injects non joués", "Conseil départemental décide : « Coordonner la lutte contre l'isolement");
        }
    }

    @Test
    void anInvisibleCharacterInANameIsRefusedAndOneStoredBeforeCannotBreakTheDebriefPdf() throws Exception {
        mvc.perform(post("/rejoindre").with(csrf()).param("code", session.joinCode()).param("name", "Eve\u0001")
                        .param("institution", "ARS"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Caractère invisible U+0001 non admis")));
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        SessionService.Joined awa = sessions.join(session.joinCode(), "Awa Martin", Actor.COMMUNE_CCAS);
        // a name saved before names were checked: the PDF's XML refused it and the debrief was lost for good
        jdbc.update("UPDATE participant SET name = ? WHERE id = ?", "Awa\u0001Martin", awa.participant().id());
        sessions.move(TRAINER, session.id(), SessionService.Move.END);
        byte[] pdf = mvc.perform(get("/formateur/sessions/" + session.id() + "/debriefing.pdf").with(user(TRAINER).roles("TRAINER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("AwaMartin");
        }
    }

    @Test
    void aNameStoredWithMarkdownCannotBecomeAHeadingOrALinkInTheDebriefFile() throws Exception {
        SessionService.Joined eve = sessions.join(session.joinCode(), "Eve", Actor.ARS);
        jdbc.update("UPDATE participant SET name = ? WHERE id = ?", "\n\n# Titre [clic](javascript:alert(1))", eve.participant().id());
        String md = mvc.perform(get("/formateur/sessions/" + session.id() + "/debriefing.md").with(user(TRAINER).roles("TRAINER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(md).contains("\\# Titre \\[clic\\](javascript:alert(1)) (ARS)");
        assertThat(md.lines()).noneMatch(l -> l.startsWith("# Titre"));
    }

    @Test
    void aValueTheFormCannotCarryIsABadRequestNamingTheFieldNotAServerError() throws Exception {
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        Cookie awa = join(session, "Awa", Actor.COMMUNE_CCAS);
        mvc.perform(as(post("/participant/decisions/abc/retrait"), awa)).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("La valeur « abc » ne convient pas au champ « id »")));
        mvc.perform(as(post("/participant/reponses"), awa).param("actionId", "X").param("accepted", "maybe"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("« maybe »")));
        mvc.perform(as(post("/participant/reponses"), awa).param("actionId", "X").param("accepted", "false").param("reason", "BOGUS"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/participant/reponses"), awa).param("actionId", "X")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("« accepted »")));
        mvc.perform(post("/rejoindre").with(csrf()).param("code", session.joinCode()).param("name", "Eve").param("institution", "BOGUS"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void liveUpdatesAreAStreamOfServerSentEvents() throws Exception {
        Cookie awa = join(session, "Awa", Actor.COMMUNE_CCAS);
        MvcResult stream = mvc.perform(get("/participant/evenements").cookie(awa)).andExpect(status().isOk()).andReturn();
        assertThat(stream.getRequest().isAsyncStarted()).isTrue();
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        String events = stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(events).contains("event:changed", "\"state\":\"WAITING\"", "\"state\":\"RUNNING\"", "\"inject\":0");
        mvc.perform(get("/formateur/sessions/" + session.id() + "/evenements").with(user(TRAINER).roles("TRAINER")))
                .andExpect(status().isOk());
    }

    @Test
    void aParticipantsSignInStopsWorkingOnLeavingAndHalfADayAfterTheSessionEnds() throws Exception {
        MvcResult joined = mvc.perform(post("/rejoindre").with(csrf()).secure(true).param("code", session.joinCode())
                .param("name", "Awa").param("institution", "COMMUNE_CCAS")).andReturn();
        assertThat(joined.getResponse().getHeader("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
        Cookie awa = join(session, "Awa", Actor.COMMUNE_CCAS);
        page(get("/participant").cookie(awa));
        mvc.perform(as(post("/participant/quitter"), awa)).andExpect(redirectedUrl("/rejoindre"));
        // the cookie kept by a shared computer, or copied, no longer signs anyone in
        mvc.perform(get("/participant").cookie(awa)).andExpect(status().is3xxRedirection());

        Cookie marc = join(session, "Marc", Actor.ARS);
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        sessions.move(TRAINER, session.id(), SessionService.Move.END);
        page(get("/participant").cookie(marc)); // still there to read the end of the exercise
        jdbc.update("UPDATE session_event SET occurred_at = ? WHERE session_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(13))), session.id());
        mvc.perform(get("/participant").cookie(marc)).andExpect(status().is3xxRedirection());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder signIn(String password, String address) {
        return post("/formateur/connexion").with(csrf()).with(from(address)).param("username", TRAINER).param("password", password);
    }

    @Test
    void passwordsAndJoinCodesCannotBeGuessedByTryingThemAll() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("essai" + i, "10.9.9.1"))
                    .andExpect(redirectedUrl("/formateur/connexion?erreur"));
        }
        // the sixth try, even with the right password, waits; the page says for how long
        MvcResult blocked = mvc.perform(signIn(TRAINER, "10.9.9.1")).andReturn();
        assertThat(blocked.getResponse().getRedirectedUrl()).startsWith("/formateur/connexion?bloque=");
        assertThat(page(get(blocked.getResponse().getRedirectedUrl()))).contains("Trop de mots de passe erronés", "15 minute(s)");
        // another address signs in as usual
        mvc.perform(signIn(TRAINER, "10.9.9.2"))
                .andExpect(redirectedUrl("/formateur"));

        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/rejoindre").with(csrf()).with(from("10.9.9.3")).param("code", "ZZZZZ" + i)
                    .param("name", "A").param("institution", "ARS")).andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post("/rejoindre").with(csrf()).with(from("10.9.9.3")).param("code", session.joinCode())
                        .param("name", "A").param("institution", "ARS"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Trop de codes erronés depuis cette adresse")));
        mvc.perform(get("/rejoindre").with(from("10.9.9.3")).param("code", session.joinCode())).andExpect(status().isTooManyRequests());
    }

    @Test
    void streamsEndAtOnceWhenTheApplicationStopsInsteadOfHoldingItsShutdown() throws Exception {
        Cookie awa = join(session, "Awa", Actor.COMMUNE_CCAS);
        MvcResult stream = mvc.perform(get("/participant/evenements").cookie(awa)).andExpect(status().isOk()).andReturn();
        assertThat(stream.getRequest().isAsyncStarted()).isTrue();
        live.closeAll(); // what the context's closing does
        stream.getAsyncResult(2_000); // ended: otherwise it would wait for the half-hour timeout
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(stream))
                .andExpect(status().isOk());
    }
}
