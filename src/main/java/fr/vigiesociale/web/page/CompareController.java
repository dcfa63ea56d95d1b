package fr.vigiesociale.web.page;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioWriter;
import fr.vigiesociale.web.support.Langs;
import fr.vigiesociale.web.support.PdfRenderer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What if? Two situations side by side: two bundled scenarios or two files, or a result and a
 * variant of it edited in the form.
 */
@Controller
class CompareController {

    static final String CHOOSE = "compare-choose";
    static final String VIEW = "compare";

    private final Pages pages;
    private final PdfRenderer pdf;

    CompareController(Pages pages, PdfRenderer pdf) {
        this.pages = pages;
        this.pdf = pdf;
    }

    @GetMapping("/comparaison")
    String choose(Model model) {
        model.addAttribute("scenarios", pages.bundled().all());
        return CHOOSE;
    }

    /** Each side is a bundled scenario, or an uploaded file when one is given for that side. */
    @PostMapping("/comparaison")
    String compareChosen(@RequestParam(required = false) String before, @RequestParam(required = false) String after,
                         @RequestParam(required = false) MultipartFile beforeFile,
                         @RequestParam(required = false) MultipartFile afterFile,
                         Model model, HttpServletResponse response) throws IOException {
        Messages m = Messages.of(Langs.current());
        List<String> errors = new ArrayList<>();
        Scenario s1 = side(before, beforeFile, m.get("web.compare.before"), errors, m);
        Scenario s2 = side(after, afterFile, m.get("web.compare.after"), errors, m);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors);
            return choose(model);
        }
        return Pages.redirectToComparison(s1, s2);
    }

    /** "Tester une variante" from a result page: the form, filled, remembering the starting situation. */
    @PostMapping("/variante")
    String variant(@RequestParam("scenario") String yaml, Model model) {
        Scenario base = Pages.carried(yaml);
        Pages.baseline(base, model);
        return pages.form(ScenarioForm.of(CompareView.variantOf(base, Messages.of(Langs.current())), Langs.current()),
                List.of(), model);
    }

    /** The variant submitted: the comparison, or the form again with its errors. */
    @PostMapping("/comparaison/variante")
    String compareVariant(@RequestParam("baseline") String baseline, @RequestParam Map<String, String> params,
                          Model model, HttpServletResponse response) {
        Scenario base = Pages.carried(baseline);
        ScenarioForm form = ScenarioForm.fromRequest(params);
        try {
            return Pages.redirectToComparison(base, CompareView.distinct(base, form.toScenario(), Messages.of(Langs.current())));
        } catch (InvalidScenarioException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Pages.baseline(base, model);
            return pages.form(form, e.errors(), model);
        }
    }

    /** A comparison's own address: both scenarios carried in it. */
    @GetMapping("/comparaison/resultat")
    String shared(@RequestParam("avant") String before, @RequestParam("apres") String after, Model model) {
        return compare(SharedScenario.decode(before), SharedScenario.decode(after), model);
    }

    /** A page that posts both scenarios (pages opened before comparisons had an address). */
    @PostMapping("/comparaison/resultat")
    String carried(@RequestParam("before") String before, @RequestParam("after") String after) {
        return Pages.redirectToComparison(Pages.carried(before), Pages.carried(after));
    }

    private String compare(Scenario s1, Scenario s2, Model model) {
        model.addAttribute("view", view(s1, s2));
        String before = SharedScenario.encodeYaml(ScenarioWriter.yaml(s1));
        String after = SharedScenario.encodeYaml(ScenarioWriter.yaml(s2));
        model.addAttribute("switchMode", "compare");
        model.addAttribute("beforeKey", before);
        model.addAttribute("afterKey", after);
        model.addAttribute("shareUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/comparaison/resultat")
                .queryParam("avant", before).queryParam("apres", after).queryParam("lang", Langs.current().code())
                .build().toUriString());
        return VIEW;
    }

    /** The comparison as a file: Markdown to paste into minutes, or the printed report. */
    @GetMapping("/comparaison/export/{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam("avant") String before,
                                  @RequestParam("apres") String after) {
        Scenario s1 = SharedScenario.decode(before);
        Scenario s2 = SharedScenario.decode(after);
        CompareView view = view(s1, s2);
        String name = "comparaison-" + s1.id() + "-" + s2.id();
        return switch (format) {
            case "markdown" -> ExportController.file(name + ".md", "text/markdown",
                    CompareMarkdown.render(view, Messages.of(Langs.current())).getBytes(StandardCharsets.UTF_8));
            case "pdf" -> ExportController.file(name + ".pdf", MediaType.APPLICATION_PDF_VALUE,
                    pdf.pdf(CompareMarkdown.TEMPLATE, Map.of("view", view), LocaleContextHolder.getLocale()));
            default -> throw new Pages.PageNotFoundException(format);
        };
    }

    private CompareView view(Scenario s1, Scenario s2) {
        Lang lang = Langs.current();
        RuleBase now = pages.rules().snapshot();
        return CompareView.of(s1, now.assess(s1, lang), s2, now.assess(s2, lang));
    }

    private Scenario side(String id, MultipartFile file, String label, List<String> errors, Messages m)
            throws IOException {
        if (Uploads.present(file)) {
            try {
                return Uploads.read(file, label);
            } catch (InvalidScenarioException e) {
                e.errors().forEach(x -> errors.add(label + " — " + m.describe(e.source(), x)));
                return null;
            }
        }
        if (id == null || id.isBlank()) {
            errors.add(label + " — " + m.get("web.compare.missingSide"));
            return null;
        }
        return pages.bundledScenario(id);
    }
}
