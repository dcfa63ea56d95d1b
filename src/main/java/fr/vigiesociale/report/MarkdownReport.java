package fr.vigiesociale.report;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.DataGap;
import fr.vigiesociale.api.Priority;
import fr.vigiesociale.api.Reason;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The assessment as a Markdown report a manager can paste into a meeting note. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Scenario s, Assessment a) {
        Messages m = Messages.of(a.lang());
        StringBuilder out = new StringBuilder();
        out.append("# ").append(m.get("report.heading", typed(a.scenario().title()))).append("\n\n");
        out.append(esc(Context.line(s, m))).append("\n\n");
        if (s.description() != null) {
            out.append("> ").append(typedLines(s.description()).replace("\n", "\n> ")).append("\n\n");
        }
        if (a.actions().isEmpty()) {
            out.append("## ").append(m.get("report.summary")).append("\n\n");
            out.append(m.get("report.noAction")).append("\n\n");
        } else {
            plan(out, a, m);
            out.append("\n## ").append(m.get("report.details")).append("\n");
            for (AssessedAction x : a.actions()) {
                out.append("\n### ").append(x.rank()).append(". ").append(esc(x.title())).append("\n\n");
                out.append("**").append(m.get("level." + x.level())).append("** — ").append(m.get("report.col.score"))
                        .append(' ').append(Labels.score(x.score(), m)).append("/100 · ")
                        .append(m.get("horizon." + x.horizon())).append(" · ").append(m.get("report.col.precos")).append(' ')
                        .append(Labels.preconisations(x.preconisations())).append("\n\n");
                out.append(esc(x.description())).append("\n\n");
                out.append("*").append(m.get("report.actors")).append("* ")
                        .append(x.actors().stream().map(r -> m.get("actor." + r)).collect(Collectors.joining(", ")))
                        .append("\n\n");
                out.append("*").append(esc(ScoreNotes.confidence(x, m))).append(".*\n\n");
                out.append("| ").append(m.get("report.col.points")).append(" | ").append(m.get("report.col.reason"))
                        .append(" | ").append(m.get("report.col.rule")).append(" | ").append(m.get("report.col.source"))
                        .append(" |\n|---:|---|---|---|\n");
                for (Reason r : x.reasons()) {
                    out.append("| ").append(ScoreNotes.counted(r, m)).append(" | ").append(esc(r.text()))
                            .append(" | ").append(esc(r.rule())).append(" | ").append(esc(Citations.compact(r, a.sources(), m)));
                    if (r.threshold() != null) {
                        out.append(" ; ").append(esc(m.get("report.thresholds", r.threshold().source())));
                    }
                    out.append(" |\n");
                }
            }
        }
        if (!a.dataGaps().isEmpty()) {
            out.append("\n## ").append(m.get("report.gaps")).append("\n\n");
            for (DataGap g : a.dataGaps()) {
                out.append("- **").append(esc(new FactLabels(m).label(g.field()))).append("** — ").append(esc(g.why())).append('\n');
            }
        }
        if (!a.sources().isEmpty()) {
            out.append("\n## ").append(m.get("report.sources")).append("\n\n");
            a.sources().values().forEach(p -> out.append("- ").append(esc(Citations.full(p, m))).append('\n'));
        }
        out.append("\n---\n").append(m.get("report.footer", a.ruleset().name(), a.ruleset().version(),
                a.ruleset().sha256())).append('\n');
        return out.toString();
    }

    /** The priorities, each with its first step and who carries it, then the other actions by horizon. */
    static void plan(StringBuilder out, Assessment a, Messages m) {
        out.append("## ").append(m.get("report.plan.priorities")).append("\n\n");
        if (a.priorities().isEmpty()) {
            out.append(m.get("report.plan.none")).append("\n\n");
        }
        for (Priority p : a.priorities()) {
            out.append(p.rank()).append(". **").append(esc(p.title())).append("** — ").append(m.get("level." + p.level()))
                    .append(", ").append(Labels.score(p.score(), m)).append("/100  \n   ")
                    .append(esc(m.get("report.plan.firstStep", p.firstStep()))).append("  \n   *")
                    .append(esc(Plan.carriedBy(p, m))).append("*\n");
        }
        Map<Horizon, List<AssessedAction>> rest = Plan.restByHorizon(a);
        if (!rest.isEmpty()) {
            out.append("\n## ").append(m.get("report.plan.rest")).append('\n');
            rest.forEach((h, actions) -> {
                out.append("\n### ").append(m.get("report.plan.horizon." + h)).append("\n\n");
                table(out, actions, m);
            });
        }
    }

    /** The ranked summary table. */
    static void table(StringBuilder out, List<AssessedAction> actions, Messages m) {
        out.append("| # | ").append(m.get("report.col.level")).append(" | ").append(m.get("report.col.score"))
                .append(" | ").append(m.get("report.col.action")).append(" | ").append(m.get("report.col.horizon"))
                .append(" | ").append(m.get("report.col.precos")).append(" |\n");
        out.append("|---:|---|---:|---|---|---|\n");
        for (AssessedAction x : actions) {
            out.append("| ").append(x.rank()).append(" | **").append(m.get("level." + x.level())).append("** | ")
                    .append(Labels.score(x.score(), m)).append(" | ").append(esc(x.title())).append(" | ")
                    .append(m.get("horizon." + x.horizon())).append(" | ").append(Labels.preconisations(x.preconisations()))
                    .append(" |\n");
        }
    }

    /** Escapes a text for Markdown (tables included): invisible characters, backslashes, pipes and angle brackets. */
    public static String esc(String s) {
        return fr.vigiesociale.scenario.TextCharacters.strip(s).replace("\\", "\\\\").replace("|", "\\|")
                .replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A text someone typed (a participant's name, a decision, a scenario's title), made inert in a
     * Markdown line or table cell: {@link #esc} and line breaks turned into spaces, so that it
     * cannot start a heading or a list of its own, and what Markdown would read as a link, emphasis
     * or code escaped, with a heading, quote, list or rule sign at its start.
     */
    public static String typed(String s) {
        String out = esc(s.replaceAll("[\\r\\n\\t]+", " ").strip())
                .replace("[", "\\[").replace("]", "\\]").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
        return LINE_START_MARKUP.matcher(out).lookingAt() ? "\\" + out : out;
    }

    /** A typed text of several lines (a description): each line {@link #typed}. */
    public static String typedLines(String s) {
        return s.lines().map(MarkdownReport::typed).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** What makes a line a heading, a list item, a quote or a rule when it starts it. */
    private static final java.util.regex.Pattern LINE_START_MARKUP = java.util.regex.Pattern.compile("#|[-+=~]|\\d+[.)]");
}
