package fr.vigiesociale.web.session;

import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.exercise.Inject;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.session.ExpectedAction;
import fr.vigiesociale.session.SessionEvent;
import java.time.Instant;
import java.util.List;

/**
 * What only the trainer's projected screen shows, beside the {@link SessionView}: how to join
 * (full address and QR code), the exercise's objectives, the inject's planned minutes and when
 * it began, the actions it expects and whether an institution has decided each, what changed in
 * the engine's suggestions since the previous inject, and who has answered.
 *
 * @param injectSince when the inject on screen began (for the running timer), or null before the start
 */
public record TrainerScreen(String joinUrl, String qrSvg, List<String> objectives, int plannedMinutes, Instant injectSince,
                            List<ExpectedAction> expected, Changes changes, List<Answered> answered) {

    /** The engine's suggestions since the previous inject. */
    public record Changes(List<String> added, List<String> raised, List<String> lowered, List<String> removed) {

        public boolean none() {
            return added.isEmpty() && raised.isEmpty() && lowered.isEmpty() && removed.isEmpty();
        }
    }

    /** An institution of the exercise, its participants' names and whether it answered this inject. */
    public record Answered(Actor institution, List<String> names, boolean answered) { }

    static TrainerScreen of(SessionView v, List<SessionEvent> events, String joinUrl, Messages m) {
        Inject inject = v.inject();
        // the same reading as the debrief's: taken when a decision of this inject took it
        List<ExpectedAction> expected = v.step() == null ? List.of() : ExpectedAction.of(v.step(), v.decisions(), v::title);
        Changes changes = v.step() == null || v.step().changes() == null ? new Changes(List.of(), List.of(), List.of(), List.of())
                : changes(v.step().changes());
        List<Answered> answered = v.exercise().institutions().stream().map(a -> new Answered(a,
                v.participants().stream().filter(p -> p.institution() == a).map(p -> p.name()).toList(),
                !v.decisionsOf(a).isEmpty() || v.responses().stream().anyMatch(r -> r.institution() == a
                        && r.injectIndex() == v.session().currentInject()))).toList();
        return new TrainerScreen(joinUrl, JoinQr.svg(joinUrl, m.get("web.session.qrLabel", joinUrl)), v.exercise().objectives(),
                inject == null ? 0 : inject.durationMinutes(), since(v, events), expected, changes, answered);
    }

    private static Changes changes(Comparison c) {
        return new Changes(titles(c.added()), titles(c.raised()), titles(c.lowered()), titles(c.removed()));
    }

    private static List<String> titles(List<Comparison.Change> changes) {
        return changes.stream().map(Comparison.Change::title).toList();
    }

    /** The last move that put the session on the inject now on screen. */
    private static Instant since(SessionView v, List<SessionEvent> events) {
        Instant at = null;
        for (SessionEvent e : events) {
            boolean onto = e.kind() == SessionEvent.Kind.STARTED || e.kind() == SessionEvent.Kind.NEXT
                    || e.kind() == SessionEvent.Kind.BACK;
            if (onto && e.injectIndex() == v.session().currentInject()) {
                at = e.occurredAt();
            }
        }
        return at;
    }

    /** Minutes since the inject began, for the page as served (a script keeps it running). */
    public long minutesSince(Instant now) {
        return injectSince == null ? 0 : Math.max(0, java.time.Duration.between(injectSince, now).toMinutes());
    }
}
