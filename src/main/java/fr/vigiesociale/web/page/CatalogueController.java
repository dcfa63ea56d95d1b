package fr.vigiesociale.web.page;

import fr.vigiesociale.web.Langs;
import fr.vigiesociale.web.RuleCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The rule catalogue, generated from the loaded rule base (never written by hand). */
@Controller
class CatalogueController {

    private final Pages pages;

    CatalogueController(Pages pages) {
        this.pages = pages;
    }

    @GetMapping("/regles")
    String catalogue(Model model) {
        model.addAttribute("catalogue", RuleCatalogue.of(pages.rules(), Langs.current()));
        return "catalogue";
    }
}
