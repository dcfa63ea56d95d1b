package fr.vigiesociale.session;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainer opens the debrief to the participants once the session has ended: from then on each
 * participant's page links to it. Kept as an event of the session's timeline, so the debrief
 * itself says when it was shown.
 */
@Service
public class DebriefSharing {

    private final SessionService sessions;
    private final EventRepository events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    DebriefSharing(SessionService sessions, EventRepository events, Clock clock, ApplicationEventPublisher publisher) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Opens the debrief to the session's participants; sharing it again changes nothing. */
    @Transactional
    public void share(String trainer, long sessionId) {
        ExerciseSession s = sessions.owned(trainer, sessionId);
        if (s.state() != SessionState.ENDED) {
            throw SessionException.conflict("debriefBeforeEnd"); // the expected actions would be given away mid-game
        }
        if (!shared(sessionId)) {
            events.save(new SessionEvent(null, s.id(), SessionEvent.Kind.DEBRIEF_SHARED, s.currentInject(), clock.instant()));
            publisher.publishEvent(new SessionService.SessionChanged(s.id()));
        }
    }

    public boolean shared(long sessionId) {
        return events.existsBySessionIdAndKind(sessionId, SessionEvent.Kind.DEBRIEF_SHARED);
    }
}
