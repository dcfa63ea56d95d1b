package fr.vigiesociale.session;

import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The session's chronology as the debrief tells it: each move of the trainer's clock, each
 * decision an institution recorded, each suggestion it accepted or set aside, in the order they
 * happened. Accepting a suggestion records a decision on it: the two make one moment, the acceptance.
 */
public final class Chronology {

    /** What happened at a moment. */
    public enum Kind { CLOCK, DECISION, ACCEPTED, SET_ASIDE }

    /**
     * One line of the chronology. {@code event} is set for a move of the clock; otherwise
     * {@code institution}, {@code injectIndex} and {@code title} (the action's words at that inject,
     * or the institution's own text), and {@code decision} or {@code response}, say what it did.
     */
    public record Moment(Instant at, Kind kind, SessionEvent event, Actor institution, int injectIndex, String title,
                         Decision decision, SuggestionResponse response) { }

    private Chronology() {
    }

    static List<Moment> of(Timeline timeline, List<SessionEvent> events, List<Decision> decisions,
                           List<SuggestionResponse> responses) {
        List<Moment> out = new ArrayList<>();
        events.forEach(e -> out.add(new Moment(e.occurredAt(), Kind.CLOCK, e, null, e.injectIndex(), null, null, null)));
        for (Decision d : decisions) {
            SuggestionResponse accepted = responses.stream().filter(r -> r.accepted() && sameAction(r, d)).findFirst()
                    .orElse(null);
            String title = d.fromCatalogue() ? title(timeline, d.injectIndex(), d.actionId()) : d.freeText();
            out.add(new Moment(d.recordedAt(), accepted == null ? Kind.DECISION : Kind.ACCEPTED, null, d.institution(),
                    d.injectIndex(), title, d, accepted));
        }
        // an acceptance whose decision was withdrawn since, and every suggestion set aside
        responses.stream().filter(r -> !r.accepted() || decisions.stream().noneMatch(d -> sameAction(r, d)))
                .forEach(r -> out.add(new Moment(r.recordedAt(), r.accepted() ? Kind.ACCEPTED : Kind.SET_ASIDE, null,
                        r.institution(), r.injectIndex(), title(timeline, r.injectIndex(), r.actionId()), null, r)));
        out.sort(Comparator.comparing(Moment::at).thenComparing(m -> m.kind().ordinal()));
        return List.copyOf(out);
    }

    /**
     * A moment in words, without its time: the clock's move, or "Commune et CCAS décide : « … »
     * (pilote, porteur : …, échéance : …) — inject 2". {@code typed} makes what people typed and
     * the titles inert where the line goes (Markdown escapes them; a page's template already does).
     */
    public static String line(Moment e, Messages m, UnaryOperator<String> typed) {
        if (e.kind() == Kind.CLOCK) {
            return m.get("debrief.event." + e.event().kind(), e.injectIndex() + 1);
        }
        String who = m.get("actor." + e.institution());
        String what = typed.apply(e.title());
        String how = switch (e.kind()) {
            case SET_ASIDE -> m.get("session.reason." + e.response().reasonCode())
                    + (e.response().note() == null ? "" : " (« " + typed.apply(e.response().note()) + " »)");
            default -> e.decision() == null ? m.get("debrief.moment.withdrawn")
                    : (e.decision().takesLead() ? m.get("debrief.moment.lead") : "")
                    + m.get("debrief.ownerDeadline", typed.apply(e.decision().ownerName()), typed.apply(e.decision().deadline()));
        };
        return m.get("debrief.moment." + e.kind(), who, what, how, e.injectIndex() + 1);
    }

    private static boolean sameAction(SuggestionResponse r, Decision d) {
        return r.institution() == d.institution() && r.injectIndex() == d.injectIndex()
                && Objects.equals(r.actionId(), d.actionId());
    }

    private static String title(Timeline timeline, int injectIndex, String actionId) {
        return injectIndex >= 0 && injectIndex < timeline.steps().size() ? timeline.steps().get(injectIndex).title(actionId)
                : actionId;
    }
}
