package fr.vigiesociale.web.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The French (or English) error page with a status and a message from the bundles, for every page advice. */
public final class ErrorPage {

    public static final String VIEW = "error";

    private ErrorPage() {
    }

    public static ModelAndView of(HttpStatus status, String key, Object... args) {
        ModelAndView mv = new ModelAndView(VIEW, status);
        mv.addObject("status", status.value());
        mv.addObject("messageKey", key);
        mv.addObject("messageArgs", args);
        mv.addObject("lang", Langs.current().code());
        return mv;
    }
}
