package fr.vigiesociale.session;

import static fr.vigiesociale.report.MarkdownReport.esc;
import static fr.vigiesociale.report.MarkdownReport.typed;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.report.Labels;
import fr.vigiesociale.report.MarkdownReport;
import fr.vigiesociale.ruleset.Actor;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The after-action report in Markdown: the whole exercise at a glance, then one section per
 * inject (the actions the exercise expected and who took them, coverage matrix with its legend, untaken recommendations, duplicates without a lead, actions outside the
 * recommendations, suggestions set aside), then the session's timeline.
 */
public final class DebriefMarkdown {

    /** Times in the report are those of the training room. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);

    /** The keys of the legend, one per mark the coverage matrix and the expected actions use. */
    public static final List<String> LEGEND = List.of("debrief.legend.lead", "debrief.legend.taken",
            "debrief.legend.accepted", "debrief.legend.overridden", "debrief.legend.none", "debrief.legend.named",
            "debrief.legend.expectedTaken", "debrief.legend.expectedMissed");

    private DebriefMarkdown() {
    }

    /** A time of the session as the training room reads it ("14:05"). */
    public static String time(Instant t) {
        return TIME.format(t);
    }

    /** A date of the session ("23/11/2026"). */
    public static String date(Instant t) {
        return DATE.format(t);
    }

    public static String render(Debrief d, ExerciseSession s, List<Participant> participants) {
        Messages m = Messages.of(s.language());
        StringBuilder out = new StringBuilder();
        out.append("# ").append(m.get("debrief.heading", esc(d.exercise().title()))).append("\n\n");
        out.append(m.get("debrief.session", s.joinCode(), typed(s.trainer()), date(s.createdAt()))).append("\n\n");
        out.append("**").append(m.get("debrief.participants")).append("** ");
        out.append(participants.isEmpty() ? m.get("debrief.none") : participants.stream()
                .map(p -> typed(p.name()) + " (" + m.get("actor." + p.institution()) + ")").collect(Collectors.joining(", ")));
        out.append("\n\n");
        overall(out, d, m);
        for (Debrief.InjectReview r : d.injects()) {
            inject(out, d, r, m);
        }
        if (!d.unplayed().isEmpty()) {
            out.append("\n## ").append(m.get("debrief.unplayed")).append("\n\n")
                    .append(m.get("debrief.unplayedNote")).append("\n\n");
            d.unplayed().forEach(step -> out.append("- ").append(esc(injectLine(d, step, m))).append('\n'));
        }
        out.append("\n## ").append(m.get("debrief.timeline")).append("\n\n");
        if (d.timeline().isEmpty()) {
            out.append(m.get("debrief.none")).append('\n');
        }
        for (Chronology.Moment e : d.timeline()) {
            out.append("- ").append(time(e.at())).append(" — ").append(Chronology.line(e, m, MarkdownReport::typed)).append('\n');
        }
        out.append("\n---\n").append(m.get("debrief.footer")).append('\n');
        return out.toString();
    }

    private static void overall(StringBuilder out, Debrief d, Messages m) {
        Debrief.Overall o = d.overall();
        out.append("## ").append(m.get("debrief.overall")).append("\n\n");
        if (!d.unplayed().isEmpty()) {
            out.append(m.get("debrief.playedPartly", d.injects().size(), d.exercise().injects().size())).append("\n\n");
        }
        out.append("- ").append(m.get("debrief.expectedCount", o.expectedTaken(), o.expected(), o.expectedPct())).append('\n');
        out.append("- ").append(m.get("debrief.coverage", o.takenAtLeastOnce(), o.recommended(), o.coveragePct())).append('\n');
        out.append("- ").append(m.get("debrief.sharedCount", o.sharedWithoutLead())).append('\n');
        out.append("- ").append(m.get("debrief.notSuggestedCount", o.notSuggested())).append("\n\n");
        out.append("| ").append(m.get("debrief.col.institution")).append(" | ").append(m.get("debrief.col.decisions"))
                .append(" |\n|---|---:|\n");
        for (Actor a : d.institutions()) {
            out.append("| ").append(m.get("actor." + a)).append(" | ")
                    .append(o.decisionsByInstitution().getOrDefault(a, 0L)).append(" |\n");
        }
        if (!o.overrideReasons().isEmpty()) {
            out.append("\n| ").append(m.get("debrief.col.reason")).append(" | ").append(m.get("debrief.col.count"))
                    .append(" |\n|---|---:|\n");
            for (Map.Entry<OverrideReason, Long> e : o.overrideReasons().entrySet()) {
                out.append("| ").append(m.get("session.reason." + e.getKey())).append(" | ").append(e.getValue()).append(" |\n");
            }
        }
        out.append("\n### ").append(m.get("debrief.neverTaken")).append("\n\n");
        actions(out, o.neverTaken(), m);
    }

    private static void inject(StringBuilder out, Debrief d, Debrief.InjectReview r, Messages m) {
        out.append("\n## ").append(esc(injectLine(d, r.step(), m))).append("\n\n");
        out.append(m.get("debrief.decisionCount", r.decisionCount())).append("\n\n");
        out.append("### ").append(m.get("debrief.expected")).append("\n\n");
        if (r.expected().isEmpty()) {
            out.append(m.get("debrief.expected.none")).append('\n');
        }
        for (ExpectedAction e : r.expected()) {
            out.append("- ").append(e.taken() ? "✓ " : "○ ").append(esc(e.title())).append(" — ").append(expected(e, m))
                    .append('\n');
        }
        out.append("\n### ").append(m.get("debrief.matrix")).append("\n\n");
        out.append("| ").append(m.get("report.col.action")).append(" | ").append(m.get("report.col.level"));
        d.institutions().forEach(a -> out.append(" | ").append(m.get("actor.short." + a)));
        out.append(" |\n|---|---");
        d.institutions().forEach(a -> out.append("|---"));
        out.append("|\n");
        for (Debrief.Row row : r.matrix()) {
            out.append("| ").append(esc(row.action().title())).append(" | ").append(m.get("level." + row.action().level()));
            for (Actor a : d.institutions()) {
                out.append(" | ").append(cell(row.cells().get(a), m));
            }
            out.append(" |\n");
        }
        out.append("\n**").append(m.get("debrief.legend")).append("**\n\n");
        LEGEND.forEach(key -> out.append("- ").append(typed(m.get(key))).append('\n'));
        out.append('\n');
        out.append("### ").append(m.get("debrief.untaken")).append("\n\n");
        actions(out, r.untaken(), m);
        out.append("\n### ").append(m.get("debrief.sharedWithoutLead")).append("\n\n");
        shared(out, r.sharedWithoutLead(), m);
        if (!r.severalLeads().isEmpty()) {
            out.append("\n### ").append(m.get("debrief.severalLeads")).append("\n\n");
            shared(out, r.severalLeads(), m);
        }
        out.append("\n### ").append(m.get("debrief.notSuggested")).append("\n\n");
        if (r.notSuggested().isEmpty()) {
            out.append(m.get("debrief.none")).append('\n');
        }
        for (Decision x : r.notSuggested()) {
            String what = x.fromCatalogue() ? m.get("debrief.catalogueAction", esc(r.step().title(x.actionId()))) : typed(x.freeText());
            out.append("- ").append(m.get("actor." + x.institution())).append(" : ").append(what).append(" — ")
                    .append(m.get("debrief.ownerDeadline", typed(x.ownerName()), typed(x.deadline()))).append('\n');
        }
        out.append("\n### ").append(m.get("debrief.overrides")).append("\n\n");
        if (r.overrides().isEmpty()) {
            out.append(m.get("debrief.none")).append('\n');
        }
        for (Debrief.Override o : r.overrides()) {
            out.append("- ").append(m.get("actor." + o.institution())).append(" : ").append(esc(o.title())).append(" — ")
                    .append(m.get("session.reason." + o.reason()));
            if (o.note() != null) {
                out.append(" (« ").append(typed(o.note())).append(" »)");
            }
            out.append('\n');
        }
    }

    /** "Inject 2/5 · J+1 · Title": an inject's heading, numbered among all the exercise's injects. */
    public static String injectLine(Debrief d, Timeline.Step step, Messages m) {
        return m.get("report.exercise.inject", step.index() + 1, d.exercise().injects().size(), step.inject().time(),
                step.inject().title());
    }

    /** "prise par : Commune et CCAS (pilote), ARS", "prise par personne", or "… puis à l'inject 3". */
    public static String expected(ExpectedAction e, Messages m) {
        if (e.taken()) {
            return m.get("debrief.expected.takenBy", e.takenBy().stream()
                    .map(a -> m.get("actor." + a) + (e.leads().contains(a) ? m.get("debrief.expected.lead") : ""))
                    .collect(Collectors.joining(", ")));
        }
        return e.laterInject() == null ? m.get("debrief.expected.notTaken")
                : m.get("debrief.expected.later", e.laterInject() + 1);
    }

    /** The cell in Markdown: its text, with an escaped * when the catalogue names the institution. */
    static String cell(Debrief.Cell c, Messages m) {
        return text(c, m) + (c.namedActor() ? " \\*" : "");
    }

    /** "pilote", "prise", "acceptée", "écartée : motif" or "—". */
    public static String text(Debrief.Cell c, Messages m) {
        return switch (c.mark()) {
            case LEAD -> m.get("debrief.cell.lead");
            case TAKEN -> m.get("debrief.cell.taken");
            case ACCEPTED -> m.get("debrief.cell.accepted");
            case OVERRIDDEN -> m.get("debrief.cell.overridden", m.get("session.reason." + c.response().reasonCode()));
            case NONE -> "—";
        };
    }

    private static void actions(StringBuilder out, List<AssessedAction> actions, Messages m) {
        if (actions.isEmpty()) {
            out.append(m.get("debrief.none")).append('\n');
        }
        for (AssessedAction a : actions) {
            out.append("- ").append(esc(a.title())).append(" — ").append(m.get("level." + a.level())).append(", ")
                    .append(Labels.score(a.score(), m)).append(" — ")
                    .append(a.actors().stream().map(x -> m.get("actor." + x)).collect(Collectors.joining(", ")))
                    .append('\n');
        }
    }

    private static void shared(StringBuilder out, List<Debrief.Shared> shared, Messages m) {
        if (shared.isEmpty()) {
            out.append(m.get("debrief.none")).append('\n');
        }
        for (Debrief.Shared x : shared) {
            out.append("- ").append(esc(x.title())).append(" — ")
                    .append(x.institutions().stream().map(a -> m.get("actor." + a)).collect(Collectors.joining(", ")))
                    .append('\n');
        }
    }
}
