package fr.vigiesociale.web.page;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable report: the {@code report} template (XHTML + print CSS) laid out as PDF by
 * openhtmltopdf, with the DejaVu fonts embedded so accents and French quotes print everywhere.
 * Rendered in memory; nothing is written to disk.
 */
@Component
class PdfReport {

    static final String TEMPLATE = "report";
    private static final String FAMILY = "DejaVu Sans";

    private final TemplateEngine templates;

    PdfReport(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The report's HTML (also what the PDF is made from). */
    String html(ResultView view, Locale locale) {
        Context ctx = new Context(locale);
        ctx.setVariable("view", view);
        return templates.process(TEMPLATE, ctx);
    }

    byte[] pdf(ResultView view, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html(view, locale), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfReport.class.getClassLoader().getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("fonts/" + file + " missing from the class path");
        }
        return in;
    }
}
