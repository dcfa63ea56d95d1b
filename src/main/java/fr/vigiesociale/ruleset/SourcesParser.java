package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.SourceTree;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code sources.yaml}: each document (its file in the rule folder, checked against its
 * SHA-256), its passages and headings by line. Every line of a document that holds words must
 * belong to exactly one passage, heading or layout range: then the woven report shows the whole
 * document, and a passage's text is the document's, never a paraphrase.
 */
final class SourcesParser {

    static final String FILE = "sources.yaml";
    private static final List<String> DOCUMENT_KEYS = List.of("id", "file", "sha256", "fr", "en", "short", "layout", "headings", "passages");
    private static final List<String> PASSAGE_KEYS = List.of("id", "lines", "part", "quote", "en", "preconisation");
    private static final List<String> HEADING_KEYS = List.of("lines", "fr", "en");

    private final RuleSetFiles files;
    private final RuleFile yaml;

    SourcesParser(RuleSetFiles files, List<RuleProblem> problems) {
        this.files = files;
        this.yaml = new RuleFile(FILE, problems);
    }

    Sources parse() {
        SourceTree.Mapping root = yaml.root(files);
        yaml.onlyKeys(root, List.of("documents"), FILE);
        List<SourceDocument> documents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SourceTree item : yaml.list(root, "documents", FILE)) {
            SourceDocument d = document(yaml.mapping(item, "documents[]"));
            if (d != null && ids.add(d.id())) {
                documents.add(d);
            } else if (d != null) {
                yaml.problem(item, "duplicateId", d.id());
            }
        }
        Sources sources = new Sources(documents);
        for (int n = 1; n <= RuleSet.PRECONISATIONS; n++) {
            if (sources.preconisation(n).isEmpty()) {
                yaml.problem(root, "missingPreconisation", n);
            }
        }
        return sources;
    }

    private SourceDocument document(SourceTree.Mapping m) {
        String id = yaml.text(m, "id", "documents[]");
        yaml.onlyKeys(m, DOCUMENT_KEYS, id);
        String file = yaml.text(m, "file", id);
        Map<Lang, String> titles = texts(m, id);
        byte[] content = files.file(file);
        if (content == null) {
            yaml.problem(m, "sourceFileMissing", id, file);
            return null;
        }
        String expected = yaml.text(m, "sha256", id);
        if (!sha256(content).equals(expected)) {
            yaml.problem(m, "sourceChanged", file, sha256(content));
        }
        DocumentText text = new DocumentText(content);
        int[] owner = new int[text.lineCount() + 1];
        for (SourceTree range : yaml.list(m, "layout", id)) {
            int[] r = range(range, text, owner, id + ".layout");
            mark(owner, r, range, id);
        }
        List<SourceDocument.Heading> headings = new ArrayList<>();
        for (SourceTree h : yaml.list(m, "headings", id)) {
            SourceTree.Mapping hm = yaml.mapping(h, id + ".headings[]");
            yaml.onlyKeys(hm, HEADING_KEYS, id + ".headings[]");
            int[] r = range(RuleFile.get(hm, "lines"), text, owner, id + ".headings[]");
            if (mark(owner, r, h, id)) {
                headings.add(new SourceDocument.Heading(r[0], texts(hm, id + ".headings[]")));
            }
        }
        SourceDocument.Ref ref = new SourceDocument.Ref(id, titles, texts(yaml.mapping(m, "short", id), id + ".short"));
        List<Passage> passages = new ArrayList<>();
        Set<String> passageIds = new HashSet<>();
        for (SourceTree p : yaml.list(m, "passages", id)) {
            SourceTree.Mapping pm = yaml.mapping(p, id + ".passages[]");
            String pid = yaml.text(pm, "id", id + ".passages[]");
            yaml.onlyKeys(pm, PASSAGE_KEYS, id + "/" + pid);
            int[] r = range(RuleFile.get(pm, "lines"), text, owner, id + "/" + pid);
            if (!passageIds.add(pid)) {
                yaml.problem(p, "duplicateId", id + "/" + pid);
            }
            if (mark(owner, r, p, id)) {
                SourceTree pre = RuleFile.get(pm, "preconisation");
                Integer n = pre instanceof SourceTree.Scalar s && s.value() instanceof Number num ? num.intValue() : null;
                List<String> items = text.items(r[0], r[1]);
                String quote = RuleFile.get(pm, "quote") == null ? null : yaml.text(pm, "quote", id + "/" + pid);
                if (quote != null && !String.join(" ", items).contains(quote)) {
                    yaml.problem(RuleFile.get(pm, "quote"), "quoteNotInPassage", id + "/" + pid);
                }
                passages.add(new Passage(id + "/" + pid, ref, r[0], r[1], items,
                        texts(yaml.mapping(pm, "part", id + "/" + pid), id + "/" + pid + ".part"), quote,
                        yaml.text(pm, "en", id + "/" + pid), n));
            }
        }
        for (int n = 1; n < owner.length; n++) {
            if (owner[n] == 0 && text.hasWords(n)) {
                yaml.problem(m, "sourceLineNotCovered", file, n);
            }
        }
        return new SourceDocument(ref, file, headings, passages);
    }

    /** "12" or "12-14" as first and last line, checked against the document; {@code null} if wrong. */
    private int[] range(SourceTree node, DocumentText text, int[] owner, String what) {
        String value = node instanceof SourceTree.Scalar s && s.value() != null ? s.value().toString() : "";
        String[] parts = value.split("-", -1);
        try {
            int first = Integer.parseInt(parts[0].strip());
            int last = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : first;
            if (parts.length <= 2 && first >= 1 && last >= first && last <= text.lineCount()) {
                return new int[] {first, last};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        yaml.problem(node, "badLines", what, value, text.lineCount());
        return null;
    }

    /** Marks the lines of {@code r} as owned; false (with a problem) when they overlap another range. */
    private boolean mark(int[] owner, int[] r, SourceTree at, String document) {
        if (r == null) {
            return false;
        }
        for (int n = r[0]; n <= r[1]; n++) {
            if (owner[n] != 0) {
                yaml.problem(at, "sourceLinesOverlap", document, n);
                return false;
            }
        }
        for (int n = r[0]; n <= r[1]; n++) {
            owner[n] = r[0];
        }
        return true;
    }

    private Map<Lang, String> texts(SourceTree.Mapping m, String what) {
        Map<Lang, String> out = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            out.put(lang, yaml.text(m, lang.code(), what));
        }
        return out;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
