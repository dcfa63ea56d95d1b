package fr.vigiesociale.web.support;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Printable documents: a Thymeleaf XHTML template (with print CSS) laid out as PDF by
 * openhtmltopdf, the DejaVu fonts embedded so accents and French quotes print everywhere.
 * Rendered in memory; nothing is written to disk.
 */
@Component
public class PdfRenderer {

    private static final String FAMILY = "DejaVu Sans";

    private final TemplateEngine templates;

    PdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The template's HTML with these variables (also what the PDF is made from). */
    public String html(String template, Map<String, Object> variables, Locale locale) {
        Context ctx = new Context(locale);
        ctx.setVariable("printedAt", printedAt(locale)); // every printed page says when it was made
        variables.forEach(ctx::setVariable);
        return templates.process(template, ctx);
    }

    /** Now, at Paris time, as a reader of {@code locale} writes a date: "1 décembre 2026 à 21:55". */
    static String printedAt(Locale locale) {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Paris"));
        String pattern = "fr".equals(locale.getLanguage()) ? "d MMMM yyyy 'à' HH:mm" : "d MMMM yyyy, HH:mm";
        return java.time.format.DateTimeFormatter.ofPattern(pattern, locale).format(now);
    }

    public byte[] pdf(String template, Map<String, Object> variables, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            // the XML it is laid out from refuses control characters: text stored before inputs
            // refused them (a participant's name, a decision) must not break the document
            builder.withHtmlContent(fr.vigiesociale.scenario.TextCharacters.strip(html(template, variables, locale)), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("fonts/" + file + " missing from the class path");
        }
        return in;
    }
}
