package fr.vigiesociale.session;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One move of the trainer's clock, kept for the debrief's timeline. */
@Table
public record SessionEvent(@Id Long id, Long sessionId, Kind kind, int injectIndex, Instant occurredAt) {

    public enum Kind { OPENED, STARTED, NEXT, BACK, PAUSED, RESUMED, REVEALED, ENDED, DEBRIEF_SHARED }
}
