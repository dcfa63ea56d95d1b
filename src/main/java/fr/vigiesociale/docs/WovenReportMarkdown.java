package fr.vigiesociale.docs;

import static fr.vigiesociale.report.MarkdownReport.esc;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.SourcePassage;
import fr.vigiesociale.api.WovenReport;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.report.Citations;
import java.util.stream.Collectors;

/**
 * {@code docs/rapport-et-regles.md} (and its English twin): the two source documents passage by
 * passage, each followed by the rules that implement it, then the passages no rule implements yet.
 * Generated from the rule base; {@code GeneratedDocsTest} checks the committed files are current.
 */
public final class WovenReportMarkdown {

    private WovenReportMarkdown() {
    }

    public static String markdown(RuleBase rules, Lang lang) {
        Messages m = Messages.of(lang);
        WovenReport report = WovenReport.of(rules, lang);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(m.get("woven.title")).append("\n\n");
        out.append(m.get("woven.generated")).append("\n\n");
        out.append(m.get("woven.intro")).append("\n\n");
        out.append(m.get("woven.coverage", report.encoded(), report.passages(), report.passages() - report.encoded()))
                .append("\n");
        for (WovenReport.Document d : report.documents()) {
            out.append("\n## ").append(esc(d.title())).append("\n");
            for (WovenReport.Entry e : d.entries()) {
                if (e.passage() == null) {
                    out.append("\n### ").append(esc(e.heading())).append("\n");
                    continue;
                }
                passage(out, e, lang, m);
            }
        }
        out.append("\n## ").append(m.get("woven.unencoded")).append("\n\n");
        for (SourcePassage p : report.unencoded()) {
            out.append("- `").append(p.id()).append("` — ").append(esc(Citations.cited(p, m))).append('\n');
        }
        return out.toString();
    }

    private static void passage(StringBuilder out, WovenReport.Entry e, Lang lang, Messages m) {
        SourcePassage p = e.passage();
        out.append("\n<a id=\"").append(p.id()).append("\"></a>\n");
        if (p.items().size() == 1) {
            out.append("> ").append(esc(p.original())).append('\n');
        } else {
            p.items().forEach(item -> out.append("> - ").append(esc(item)).append('\n'));
        }
        out.append(">\n> — ").append(esc(p.part())).append(", ").append(lines(p, m)).append(" · `").append(p.id())
                .append("`\n");
        if (lang != Lang.FR) {
            out.append("\n*").append(esc(p.text())).append("*\n");
        }
        if (e.rules().isEmpty()) {
            out.append("\n").append(m.get("woven.none")).append("\n");
            return;
        }
        out.append("\n| ").append(m.get("docs.rules.col.rule")).append(" | ").append(m.get("docs.rules.col.trigger"))
                .append(" | ").append(m.get("docs.rules.col.actions")).append(" | ").append(m.get("woven.col.link"))
                .append(" |\n|---|---|---|---|\n");
        for (WovenReport.WovenRule r : e.rules()) {
            out.append("| [").append(esc(r.name())).append("](../rules/").append(r.rule().file()).append("#L")
                    .append(r.rule().line()).append(") | ").append(esc(r.trigger())).append(" | ")
                    .append(r.actions().isEmpty() ? m.get("woven.context")
                            : r.actions().stream().map(WovenReportMarkdown::action).collect(Collectors.joining("<br>")))
                    .append(" | ").append(Citations.link(r.link(), m)).append(" |\n");
        }
    }

    /** "ligne 51" or "lignes 23-27". */
    static String lines(SourcePassage p, Messages m) {
        return m.get(p.lines().contains("-") ? "woven.lines" : "woven.line", p.lines());
    }

    private static String action(ActionInfo a) {
        return esc(a.title()) + " (`" + a.id() + "`)";
    }
}
