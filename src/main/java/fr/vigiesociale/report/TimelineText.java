package fr.vigiesociale.report;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.exercise.Inject;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exercise played by the engine, for a terminal: the starting priorities, then for each inject
 * its narrative, what it changes in the situation, what the rules make of it (actions added,
 * raised, lowered, removed, with scores) and the priorities after it, checked against the actions
 * the trainer expects.
 */
public final class TimelineText {

    private static final int WIDTH = 100;

    private TimelineText() {
    }

    public static String render(Timeline t, boolean colour) {
        Messages m = Messages.of(t.lang());
        Exercise e = t.exercise();
        StringBuilder out = new StringBuilder();
        out.append(TextReport.bold(m.get("report.exercise.heading", e.title()), colour)).append('\n');
        out.append(m.get("report.exercise.institutions", TimelineLabels.actors(e.institutions(), m))).append('\n');
        out.append(m.get("report.exercise.objectives")).append('\n');
        e.objectives().forEach(o -> out.append(Labels.wrap("  - " + o, WIDTH, "    ")).append('\n'));
        out.append(m.get("report.ruleset", t.start().ruleset().name(), t.start().ruleset().version(),
                t.start().ruleset().rules(), t.start().ruleset().sha256().substring(0, 12))).append("\n\n");

        out.append(TextReport.bold(m.get("report.exercise.start"), colour)).append('\n');
        out.append(Context.line(e.scenario(), m)).append('\n');
        priorities(out, t.start().actions(), m, colour);

        for (Timeline.Step s : t.steps()) {
            Inject i = s.inject();
            out.append('\n').append(TextReport.bold("━━ " + m.get("report.exercise.inject", s.index() + 1,
                    t.steps().size(), i.time(), i.title()) + " ━━", colour)).append('\n');
            out.append(Labels.wrap(i.narrative(), WIDTH, "")).append('\n');
            out.append(m.get("report.exercise.addressedTo", TimelineLabels.actors(i.addressedTo(), m))).append(" · ")
                    .append(m.get("report.exercise.duration", i.durationMinutes())).append("\n\n");
            out.append(m.get("report.exercise.scenarioChanges")).append('\n');
            if (i.changes().isEmpty()) {
                out.append("  ").append(m.get("report.exercise.noScenarioChange")).append('\n');
            }
            FactLabels facts = new FactLabels(m);
            for (Map.Entry<String, Object> c : i.changes().entrySet()) {
                out.append("  ").append(facts.label(c.getKey())).append(m.get("punct.colon"))
                        .append(facts.value(c.getKey(), s.before().get(c.getKey()))).append(" → ")
                        .append(facts.value(c.getKey(), c.getValue())).append('\n');
            }
            out.append('\n').append(m.get("report.exercise.engine")).append('\n');
            changes(out, s.changes(), m);
            out.append('\n').append(m.get("report.exercise.now")).append('\n');
            priorities(out, s.assessment().actions(), m, colour);
            if (!i.expectedActions().isEmpty()) {
                out.append('\n').append(m.get("report.exercise.expected")).append('\n');
                for (String id : i.expectedActions()) {
                    Optional<AssessedAction> found = s.suggested(id);
                    out.append(found.isPresent() ? "  ✓ " : "  ✗ ").append(TimelineLabels.title(t, id)).append(" — ")
                            .append(TimelineLabels.expected(found, m)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void priorities(StringBuilder out, List<AssessedAction> actions, Messages m, boolean colour) {
        if (actions.isEmpty()) {
            out.append(m.get("report.noAction")).append('\n');
        } else {
            TextReport.table(out, actions, m, colour);
        }
    }

    private static void changes(StringBuilder out, Comparison c, Messages m) {
        if (TimelineLabels.nothingMoved(c)) {
            out.append("  ").append(m.get("report.exercise.noChange")).append('\n');
            return;
        }
        TimelineLabels.Kind.forEach(c, (kind, change) -> out.append(String.format("  %s %-10s %s (%s)  %s%n",
                kind.sign(), m.get("report.exercise." + kind.key()), change.title(), change.id(),
                TimelineLabels.move(change, m))));
    }
}
