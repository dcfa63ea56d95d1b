package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Passage;
import java.util.List;

/**
 * A passage of a source document (the HCTS presentation of 25 January 2021, the minister's letter
 * of 7 May 2021) as rules cite it, in the reader's language.
 *
 * @param id       {@code hcts-2021/preconisation-6}
 * @param document the document's title
 * @param shortDocument its short title, for citations ("HCTS, 25 janvier 2021")
 * @param part     the part and heading the passage stands under
 * @param text     the passage: the document's own words in French, a translation in English
 * @param excerpt  what reports quote: the text, or for a long passage its key phrase
 * @param original the document's own words, whatever the language
 * @param items    the same words, one item per bullet or paragraph of the document
 * @param lines    its lines in the document file ({@code rules/sources/…})
 */
public record SourcePassage(String id, String document, String shortDocument, String part, String text,
                            String excerpt, String original, List<String> items, String lines) {

    public SourcePassage {
        items = List.copyOf(items);
    }

    static SourcePassage of(Passage p, Lang lang) {
        return new SourcePassage(p.id(), p.document().title(lang), p.document().shortTitle(lang), p.part().get(lang),
                p.text(lang), p.excerpt(lang), p.text(), p.items(), p.lines());
    }

    /** The excerpt as a quote: « […] » marks the words of the passage it leaves out. */
    public String shortQuote() {
        if (excerpt.equals(text)) {
            return text;
        }
        return (text.startsWith(excerpt) ? "" : "[…] ") + excerpt + (text.endsWith(excerpt) ? "" : " […]");
    }
}
