package fr.vigiesociale.report;

import fr.vigiesociale.api.Reason;
import fr.vigiesociale.api.SourcePassage;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.SourceLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How reports cite the passages of the source documents behind a reason: by document, each passage
 * quoted (long ones shortened, « […] » marking what is left out), then whether the rule states the
 * passage or interprets it. Quotation marks and colons follow the reader's language.
 */
public final class Citations {

    /** Longest quote in a compact citation, in characters. */
    static final int SHORT_QUOTE = 70;

    private Citations() {
    }

    /**
     * One line: {@code HCTS, 25 janvier 2021 : « Une crise alimentaire » · « Préconisation n°4 : … » —
     * interprétation de l'équipe}.
     */
    public static String compact(Reason r, Map<String, SourcePassage> sources, Messages m) {
        List<String> parts = new ArrayList<>();
        byDocument(r, sources).forEach((doc, passages) -> parts.add(m.get("citation.document", doc,
                String.join(" · ", passages.stream().map(p -> label(p, m)).toList()))));
        return String.join(" ; ", parts) + " — " + link(r.link(), m);
    }

    /** The passages a reason cites, grouped by the short title of their document, in citation order. */
    public static Map<String, List<SourcePassage>> byDocument(Reason r, Map<String, SourcePassage> sources) {
        Map<String, List<SourcePassage>> out = new LinkedHashMap<>();
        r.sources().stream().map(sources::get).filter(java.util.Objects::nonNull)
                .forEach(p -> out.computeIfAbsent(p.shortDocument(), k -> new ArrayList<>()).add(p));
        return out;
    }

    /** A passage within its document's citation: its quote, after its paragraph for a letter ("§ 6 « … »"). */
    public static String label(SourcePassage p, Messages m) {
        String quote = quoted(p, SHORT_QUOTE, m);
        return p.part().startsWith("§") ? p.part() + " " + quote : quote;
    }

    /** One passage in full: {@code HCTS, 25 janvier 2021 — Partie II, impact sur les publics : « Une crise alimentaire »}. */
    public static String full(SourcePassage p, Messages m) {
        return m.get("citation.passage", p.shortDocument(), p.part(), m.get("citation.quote", p.text()));
    }

    /** One passage with a quote short enough for a list. */
    public static String cited(SourcePassage p, Messages m) {
        return m.get("citation.passage", p.shortDocument(), p.part(), quoted(p, 2 * SHORT_QUOTE, m));
    }

    /** The passage's excerpt in quotation marks, cut at {@code max} characters. */
    public static String quoted(SourcePassage p, int max, Messages m) {
        return m.get("citation.quote", quote(p.shortQuote(), max));
    }

    /** "direct link" or "the team's interpretation", in the reader's language. */
    public static String link(SourceLink link, Messages m) {
        return m.get("source.link." + link.name());
    }

    /** {@code text} cut at a word before {@code max} characters, with « […] » when cut. */
    public static String quote(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max).replaceAll("[,;:.]$", "") + " […]";
    }
}
