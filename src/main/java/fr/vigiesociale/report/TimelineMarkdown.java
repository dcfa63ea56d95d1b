package fr.vigiesociale.report;

import static fr.vigiesociale.report.MarkdownReport.esc;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.api.Reason;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.exercise.Inject;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exercise played by the engine, as the trainer's preparation file in Markdown: objectives and
 * institutions, then one section per inject with its narrative, the facts it changes, what the
 * rules make of it and why (the reasons of new and raised actions), the priorities after it and
 * the check of the expected actions.
 */
public final class TimelineMarkdown {

    private TimelineMarkdown() {
    }

    public static String render(Timeline t) {
        Messages m = Messages.of(t.lang());
        Exercise e = t.exercise();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(m.get("report.exercise.heading", esc(e.title()))).append("\n\n");
        if (!e.description().isEmpty()) {
            out.append(esc(e.description())).append("\n\n");
        }
        out.append(m.get("report.exercise.institutions", TimelineLabels.actors(e.institutions(), m))).append("\n\n");
        out.append("## ").append(m.get("report.exercise.objectives")).append("\n\n");
        e.objectives().forEach(o -> out.append("- ").append(esc(o)).append('\n'));
        out.append("\n## ").append(m.get("report.exercise.start")).append("\n\n");
        out.append(esc(Context.line(e.scenario(), m))).append("\n\n");
        priorities(out, t.start().actions(), m);

        for (Timeline.Step s : t.steps()) {
            Inject i = s.inject();
            out.append("\n## ").append(esc(m.get("report.exercise.inject", s.index() + 1, t.steps().size(), i.time(),
                    i.title()))).append("\n\n");
            out.append("> ").append(esc(i.narrative()).replace("\n", "\n> ")).append("\n\n");
            out.append("*").append(m.get("report.exercise.addressedTo", TimelineLabels.actors(i.addressedTo(), m)))
                    .append(" · ").append(m.get("report.exercise.duration", i.durationMinutes())).append("*\n\n");
            out.append("### ").append(m.get("report.exercise.scenarioChanges")).append("\n\n");
            if (i.changes().isEmpty()) {
                out.append(m.get("report.exercise.noScenarioChange")).append("\n\n");
            } else {
                FactLabels facts = new FactLabels(m);
                for (Map.Entry<String, Object> c : i.changes().entrySet()) {
                    out.append("- ").append(esc(facts.label(c.getKey()))).append(m.get("punct.colon"))
                            .append(esc(facts.value(c.getKey(), s.before().get(c.getKey())))).append(" → **")
                            .append(esc(facts.value(c.getKey(), c.getValue()))).append("**\n");
                }
                out.append('\n');
            }
            out.append("### ").append(m.get("report.exercise.engine")).append("\n\n");
            changes(out, s, m);
            out.append("### ").append(m.get("report.exercise.now")).append("\n\n");
            priorities(out, s.assessment().actions(), m);
            if (!i.expectedActions().isEmpty()) {
                out.append("\n### ").append(m.get("report.exercise.expected")).append("\n\n");
                for (String id : i.expectedActions()) {
                    Optional<AssessedAction> found = s.suggested(id);
                    out.append("- ").append(found.isPresent() ? "✓ " : "✗ ").append(esc(TimelineLabels.title(t, id)))
                            .append(" — ").append(TimelineLabels.expected(found, m)).append('\n');
                }
            }
        }
        out.append("\n---\n").append(m.get("report.footer", t.start().ruleset().name(), t.start().ruleset().version(),
                t.start().ruleset().sha256())).append('\n');
        return out.toString();
    }

    private static void priorities(StringBuilder out, List<AssessedAction> actions, Messages m) {
        if (actions.isEmpty()) {
            out.append(m.get("report.noAction")).append('\n');
        } else {
            MarkdownReport.table(out, actions, m);
        }
    }

    /** The moves, and for actions added or raised, the reasons that make them. */
    private static void changes(StringBuilder out, Timeline.Step s, Messages m) {
        Comparison c = s.changes();
        if (TimelineLabels.nothingMoved(c)) {
            out.append(m.get("report.exercise.noChange")).append("\n\n");
            return;
        }
        TimelineLabels.Kind.forEach(c, (kind, change) -> {
            out.append("- ").append(kind.sign()).append(" **").append(m.get("report.exercise." + kind.key()))
                    .append("** ").append(esc(change.title())).append(" (`").append(change.id()).append("`) ")
                    .append(TimelineLabels.move(change, m)).append('\n');
            if (kind == TimelineLabels.Kind.ADDED || kind == TimelineLabels.Kind.RAISED) {
                s.suggested(change.id()).ifPresent(a -> {
                    for (Reason r : a.reasons()) {
                        out.append("  - ").append(ScoreNotes.counted(r, m)).append(' ').append(esc(r.text()))
                                .append('\n');
                    }
                });
            }
        });
        out.append('\n');
    }
}
