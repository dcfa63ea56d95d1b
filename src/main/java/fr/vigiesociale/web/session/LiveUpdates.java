package fr.vigiesociale.web.session;

import fr.vigiesociale.session.DebriefSharing;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.RemoteSessionChange;
import fr.vigiesociale.session.SessionService;
import fr.vigiesociale.session.SessionService.SessionChanged;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events: every open trainer or participant page of a session holds one stream; after
 * each committed change (clock, reveal, a participant joining or answering) every stream of that
 * session gets a {@code changed} event with the session's state, so pages update without reloading
 * by hand. Sent after commit only: a screen never shows what the database does not hold.
 */
@Component
class LiveUpdates {

    /** Long enough for a training sequence; the browser's EventSource reconnects by itself after it. */
    static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final SessionService sessions;
    private final DebriefSharing debriefs;
    private final Map<Long, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

    LiveUpdates(SessionService sessions, DebriefSharing debriefs) {
        this.sessions = sessions;
        this.debriefs = debriefs;
    }

    SseEmitter subscribe(long sessionId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        Set<SseEmitter> set = streams.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet());
        set.add(emitter);
        emitter.onCompletion(() -> forget(sessionId, emitter));
        // completed here, the stream just ends: otherwise the timeout becomes an error that no
        // converter can write as an event stream
        emitter.onTimeout(emitter::complete);
        emitter.onError(e -> forget(sessionId, emitter));
        send(emitter, state(sessionId));
        return emitter;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(SessionChanged event) {
        push(event.sessionId());
    }

    /** A change committed by another instance on the same database (the PostgreSQL fan-out). */
    @EventListener
    void changedElsewhere(RemoteSessionChange event) {
        push(event.sessionId());
    }

    private void push(long sessionId) {
        Set<SseEmitter> set = streams.get(sessionId);
        if (set == null || set.isEmpty()) {
            return;
        }
        Map<String, Object> s = state(sessionId);
        for (SseEmitter emitter : set) {
            if (!send(emitter, s)) {
                set.remove(emitter);
            }
        }
    }

    /**
     * When the application stops, every open stream is ended at once: pages reconnect to whichever
     * instance answers, and the server does not wait for streams that would stay open for half an hour.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        streams.values().forEach(set -> set.forEach(SseEmitter::complete));
        streams.clear();
    }

    private void forget(long sessionId, SseEmitter emitter) {
        streams.computeIfPresent(sessionId, (id, set) -> {
            set.remove(emitter);
            return set.isEmpty() ? null : set; // no empty set left behind for an ended session
        });
    }

    /** What a page needs to know whether it is out of date, and what to tell its reader. */
    private Map<String, Object> state(long sessionId) {
        ExerciseSession s = sessions.session(sessionId);
        return Map.of("state", s.state().name(), "inject", s.currentInject(), "revealed", s.revealedThrough(),
                "version", s.version(), "debrief", debriefs.shared(sessionId));
    }

    private static boolean send(SseEmitter emitter, Map<String, Object> state) {
        try {
            emitter.send(SseEmitter.event().name("changed").data(state, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException e) {
            return false; // the page was closed: drop its stream
        }
    }
}
