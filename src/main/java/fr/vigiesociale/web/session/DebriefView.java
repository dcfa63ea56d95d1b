package fr.vigiesociale.web.session;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.session.Chronology;
import fr.vigiesociale.session.Debrief;
import fr.vigiesociale.session.DebriefMarkdown;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.ExpectedAction;
import fr.vigiesociale.session.SessionEvent;
import fr.vigiesociale.session.SessionService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The debrief with the few texts the page and the PDF compute rather than spell out in the template. */
public record DebriefView(Debrief debrief, Messages m) {

    /** The debrief of what the view already read (decisions, answers), with the clock's events. */
    static Debrief of(SessionService sessions, SessionView view) {
        ExerciseSession s = view.session();
        List<SessionEvent> events = sessions.events(s.id());
        return Debrief.of(sessions.timeline(s), Debrief.playedThrough(s, events), view.decisions(), view.responses(), events);
    }

    /** The rules the session was played with: name, version, count and the start of their SHA-256. */
    public String rulesetLine() {
        var r = debrief.injects().get(0).step().assessment().ruleset();
        return m.get("report.ruleset", r.name(), r.version(), r.rules(), r.sha256().substring(0, 12));
    }

    /** The legend's texts, one per mark. */
    public List<String> legend() {
        return DebriefMarkdown.LEGEND.stream().map(m::get).toList();
    }

    /** What became of an expected action: who took it (and leads it), or when it was taken late. */
    public String expected(ExpectedAction e) {
        return DebriefMarkdown.expected(e, m);
    }

    /** The recommended actions nobody took that matter most on a projected screen: critical and high. */
    public List<AssessedAction> neverTakenUrgent() {
        return debrief.overall().neverTaken().stream().filter(DebriefView::urgent).toList();
    }

    /** How many of the recommended actions nobody took are left off the projected screen (medium, low). */
    public long neverTakenOthers() {
        return debrief.overall().neverTaken().stream().filter(a -> !urgent(a)).count();
    }

    private static boolean urgent(AssessedAction a) {
        return a.level() == Level.CRITICAL || a.level() == Level.HIGH;
    }

    /** The expected actions nobody took at their inject, with the inject's number: "2 — Appeler…". */
    public List<String> expectedMissed() {
        return debrief.injects().stream().flatMap(r -> r.expected().stream().filter(e -> !e.taken())
                .map(e -> m.get("web.session.injectShort", r.step().index() + 1) + " — " + e.title())).toList();
    }

    /** "pilote", "prise", "acceptée", "écartée : motif", "—", with " *" when the catalogue names the institution. */
    public String cell(Debrief.Cell c) {
        return DebriefMarkdown.text(c, m) + (c.namedActor() ? " *" : "");
    }

    /** A CSS class for the cell: lead, taken, accepted, overridden, or none. */
    public String cellClass(Debrief.Cell c) {
        return c.mark() == Debrief.Cell.Mark.NONE ? "" : c.mark().name().toLowerCase(Locale.ROOT);
    }

    /** "Inject 2/5 · J+1 · Title", numbered among all the exercise's injects. */
    public String inject(Timeline.Step step) {
        return DebriefMarkdown.injectLine(debrief, step, m);
    }

    /** A line of the chronology, without its time (the template escapes it). */
    public String moment(Chronology.Moment e) {
        return Chronology.line(e, m, t -> t);
    }

    public String time(Instant t) {
        return DebriefMarkdown.time(t);
    }

    public String date(Instant t) {
        return DebriefMarkdown.date(t);
    }
}
