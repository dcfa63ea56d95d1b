package fr.vigiesociale.web.page;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.scenario.ScenarioWriter;
import fr.vigiesociale.web.ScenarioInput;
import fr.vigiesociale.web.support.Langs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the page controllers share: the engine, the bundled scenarios, and filling the common views. */
@Component
class Pages {

    static final String RESULT = "result";
    static final String FORM = "form";
    static final String HOME = "home";

    private final RuleBase rules;
    private final BundledScenarios bundled;

    Pages(RuleBase rules, BundledScenarios bundled) {
        this.rules = rules;
        this.bundled = bundled;
    }

    RuleBase rules() {
        return rules;
    }

    BundledScenarios bundled() {
        return bundled;
    }

    Scenario bundledScenario(String id) {
        return bundled.byId(id).orElseThrow(() -> new PageNotFoundException(id));
    }

    /**
     * The scenario a page sent back in its hidden field (YAML written by us). It is read as strictly
     * as any file: a tampered value is refused, never trusted.
     */
    static Scenario carried(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new InvalidScenarioException("scenario", List.of(ScenarioError.emptyFile()));
        }
        return ScenarioInput.read("scenario", yaml.getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.YAML);
    }

    /** Fills the result page for a scenario, assessed in the page's language. */
    String result(Scenario s, Model model) {
        Lang lang = Langs.current();
        RuleBase now = rules.snapshot();
        Assessment a = now.assess(s, lang);
        ResultView view = ResultView.of(s, a, now);
        model.addAttribute("view", view);
        model.addAttribute("switchMode", "result");
        model.addAttribute("switchYaml", view.scenarioYaml());
        String key = SharedScenario.encodeYaml(view.scenarioYaml());
        model.addAttribute("shareKey", key);
        model.addAttribute("shareUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/resultat").queryParam("s", key).queryParam("lang", lang.code()).build().toUriString());
        return RESULT;
    }

    /**
     * Where a result lives: its own address, which the browser is sent to after a form or a file,
     * so that reloading never submits again and the address can be kept or sent.
     */
    static String redirectToResult(Scenario s) {
        return "redirect:/resultat?s=" + SharedScenario.encode(s) + "&lang=" + Langs.current().code();
    }

    /** Where a comparison lives, as {@link #redirectToResult}. */
    static String redirectToComparison(Scenario before, Scenario after) {
        return "redirect:/comparaison/resultat?avant=" + SharedScenario.encode(before) + "&apres=" + SharedScenario.encode(after)
                + "&lang=" + Langs.current().code();
    }

    /** Fills the form page with what was typed and the errors found. */
    String form(ScenarioForm form, List<ScenarioError> errors, Model model) {
        model.addAttribute("form", FormView.of(form, errors, Messages.of(Langs.current())));
        model.addAttribute("switchMode", "form");
        return FORM;
    }

    /** The starting situation a variant form carries (hidden) and names (in its heading). */
    static void baseline(Scenario base, Model model) {
        model.addAttribute("baseline", ScenarioWriter.yaml(base));
        model.addAttribute("baselineTitle", base.title());
    }

    /** A page for something that does not exist (an unknown bundled scenario). */
    static final class PageNotFoundException extends RuntimeException {
        PageNotFoundException(String what) {
            super(what);
        }
    }
}
