package fr.vigiesociale.web.page;

import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.web.support.Langs;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The scenario form: blank, filled from a bundled scenario or from the result page, and its submission. */
@Controller
class ScenarioFormController {

    private final Pages pages;

    ScenarioFormController(Pages pages) {
        this.pages = pages;
    }

    @GetMapping("/formulaire")
    String blank(Model model) {
        return pages.form(ScenarioForm.blank(), List.of(), model);
    }

    @GetMapping("/scenarios/{id}/formulaire")
    String bundled(@PathVariable String id, Model model) {
        return pages.form(ScenarioForm.of(pages.bundledScenario(id), Langs.current()), List.of(), model);
    }

    /** "Modifier le scénario" from a result page: the form filled with the scenario the page carried. */
    @PostMapping("/formulaire")
    String edit(@RequestParam("scenario") String yaml, Model model) {
        return pages.form(ScenarioForm.of(Pages.carried(yaml), Langs.current()), List.of(), model);
    }

    /** The language switch of a form page: the same values, the other language, nothing evaluated. */
    @PostMapping("/formulaire/langue")
    String relabel(@RequestParam Map<String, String> params, Model model) {
        String baseline = params.get("baseline");
        if (baseline != null) {
            Pages.baseline(Pages.carried(baseline), model);
        }
        return pages.form(ScenarioForm.fromRequest(params), List.of(), model);
    }

    /** The form submitted: the ranked cards, or the form again with each error next to its field. */
    @PostMapping("/evaluation")
    String evaluate(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        ScenarioForm form = ScenarioForm.fromRequest(params);
        Scenario s;
        try {
            s = form.toScenario();
        } catch (InvalidScenarioException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return pages.form(form, e.errors(), model);
        }
        return Pages.redirectToResult(s);
    }
}
