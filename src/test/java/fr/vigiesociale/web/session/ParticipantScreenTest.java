package fr.vigiesociale.web.session;

import static fr.vigiesociale.web.session.SessionRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.SessionService;
import jakarta.servlet.http.Cookie;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The participant's screen: the catalogue grouped by policy area and searchable, in an order that
 * gives nothing away; accepting a suggestion asks who carries it and by when, and a mistake gives
 * the typed answer back with the field's name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipantScreenTest {

    private static final String TRAINER = "formateur";

    @Autowired
    MockMvc mvc;
    @Autowired
    SessionService sessions;

    private ExerciseSession session;
    private Cookie awa;

    @BeforeEach
    void openAndJoin() throws Exception {
        session = sessions.open(TRAINER, "canicule-personnes-isolees", Lang.FR);
        sessions.move(TRAINER, session.id(), SessionService.Move.START);
        awa = SessionRequests.join(mvc, session, "Awa", Actor.COMMUNE_CCAS);
    }

    private String participantPage() throws Exception {
        return SessionRequests.page(mvc, get("/participant").cookie(awa));
    }

    @Test
    void theCatalogueIsGroupedByPolicyAreaAndSortedByTitleNeverByTheEnginesIds() throws Exception {
        String html = participantPage();
        assertThat(html).contains("<optgroup label=\"Solidarités et lutte contre la pauvreté\">",
                "<optgroup label=\"Autonomie des personnes âgées\">", "<optgroup label=\"Transversal (gouvernance, organisation)\">",
                "id=\"catalogue-search\"", "/js/catalogue-search.js");
        Matcher groups = Pattern.compile("<optgroup label=\"([^\"]+)\">(.*?)</optgroup>", Pattern.DOTALL).matcher(html);
        Collator french = Collator.getInstance(Locale.FRENCH);
        french.setStrength(Collator.PRIMARY);
        int areas = 0;
        int actions = 0;
        while (groups.find()) {
            areas++;
            List<String> titles = new ArrayList<>();
            Matcher options = Pattern.compile("<option value=\"[^\"]+\"[^>]*>([^<]+)</option>").matcher(groups.group(2));
            while (options.find()) {
                titles.add(options.group(1));
            }
            assertThat(titles).as("titles of %s", groups.group(1)).isNotEmpty().isSortedAccordingTo(french::compare);
            actions += titles.size();
        }
        assertThat(areas).isEqualTo(7);
        assertThat(actions).as("every catalogue action, once").isEqualTo(sessions.timeline(session).catalogue().size());
        // in a heatwave, the register calls read as the engine's suggestion does, and are found by the general title too
        assertThat(html).contains("<option value=\"VULNERABLE-REGISTER-CALLS\" "
                + "data-also=\"Appeler toutes les personnes inscrites au registre des personnes vulnérables\">"
                + "Appeler chaque jour toutes les personnes inscrites au registre canicule</option>");
    }

    @Test
    void acceptingASuggestionAsksWhoCarriesItAndByWhenAndRecordsIt() throws Exception {
        reveal();
        String first = sessions.timeline(session).steps().get(0).assessment().actions().get(0).id();
        String html = participantPage();
        assertThat(html).contains("Accepter…", "id=\"owner-" + first + "\"", "id=\"deadline-" + first + "\"",
                "Accepter et enregistrer");

        // no owner: refused, the field named, and what was typed comes back in the open form
        mvc.perform(as(post("/participant/reponses"), awa).param("actionId", first).param("accepted", "true")
                        .param("deadline", "J+1").param("takesLead", "true"))
                .andExpect(flash().attributeExists("problem", "answerTyped"));
        assertThat(sessions.responses(session.id())).isEmpty();
        MvcResult refused = mvc.perform(as(post("/participant/reponses"), awa).param("actionId", first)
                .param("accepted", "true").param("deadline", "J+1")).andReturn();
        String again = mvc.perform(get("/participant").cookie(awa).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(again).contains("Qui la porte :", "Ce champ est obligatoire.", "value=\"J+1\"")
                .containsPattern("<details class=\"answer accept\" open=\"open\">");

        mvc.perform(as(post("/participant/reponses"), awa).param("actionId", first).param("accepted", "true")
                        .param("ownerName", "Mme Martin").param("deadline", "J+1").param("takesLead", "true"))
                .andExpect(flash().attribute("done", "web.session.acceptedDone"));
        assertThat(sessions.decisions(session.id())).singleElement().satisfies(d -> {
            assertThat(d.actionId()).isEqualTo(first);
            assertThat(d.ownerName()).isEqualTo("Mme Martin");
            assertThat(d.takesLead()).isTrue();
        });
        assertThat(participantPage()).contains("Vous l&#39;avez acceptée", "Mme Martin");
    }

    private void reveal() throws Exception {
        mvc.perform(post("/formateur/sessions/" + session.id() + "/devoiler").with(user(TRAINER).roles("TRAINER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
