package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The source documents of a rule base and their passages, from {@code sources.yaml}. */
public record Sources(List<SourceDocument> documents) {

    public Sources {
        documents = List.copyOf(documents);
    }

    /** Every passage of every document, in document order, by id ({@code hcts-2021/preconisation-6}). */
    public Map<String, Passage> passages() {
        Map<String, Passage> out = new LinkedHashMap<>();
        documents.forEach(d -> d.passages().forEach(p -> out.put(p.id(), p)));
        return out;
    }

    /** The passage stating préconisation {@code n}. */
    public Optional<Passage> preconisation(int n) {
        return documents.stream().flatMap(d -> d.passages().stream())
                .filter(p -> Integer.valueOf(n).equals(p.preconisation())).findFirst();
    }

    /**
     * The title of préconisation {@code n} in {@code lang}: the report's own words after
     * « Préconisation n°N : » in French, the translation in English.
     */
    public String preconisationTitle(int n, Lang lang) {
        Passage p = preconisation(n).orElseThrow(() -> new IllegalArgumentException("no préconisation " + n));
        if (lang == Lang.EN) {
            return p.english();
        }
        String text = p.text();
        int colon = text.indexOf(" : ");
        return colon < 0 ? text : text.substring(colon + 3);
    }
}
