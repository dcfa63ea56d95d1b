package fr.vigiesociale.report;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.DataGap;
import fr.vigiesociale.api.Priority;
import fr.vigiesociale.api.Reason;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The assessment as a terminal plan: its priorities with their first steps and who carries them,
 * then the other actions by horizon, one aligned line each, levels visible (coloured when the output
 * is a terminal), then the reasons of each action with their points, then the data gaps.
 */
public final class TextReport {

    /** The table fits an 80-column terminal: 21 columns before the title, 23 after it. */
    static final int TITLE_WIDTH = 36;
    /** A priority's lines, indented by five columns, fit the same 80 columns. */
    static final int PLAN_WIDTH = 75;

    private TextReport() {
    }

    public static String render(Scenario s, Assessment a, boolean colour) {
        Messages m = Messages.of(a.lang());
        StringBuilder out = new StringBuilder();
        out.append(bold(m.get("report.heading", a.scenario().title()), colour)).append('\n');
        out.append(Context.line(s, m)).append('\n');
        out.append(m.get("report.ruleset", a.ruleset().name(), a.ruleset().version(), a.ruleset().rules(),
                a.ruleset().sha256().substring(0, 12))).append("\n\n");
        if (a.actions().isEmpty()) {
            out.append(m.get("report.noAction")).append('\n');
        } else {
            plan(out, a, m, colour);
            out.append('\n').append(bold(m.get("report.why"), colour)).append('\n');
            for (AssessedAction x : a.actions()) {
                out.append(String.format("%n%d. %s  [%s, %s]%n", x.rank(), x.title(), m.get("level." + x.level()),
                        Labels.score(x.score(), m)));
                out.append("   ").append(m.get("report.actors")).append(' ')
                        .append(x.actors().stream().map(r -> m.get("actor." + r)).collect(Collectors.joining(", ")))
                        .append('\n');
                out.append("   ").append(ScoreNotes.confidence(x, m)).append(".\n");
                for (Reason r : x.reasons()) {
                    out.append(String.format("   %6s  %s%n", ScoreNotes.counted(r, m), r.text()));
                    out.append("           ").append(m.get("web.result.rule", r.rule())).append(System.lineSeparator());
                    out.append(String.format("           %s %s%n", m.get("report.source"), Citations.compact(r, a.sources(), m)));
                }
            }
        }
        if (!a.dataGaps().isEmpty()) {
            out.append('\n').append(bold(m.get("report.gaps"), colour)).append('\n');
            FactLabels labels = new FactLabels(m);
            for (DataGap g : a.dataGaps()) {
                out.append("  - ").append(labels.label(g.field())).append(m.get("punct.colon")).append(g.why()).append('\n');
            }
        }
        return out.toString();
    }

    /** The priorities, each with its first step and who carries it, then the other actions by horizon. */
    static void plan(StringBuilder out, Assessment a, Messages m, boolean colour) {
        out.append(bold(m.get("report.plan.priorities"), colour)).append('\n');
        if (a.priorities().isEmpty()) {
            out.append("  ").append(m.get("report.plan.none")).append('\n');
        }
        for (Priority p : a.priorities()) {
            List<String> title = wrap(p.title(), PLAN_WIDTH);
            out.append(String.format("%3d. %s%n", p.rank(), title.get(0)));
            title.subList(1, title.size()).forEach(l -> out.append("     ").append(l).append('\n'));
            out.append("     ").append(colour(m.get("level." + p.level()), p.level(), colour)).append(", ")
                    .append(Labels.score(p.score(), m)).append('\n');
            for (String text : List.of(m.get("report.plan.firstStep", p.firstStep()), Plan.carriedBy(p, m))) {
                wrap(text, PLAN_WIDTH).forEach(l -> out.append("     ").append(l).append('\n'));
            }
        }
        Map<Horizon, List<AssessedAction>> rest = Plan.restByHorizon(a);
        if (!rest.isEmpty()) {
            out.append('\n').append(bold(m.get("report.plan.rest"), colour)).append('\n');
            rest.forEach((h, actions) -> {
                out.append('\n').append(m.get("report.plan.horizon." + h)).append('\n');
                table(out, actions, m, colour);
            });
        }
    }

    /** The ranked table: one aligned row per action, its title wrapped on as many lines as it needs, with a header. */
    static void table(StringBuilder out, List<AssessedAction> actions, Messages m, boolean colour) {
        out.append(String.format("%3s  %-8s %5s  %-" + TITLE_WIDTH + "s  %-11s  %s%n", "#", m.get("report.col.level"),
                m.get("report.col.score"), m.get("report.col.action"), m.get("report.col.horizon"), m.get("report.col.precos")));
        for (AssessedAction x : actions) {
            String level = String.format("%-8s", m.get("level." + x.level()));
            List<String> title = wrap(x.title(), TITLE_WIDTH);
            out.append(String.format("%3d  %s %5s  %-" + TITLE_WIDTH + "s  %-11s  %s%n", x.rank(), colour(level, x.level(), colour),
                    Labels.score(x.score(), m), title.get(0), m.get("horizon." + x.horizon()),
                    Labels.preconisations(x.preconisations())));
            for (String more : title.subList(1, title.size())) {
                out.append(" ".repeat(21)).append(more).append(System.lineSeparator());
            }
        }
    }

    /** Word-wraps {@code text} to lines of at most {@code width} characters (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String bold(String s, boolean colour) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    static String colour(String s, Level level, boolean colour) {
        if (!colour) {
            return s;
        }
        String code = switch (level) {
            case CRITICAL -> "1;31";
            case HIGH -> "33";
            case MEDIUM -> "36";
            case LOW -> "2";
        };
        return "\u001b[" + code + "m" + s + "\u001b[0m";
    }
}
