package fr.vigiesociale.web.page;

import static fr.vigiesociale.report.MarkdownReport.esc;
import static fr.vigiesociale.report.MarkdownReport.typed;

import fr.vigiesociale.i18n.Messages;

/**
 * A comparison to paste into the minutes of a meeting: the two situations, what differs between
 * them, then the actions added, raised, lowered and removed with their scores. Its printed form is
 * the {@link #TEMPLATE} template, which the page also shows.
 */
final class CompareMarkdown {

    /** The printed comparison (XHTML for the PDF renderer), also the body of the comparison page. */
    static final String TEMPLATE = "compare-report";

    private CompareMarkdown() {
    }

    static String render(CompareView v, Messages m) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(m.get("web.compare.heading")).append("\n\n");
        side(out, m.get("web.compare.before"), v.before(), m);
        side(out, m.get("web.compare.after"), v.after(), m);
        out.append(v.rulesetLine()).append("\n\n");
        out.append("## ").append(m.get("web.compare.inputs")).append("\n\n");
        if (v.inputs().isEmpty()) {
            out.append(m.get("web.compare.sameInputs")).append('\n');
        } else {
            out.append("| ").append(m.get("web.compare.field")).append(" | ").append(m.get("web.compare.before"))
                    .append(" | ").append(m.get("web.compare.after")).append(" |\n|---|---|---|\n");
            v.inputs().forEach(i -> out.append("| ").append(esc(i.label())).append(" | ").append(esc(i.before()))
                    .append(" | ").append(esc(i.after())).append(" |\n"));
        }
        for (String kind : CompareView.KINDS) {
            var rows = v.changes(kind);
            out.append("\n## ").append(m.get("web.compare." + kind, rows.size())).append("\n\n");
            if (rows.isEmpty()) {
                out.append(m.get("web.compare.none")).append('\n');
                continue;
            }
            out.append("| ").append(m.get("report.col.action")).append(" | ").append(m.get("web.compare.before"))
                    .append(" | ").append(m.get("web.compare.after")).append(" | ").append(m.get("web.compare.delta"))
                    .append(" |\n|---|---|---|---:|\n");
            rows.forEach(r -> out.append("| ").append(esc(r.title())).append(" | ").append(score(r.levelBeforeLabel(), r.before()))
                    .append(" | ").append(score(r.levelAfterLabel(), r.after())).append(" | ").append(r.delta()).append(" |\n"));
        }
        if (!v.unchanged().isEmpty()) {
            out.append("\n## ").append(m.get("web.compare.unchanged", v.unchanged().size())).append("\n\n");
            v.unchanged().forEach(r -> out.append("- ").append(esc(r.title())).append(" — ").append(r.after()).append('\n'));
        }
        out.append("\n---\n").append(m.get("web.footer.disclaimer")).append('\n');
        return out.toString();
    }

    private static void side(StringBuilder out, String label, CompareView.Side side, Messages m) {
        out.append("**").append(label).append("**").append(m.get("punct.colon")).append(typed(side.title())).append(" — ")
                .append(esc(side.context())).append("\n\n");
    }

    private static String score(String level, String score) {
        return "—".equals(score) ? "—" : level + " " + score;
    }
}
