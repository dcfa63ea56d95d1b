package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Passage;
import fr.vigiesociale.ruleset.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A source document of the rule base from beginning to end, in the reader's language: its section
 * headings and passages in document order, so the report can be read with the rules woven in.
 */
public record SourceDocumentInfo(String id, String title, List<Entry> entries) {

    public SourceDocumentInfo {
        entries = List.copyOf(entries);
    }

    /** A section heading ({@code passage} is {@code null}) or a passage ({@code heading} is {@code null}). */
    public record Entry(String heading, SourcePassage passage) { }

    static SourceDocumentInfo of(SourceDocument d, Lang lang) {
        List<Entry> entries = new ArrayList<>();
        List<SourceDocument.Heading> headings = new ArrayList<>(d.headings());
        headings.sort(java.util.Comparator.comparingInt(SourceDocument.Heading::line));
        for (Passage p : d.passages()) {
            while (!headings.isEmpty() && headings.get(0).line() < p.firstLine()) {
                entries.add(new Entry(headings.remove(0).labels().get(lang), null));
            }
            entries.add(new Entry(null, SourcePassage.of(p, lang)));
        }
        headings.forEach(h -> entries.add(new Entry(h.labels().get(lang), null)));
        return new SourceDocumentInfo(d.id(), d.ref().title(lang), entries);
    }
}
