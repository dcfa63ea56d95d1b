package fr.vigiesociale.web.page;

import fr.vigiesociale.api.WovenReport;
import fr.vigiesociale.web.RuleCatalogue;
import fr.vigiesociale.web.support.Langs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The rule catalogue and the report read with its rules, both generated from the loaded rule base
 * (never written by hand).
 */
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

    /** The two source documents passage by passage, each with the rules that implement it. */
    @GetMapping("/rapport")
    String report(Model model) {
        model.addAttribute("report", WovenReport.of(pages.rules(), Langs.current()));
        return "sources";
    }
}
