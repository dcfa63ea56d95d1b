package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import java.util.List;
import java.util.Map;

/**
 * One source document of the rule base (the HCTS presentation, the minister's letter), cut into
 * passages and section headings in document order.
 */
public record SourceDocument(Ref ref, String file, List<Heading> headings, List<Passage> passages) {

    public SourceDocument {
        headings = List.copyOf(headings);
        passages = List.copyOf(passages);
    }

    /** The document's id, titles and short titles (for citations), which each of its passages carries. */
    public record Ref(String id, Map<Lang, String> titles, Map<Lang, String> shortTitles) {

        public Ref {
            titles = Map.copyOf(titles);
            shortTitles = Map.copyOf(shortTitles);
        }

        public String title(Lang lang) {
            return titles.get(lang);
        }

        public String shortTitle(Lang lang) {
            return shortTitles.get(lang);
        }
    }

    /** A section heading: the first line it stands on, and its label in each language. */
    public record Heading(int line, Map<Lang, String> labels) {

        public Heading {
            labels = Map.copyOf(labels);
        }
    }

    public String id() {
        return ref.id();
    }
}
