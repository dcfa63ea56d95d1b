package fr.vigiesociale.web.page;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.report.MarkdownReport;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioWriter;
import fr.vigiesociale.web.support.Langs;
import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads from the result page: the scenario (YAML), the assessment (JSON, as the command line
 * prints it), the report (Markdown, PDF). Made in memory from the scenario the page carried.
 */
@Controller
class ExportController {

    private final Pages pages;
    private final PdfReport pdf;

    ExportController(Pages pages, PdfReport pdf) {
        this.pages = pages;
        this.pdf = pdf;
    }

    @PostMapping("/export/{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam("scenario") String yaml) {
        Scenario s = Pages.carried(yaml);
        return switch (format) {
            case "yaml" -> file(s.id() + ".yaml", "application/yaml", ScenarioWriter.yaml(s));
            case "json" -> file(s.id() + "-evaluation.json", MediaType.APPLICATION_JSON_VALUE,
                    JsonReport.render(assess(s)) + "\n");
            case "markdown" -> file(s.id() + "-rapport.md", "text/markdown", MarkdownReport.render(s, assess(s)));
            case "pdf" -> file(s.id() + "-rapport.pdf", MediaType.APPLICATION_PDF_VALUE,
                    pdf(s));
            default -> throw new Pages.PageNotFoundException(format);
        };
    }

    private byte[] pdf(Scenario s) {
        RuleBase now = pages.rules().snapshot();
        return pdf.pdf(ResultView.of(s, now.assess(s, Langs.current()), now), LocaleContextHolder.getLocale());
    }

    private Assessment assess(Scenario s) {
        return pages.rules().assess(s, Langs.current());
    }

    private static ResponseEntity<byte[]> file(String name, String type, String text) {
        return file(name, type, text.getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> file(String name, String type, byte[] content) {
        MediaType media = MediaType.parseMediaType(type);
        if (!type.endsWith("pdf")) {
            media = new MediaType(media, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(media)
                .body(content);
    }
}
