package fr.vigiesociale.web.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.session.ExerciseSession;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The session pages' requests as a browser makes them: joining through the page, then with its cookie. */
final class SessionRequests {

    private SessionRequests() {
    }

    /** Joins through the page and returns the participant's cookie. */
    static Cookie join(MockMvc mvc, ExerciseSession s, String name, Actor institution) throws Exception {
        MvcResult r = mvc.perform(post("/rejoindre").with(csrf()).param("code", s.joinCode().toLowerCase())
                        .param("name", name).param("institution", institution.name()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/participant")).andReturn();
        Cookie c = r.getResponse().getCookie(ParticipantAuthentication.COOKIE);
        assertThat(c).isNotNull();
        assertThat(c.isHttpOnly()).isTrue();
        return c;
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, Cookie participant) {
        return b.cookie(participant).with(csrf());
    }

    /** The page's HTML, which must be served with 200. */
    static String page(MockMvc mvc, MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
