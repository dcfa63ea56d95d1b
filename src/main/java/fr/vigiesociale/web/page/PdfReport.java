package fr.vigiesociale.web.page;

import fr.vigiesociale.web.support.PdfRenderer;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The printable assessment report: the {@code report} template laid out by {@link PdfRenderer}. */
@Component
class PdfReport {

    static final String TEMPLATE = "report";

    private final PdfRenderer renderer;

    PdfReport(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** The report's HTML (also what the PDF is made from). */
    String html(ResultView view, Locale locale) {
        return renderer.html(TEMPLATE, Map.of("view", view), locale);
    }

    byte[] pdf(ResultView view, Locale locale) {
        return renderer.pdf(TEMPLATE, Map.of("view", view), locale);
    }
}
