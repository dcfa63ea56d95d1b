package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.SourceLink;
import java.util.ArrayList;
import java.util.List;

/**
 * The source documents read with their rules woven in: each document from beginning to end, its
 * headings, and after each passage the rules that implement it (or none yet), so a domain expert
 * can review the encoding against the text in one read.
 */
public record WovenReport(String lang, List<Document> documents, int passages, int encoded) {

    /** One source document, in order. */
    public record Document(String id, String title, List<Entry> entries) { }

    /** A heading ({@code passage} null), or a passage with the rules that implement it. */
    public record Entry(String heading, SourcePassage passage, List<WovenRule> rules) { }

    /** A rule as the woven report shows it under a passage, and how it relates to that passage. */
    public record WovenRule(RuleInfo rule, String name, String trigger, List<ActionInfo> actions, SourceLink link) { }

    public static WovenReport of(RuleBase served, Lang lang) {
        RuleBase base = served.snapshot(); // one rule set for the whole report
        List<RuleInfo> rules = base.rules();
        List<ActionInfo> actions = base.actions(lang);
        List<Document> documents = new ArrayList<>();
        int passages = 0;
        int encoded = 0;
        for (SourceDocumentInfo d : base.sources(lang)) {
            List<Entry> entries = new ArrayList<>();
            for (SourceDocumentInfo.Entry e : d.entries()) {
                if (e.passage() == null) {
                    entries.add(new Entry(e.heading(), null, List.of()));
                    continue;
                }
                List<WovenRule> implementing = new ArrayList<>();
                for (RuleInfo r : rules) {
                    r.sources().stream().filter(c -> c.passage().equals(e.passage().id())).findFirst()
                            .ifPresent(c -> implementing.add(new WovenRule(r, r.name(lang), r.trigger(lang),
                                    actions.stream().filter(a -> r.actions().contains(a.id())).toList(), c.link())));
                }
                passages++;
                encoded += implementing.isEmpty() ? 0 : 1;
                entries.add(new Entry(null, e.passage(), implementing));
            }
            documents.add(new Document(d.id(), d.title(), entries));
        }
        return new WovenReport(lang.code(), documents, passages, encoded);
    }

    /** The passages no rule implements yet, in document order. */
    public List<SourcePassage> unencoded() {
        return documents.stream().flatMap(d -> d.entries().stream())
                .filter(e -> e.passage() != null && e.rules().isEmpty()).map(Entry::passage).toList();
    }
}
