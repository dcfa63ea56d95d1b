package fr.vigiesociale.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/** A form that leads to a page with its own address: sent there (so reloading never posts again), then followed. */
public final class Redirects {

    private Redirects() {
    }

    public static ResultActions followed(MockMvc mvc, RequestBuilder post) throws Exception {
        MvcResult r = mvc.perform(post).andExpect(status().isFound()).andReturn();
        return mvc.perform(get(URI.create(r.getResponse().getRedirectedUrl())));
    }
}
