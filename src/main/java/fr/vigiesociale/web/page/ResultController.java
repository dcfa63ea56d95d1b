package fr.vigiesociale.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Result pages: a bundled scenario by its address, or the scenario a page carried (language switch). */
@Controller
class ResultController {

    private final Pages pages;

    ResultController(Pages pages) {
        this.pages = pages;
    }

    @GetMapping("/scenarios/{id}/evaluation")
    String bundled(@PathVariable String id, Model model) {
        return pages.result(pages.bundledScenario(id), model);
    }

    /** A result's own address: the scenario carried in it, assessed by the rules served now. */
    @GetMapping("/resultat")
    String shared(@RequestParam("s") String s, Model model) {
        return pages.result(SharedScenario.decode(s), model);
    }

    /** A page that posts its scenario (the language switch of pages opened before results had an address). */
    @PostMapping("/resultat")
    String carried(@RequestParam("scenario") String yaml) {
        return Pages.redirectToResult(Pages.carried(yaml));
    }
}
