package fr.vigiesociale.report;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.DataGap;
import fr.vigiesociale.api.Reason;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The assessment as a terminal table: one line per action, aligned, levels visible (coloured when
 * the output is a terminal), then the reasons of each action with their points, then the data gaps.
 */
public final class TextReport {

    private static final int TITLE_WIDTH = 62;

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
            table(out, a.actions(), m, colour);
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
            for (DataGap g : a.dataGaps()) {
                out.append("  - ").append(g.field()).append(" : ").append(g.why()).append('\n');
            }
        }
        return out.toString();
    }

    /** The ranked table: one aligned line per action, with a header. */
    static void table(StringBuilder out, List<AssessedAction> actions, Messages m, boolean colour) {
        out.append(String.format("%3s  %-9s %6s  %-" + TITLE_WIDTH + "s  %-12s %s%n", "#", m.get("report.col.level"),
                m.get("report.col.score"), m.get("report.col.action"), m.get("report.col.horizon"), m.get("report.col.precos")));
        for (AssessedAction x : actions) {
            String level = String.format("%-9s", m.get("level." + x.level()));
            out.append(String.format("%3d  %s %6s  %-" + TITLE_WIDTH + "s  %-12s %s%n", x.rank(), colour(level, x.level(), colour),
                    Labels.score(x.score(), m), truncate(x.title()), m.get("horizon." + x.horizon()),
                    Labels.preconisations(x.preconisations())));
        }
    }

    private static String truncate(String s) {
        return s.length() <= TITLE_WIDTH ? s : s.substring(0, TITLE_WIDTH - 1) + "…";
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
