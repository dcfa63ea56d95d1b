package fr.vigiesociale.report;

import fr.vigiesociale.api.Reason;
import fr.vigiesociale.api.SourcePassage;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Citation;
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

    /** A passage a reason or a rule cites, and whether the passage says what the rule does. */
    public record Cited(SourcePassage passage, SourceLink link) { }

    /**
     * One line: {@code HCTS, 25 janvier 2021 : « Une crise alimentaire » (interprétation) ·
     * « Préconisation n°4 : … » (interprétation)}.
     */
    public static String compact(Reason r, Map<String, SourcePassage> sources, Messages m) {
        List<String> parts = new ArrayList<>();
        byDocument(r.sources(), sources).forEach((doc, cited) -> parts.add(m.get("citation.document", doc,
                String.join(" · ", cited.stream().map(c -> label(c, m)).toList()))));
        return String.join(" ; ", parts);
    }

    /** The passages cited, grouped by the short title of their document, in citation order. */
    public static Map<String, List<Cited>> byDocument(List<Citation> citations, Map<String, SourcePassage> sources) {
        Map<String, List<Cited>> out = new LinkedHashMap<>();
        for (Citation c : citations) {
            SourcePassage p = sources.get(c.passage());
            if (p != null) {
                out.computeIfAbsent(p.shortDocument(), k -> new ArrayList<>()).add(new Cited(p, c.link()));
            }
        }
        return out;
    }

    /** A passage within its document's citation: its quote (after its paragraph for a letter), then its link. */
    public static String label(Cited c, Messages m) {
        SourcePassage p = c.passage();
        String quote = quoted(p, SHORT_QUOTE, m);
        return (p.part().startsWith("§") ? p.part() + " " + quote : quote) + " (" + shortLink(c.link(), m) + ")";
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

    /** "direct" or "interpretation", for citations in running text. */
    public static String shortLink(SourceLink link, Messages m) {
        return m.get("source.linkShort." + link.name());
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
