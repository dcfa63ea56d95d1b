package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import java.util.List;
import java.util.Map;

/**
 * One passage of a source document, as {@code sources.yaml} cuts it: its lines in the document,
 * the text read from them (one item per bullet or paragraph), where it stands in the document and
 * an English rendering.
 *
 * @param id             document id and passage id, {@code hcts-2021/preconisation-6}
 * @param document       the document it belongs to
 * @param firstLine      first line in the document file (1-based)
 * @param lastLine       last line, inclusive
 * @param items          the passage's text as the document gives it, one item per bullet or paragraph
 * @param part           the part and heading of the document it stands under
 * @param quote          for a long passage, the words reports quote (found verbatim in it); else {@code null}
 * @param english        an English rendering of the text (the project's translation)
 * @param preconisation  the number of the préconisation it states, or {@code null}
 */
public record Passage(String id, SourceDocument.Ref document, int firstLine, int lastLine, List<String> items,
                      Map<Lang, String> part, String quote, String english, Integer preconisation) {

    public Passage {
        items = List.copyOf(items);
        part = Map.copyOf(part);
    }

    /** The text in the document's words, items joined by « ; » (by a space after a colon or a full stop). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            if (!sb.isEmpty()) {
                char last = sb.charAt(sb.length() - 1);
                sb.append(last == ':' || last == '.' ? " " : " ; ");
            }
            sb.append(item);
        }
        return sb.toString();
    }

    /** The text in {@code lang}: the document's own words in French, the translation in English. */
    public String text(Lang lang) {
        return lang == Lang.FR ? text() : english;
    }

    /** What reports quote: the document's own words (its key phrase for a long passage) in French, the translation in English. */
    public String excerpt(Lang lang) {
        return lang == Lang.FR ? (quote == null ? text() : quote) : english;
    }

    /** The lines as the document numbers them: "12" or "12-14". */
    public String lines() {
        return firstLine == lastLine ? Integer.toString(firstLine) : firstLine + "-" + lastLine;
    }
}
