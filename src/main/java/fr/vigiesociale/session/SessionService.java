package fr.vigiesociale.session;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.exercise.BundledExercises;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.exercise.ExerciseReader;
import fr.vigiesociale.exercise.ExerciseWriter;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.scenario.ScenarioReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a live session, whoever calls them (web pages, tests): only the trainer who opened
 * a session moves its clock; a participant acts for their own institution, in their own session,
 * on the inject being played. Each write is one transaction, committed when the method returns,
 * so a caller that says "saved" after it is never wrong. Every change publishes a
 * {@link SessionChanged} event for the live pages.
 */
@Service
public class SessionService {

    /** A participant just joined: their record and the token to keep in their browser (shown once). */
    public record Joined(Participant participant, String token) { }

    /** A moment the session changed (clock, reveal, participants, answers). */
    public record SessionChanged(long sessionId) { }

    /** The trainer's clock buttons, and the event each leaves in the session's timeline. */
    public enum Move {
        START(SessionEvent.Kind.STARTED), NEXT(SessionEvent.Kind.NEXT), BACK(SessionEvent.Kind.BACK),
        PAUSE(SessionEvent.Kind.PAUSED), RESUME(SessionEvent.Kind.RESUMED), END(SessionEvent.Kind.ENDED);

        private final SessionEvent.Kind event;

        Move(SessionEvent.Kind event) {
            this.event = event;
        }
    }

    static final int MAX_NAME = 100;

    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final DecisionRepository decisions;
    private final ResponseRepository responses;
    private final EventRepository events;
    private final BundledExercises exercises;
    private final ExerciseReader reader;
    private final RuleBase rules;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    /** The timeline of a session never changes: computed once per session, kept for the recent ones. */
    private final TimelineCache timelines = new TimelineCache();

    SessionService(SessionRepository sessions, ParticipantRepository participants, DecisionRepository decisions,
                   ResponseRepository responses, EventRepository events, BundledExercises exercises,
                   ExerciseReader reader, RuleBase rules, Clock clock, ApplicationEventPublisher publisher) {
        this.sessions = sessions;
        this.participants = participants;
        this.decisions = decisions;
        this.responses = responses;
        this.events = events;
        this.exercises = exercises;
        this.reader = reader;
        this.rules = rules;
        this.clock = clock;
        this.publisher = publisher;
    }

    // --- trainer -----------------------------------------------------------------------------

    @Transactional
    public ExerciseSession open(String trainer, String exerciseId, Lang lang) {
        Exercise e = exercises.byId(exerciseId).orElseThrow(() -> SessionException.notFound("unknownExercise", exerciseId));
        String code;
        do {
            code = JoinCodes.newCode();
        } while (sessions.findByJoinCode(code).isPresent());
        ExerciseSession s = sessions.save(new ExerciseSession(null, code, e.id(), e.title(), ExerciseWriter.json(e),
                lang.code(), trainer, SessionState.WAITING, -1, -1, clock.instant(), null));
        record(s, SessionEvent.Kind.OPENED);
        return s;
    }

    /** The session, if {@code trainer} opened it. */
    public ExerciseSession owned(String trainer, long sessionId) {
        ExerciseSession s = sessions.findById(sessionId).orElseThrow(() -> SessionException.notFound("unknownSession"));
        if (!s.trainer().equals(trainer)) {
            throw SessionException.forbidden("notYourSession");
        }
        return s;
    }

    public List<ExerciseSession> sessionsOf(String trainer) {
        return sessions.findByTrainerOrderByCreatedAtDesc(trainer);
    }

    @Transactional
    public ExerciseSession move(String trainer, long sessionId, Move move) {
        ExerciseSession s = owned(trainer, sessionId);
        int last = exercise(s).injects().size() - 1;
        if (s.state() == SessionState.ENDED) {
            throw SessionException.conflict("ended");
        }
        ExerciseSession next = switch (move) {
            case START -> {
                requireState(s, SessionState.WAITING, "alreadyStarted");
                yield s.at(SessionState.RUNNING, 0);
            }
            case NEXT -> {
                requireStarted(s);
                if (s.currentInject() >= last) {
                    throw SessionException.conflict("lastInject");
                }
                yield s.at(SessionState.RUNNING, s.currentInject() + 1);
            }
            case BACK -> {
                requireStarted(s);
                if (s.currentInject() <= 0) {
                    throw SessionException.conflict("firstInject");
                }
                yield s.at(s.state(), s.currentInject() - 1);
            }
            case PAUSE -> {
                requireState(s, SessionState.RUNNING, "notRunning");
                yield s.at(SessionState.PAUSED, s.currentInject());
            }
            case RESUME -> {
                requireState(s, SessionState.PAUSED, "notPaused");
                yield s.at(SessionState.RUNNING, s.currentInject());
            }
            case END -> s.at(SessionState.ENDED, s.currentInject());
        };
        ExerciseSession saved = sessions.save(next);
        record(saved, move.event);
        return saved;
    }

    /** Shows participants the engine's recommendations, up to the current inject. */
    @Transactional
    public ExerciseSession reveal(String trainer, long sessionId) {
        ExerciseSession s = owned(trainer, sessionId);
        requireStarted(s);
        ExerciseSession saved = sessions.save(s.revealingThrough(s.currentInject()));
        record(saved, SessionEvent.Kind.REVEALED);
        return saved;
    }

    // --- participants ------------------------------------------------------------------------

    @Transactional
    public Joined join(String typedCode, String name, Actor institution) {
        ExerciseSession s = byCode(typedCode);
        if (s.state() == SessionState.ENDED) {
            throw SessionException.conflict("ended");
        }
        String cleanName = text("name", name, MAX_NAME);
        List<Actor> taking = exercise(s).institutions();
        if (institution == null || !taking.contains(institution)) {
            throw SessionException.invalid("institution", "institutionNotInExercise",
                    String.join(", ", taking.stream().map(Enum::name).toList()));
        }
        String token = JoinCodes.newToken();
        Participant p = participants.save(new Participant(null, s.id(), cleanName, institution, JoinCodes.hash(token),
                clock.instant()));
        publisher.publishEvent(new SessionChanged(s.id()));
        return new Joined(p, token);
    }

    public Optional<Participant> participant(String token) {
        return token == null || token.isBlank() ? Optional.empty()
                : participants.findByTokenHash(JoinCodes.hash(token)).filter(this::tokenStillValid);
    }

    /**
     * How long a participant's sign-in outlives the end of their session: long enough to read the
     * closing screen and the debrief, not a key that opens the session for good.
     */
    static final java.time.Duration TOKEN_AFTER_END = java.time.Duration.ofHours(12);

    private boolean tokenStillValid(Participant p) {
        ExerciseSession s = session(p.sessionId());
        if (s.state() != SessionState.ENDED) {
            return true;
        }
        List<SessionEvent> all = events(s.id());
        java.time.Instant ended = all.isEmpty() ? s.createdAt() : all.get(all.size() - 1).occurredAt();
        return clock.instant().isBefore(ended.plus(TOKEN_AFTER_END));
    }

    /** "Quitter": the participant's sign-in token stops working at once; what they decided stays. */
    @Transactional
    public void leave(Participant p) {
        participants.save(new Participant(p.id(), p.sessionId(), p.name(), p.institution(),
                JoinCodes.hash(JoinCodes.newToken()), p.joinedAt()));
    }

    /** Records a decision of the participant's institution on the inject being played. */
    @Transactional
    public Decision decide(Participant p, DecisionInput in) {
        ExerciseSession s = playable(p);
        checkDecision(s, in);
        Decision d = decisions.save(decision(null, p, p.institution(), s.currentInject(), in));
        publisher.publishEvent(new SessionChanged(s.id()));
        return d;
    }

    /** Changes a decision of the participant's own institution, in their own session. */
    @Transactional
    public Decision change(Participant p, long decisionId, DecisionInput in) {
        ExerciseSession s = playable(p);
        Decision old = ownDecision(p, decisionId);
        checkDecision(s, in);
        Decision d = decisions.save(decision(old.id(), p, old.institution(), old.injectIndex(), in));
        publisher.publishEvent(new SessionChanged(s.id()));
        return d;
    }

    /** A decision as typed, recorded now by {@code p}; a catalogue action leaves no free text. */
    private Decision decision(Long id, Participant p, Actor institution, int inject, DecisionInput in) {
        return new Decision(id, p.sessionId(), p.id(), institution, inject, in.actionId(),
                in.actionId() == null ? in.freeText() : null, in.ownerName(), in.deadline(), in.takesLead(), clock.instant());
    }

    @Transactional
    public void withdraw(Participant p, long decisionId) {
        ExerciseSession s = playable(p);
        decisions.delete(ownDecision(p, decisionId));
        publisher.publishEvent(new SessionChanged(s.id()));
    }

    /**
     * Accepts an action the engine suggests for the inject being played: the institution takes it
     * on, so the answer carries who carries it, by when and whether it leads, like any decision.
     * Its decision on that action at this inject is replaced, or recorded if it had none.
     */
    @Transactional
    public SuggestionResponse accept(Participant p, DecisionInput in) {
        ExerciseSession s = playable(p);
        SuggestionResponse answer = respond(s, p, in.actionId(), true, null, null);
        checkDecision(s, in);
        Long existing = ownDecisionOn(p, s, in.actionId()).map(Decision::id).orElse(null);
        decisions.save(decision(existing, p, p.institution(), s.currentInject(), in));
        return answer;
    }

    /**
     * Sets aside an action the engine suggests for the inject being played, with a reason. Refused
     * while the institution has a decision taking that action at this inject: it withdraws that
     * decision first, so nothing it recorded disappears behind its back.
     */
    @Transactional
    public SuggestionResponse setAside(Participant p, String actionId, OverrideReason reason, String note) {
        ExerciseSession s = playable(p);
        Optional<Decision> taken = actionId == null ? Optional.empty() : ownDecisionOn(p, s, actionId);
        if (taken.isPresent()) {
            throw SessionException.invalid("actionId", "alreadyTaken", taken.get().ownerName());
        }
        return respond(s, p, actionId, false, reason, note);
    }

    private Optional<Decision> ownDecisionOn(Participant p, ExerciseSession s, String actionId) {
        return decisions.findBySessionIdOrderByInjectIndexAscRecordedAtAsc(s.id()).stream()
                .filter(d -> d.institution() == p.institution() && d.injectIndex() == s.currentInject()
                        && actionId.equals(d.actionId()))
                .findFirst();
    }

    /** Answering again replaces the institution's previous answer to the same suggestion; {@code s} is playable. */
    private SuggestionResponse respond(ExerciseSession s, Participant p, String actionId, boolean accepted,
                                       OverrideReason reason, String note) {
        if (!s.revealed(s.currentInject())) {
            throw SessionException.conflict("notRevealed");
        }
        boolean suggested = timeline(s).steps().get(s.currentInject()).assessment().actions().stream()
                .map(AssessedAction::id).anyMatch(id -> id.equals(actionId));
        if (!suggested) {
            throw SessionException.invalid("actionId", "notSuggested", String.valueOf(actionId));
        }
        if (!accepted && reason == null) {
            throw SessionException.invalid("reasonCode", "reasonRequired");
        }
        String cleanNote = note == null || note.isBlank() ? null : text("note", note, DecisionInput.MAX_TEXT);
        Long id = responses.findBySessionIdAndInstitutionAndInjectIndexAndActionId(s.id(), p.institution(),
                s.currentInject(), actionId).map(SuggestionResponse::id).orElse(null);
        SuggestionResponse r = responses.save(new SuggestionResponse(id, s.id(), p.id(), p.institution(), s.currentInject(),
                actionId, accepted, accepted ? null : reason, cleanNote, clock.instant()));
        publisher.publishEvent(new SessionChanged(s.id()));
        return r;
    }

    // --- reading -----------------------------------------------------------------------------

    /** The session a participant types the code of (case, spaces and dashes do not matter). */
    public ExerciseSession byCode(String typedCode) {
        return sessions.findByJoinCode(JoinCodes.normalise(typedCode))
                .orElseThrow(() -> SessionException.invalid("code", "unknownCode", typedCode == null ? "" : typedCode.strip()));
    }

    public ExerciseSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> SessionException.notFound("unknownSession"));
    }

    public List<Participant> participants(long sessionId) {
        return participants.findBySessionIdOrderByJoinedAt(sessionId);
    }

    public List<Decision> decisions(long sessionId) {
        return decisions.findBySessionIdOrderByInjectIndexAscRecordedAtAsc(sessionId);
    }

    public List<SuggestionResponse> responses(long sessionId) {
        return responses.findBySessionIdOrderByInjectIndexAscRecordedAtAsc(sessionId);
    }

    public List<SessionEvent> events(long sessionId) {
        return events.findBySessionIdOrderByOccurredAtAscIdAsc(sessionId);
    }

    /** The exercise as the session plays it (stored with the session). */
    public Exercise exercise(ExerciseSession s) {
        return timeline(s).exercise();
    }

    /**
     * The engine's assessment after each inject of the session's exercise, in the session's
     * language, by the rules served now (a reloaded rule base plays it again).
     */
    public Timeline timeline(ExerciseSession s) {
        RuleBase now = rules.snapshot();
        return timelines.get(s.id(), now.info().sha256(), () -> Timeline.play(now, reader.read(s.exerciseId() + ".json",
                s.exerciseSource().getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.JSON), s.language()));
    }

    /** The sessions not ended yet, whoever runs them: what a new rule base must still be able to play. */
    public List<ExerciseSession> unfinished() {
        return sessions.findByStateNot(SessionState.ENDED);
    }

    /** How many timelines are kept in memory (bounded by {@link TimelineCache#MAX}). */
    long timelinesInMemory() {
        return timelines.size();
    }

    // --- checks ------------------------------------------------------------------------------

    /** The participant's session, if an inject is being played. */
    private ExerciseSession playable(Participant p) {
        ExerciseSession s = session(p.sessionId());
        if (s.state() == SessionState.WAITING) {
            throw SessionException.conflict("notStarted");
        }
        if (s.state() == SessionState.ENDED) {
            throw SessionException.conflict("ended");
        }
        return s;
    }

    private Decision ownDecision(Participant p, long decisionId) {
        Decision d = decisions.findById(decisionId).orElseThrow(() -> SessionException.notFound("unknownDecision"));
        if (!d.sessionId().equals(p.sessionId()) || d.institution() != p.institution()) {
            throw SessionException.forbidden("notYourInstitution");
        }
        return d;
    }

    private void checkDecision(ExerciseSession s, DecisionInput in) {
        if (in.actionId() == null && in.freeText() == null) {
            throw SessionException.invalid("actionId", "actionOrText");
        }
        if (in.actionId() != null && !timeline(s).catalogue().containsKey(in.actionId())) {
            throw SessionException.invalid("actionId", "unknownAction", in.actionId());
        }
        if (in.actionId() == null) {
            text("freeText", in.freeText(), DecisionInput.MAX_TEXT);
        }
        text("ownerName", in.ownerName(), DecisionInput.MAX_OWNER);
        text("deadline", in.deadline(), DecisionInput.MAX_DEADLINE);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw SessionException.invalid(field, "required");
        }
        // names, owners and deadlines are one line; a decision's text and a note may have several
        Optional<String> forbidden = fr.vigiesociale.scenario.TextCharacters.refused(value,
                field.equals("freeText") || field.equals("note"));
        if (forbidden.isPresent()) {
            throw SessionException.invalid(field, "controlCharacter", forbidden.get());
        }
        if (value.strip().length() > max) {
            throw SessionException.invalid(field, "tooLong", value.strip().length(), max);
        }
        return value.strip();
    }

    private static void requireState(ExerciseSession s, SessionState expected, String code) {
        if (s.state() != expected) {
            throw SessionException.conflict(code);
        }
    }

    private static void requireStarted(ExerciseSession s) {
        if (s.state() == SessionState.WAITING) {
            throw SessionException.conflict("notStarted");
        }
    }

    private void record(ExerciseSession s, SessionEvent.Kind kind) {
        events.save(new SessionEvent(null, s.id(), kind, s.currentInject(), clock.instant()));
        publisher.publishEvent(new SessionChanged(s.id()));
    }
}
