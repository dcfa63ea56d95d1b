package fr.vigiesociale.web.page;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.web.support.Langs;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: the language, the other one (for the switch) and the page's path. */
@ControllerAdvice(basePackages = {"fr.vigiesociale.web.page", "fr.vigiesociale.web.session"})
class PageModel {

    @ModelAttribute
    void common(HttpServletRequest request, org.springframework.ui.Model model) {
        Lang lang = Langs.current();
        model.addAttribute("lang", lang.code());
        model.addAttribute("otherLang", lang == Lang.FR ? "en" : "fr");
        model.addAttribute("path", request.getRequestURI());
    }
}
