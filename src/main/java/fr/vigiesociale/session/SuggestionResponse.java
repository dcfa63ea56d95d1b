package fr.vigiesociale.session;

import fr.vigiesociale.ruleset.Actor;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An institution's answer to an action the engine suggested after an inject: accepted, or set
 * aside with a reason code (and a note). One answer per institution, inject and action.
 */
@Table
public record SuggestionResponse(
        @Id Long id,
        Long sessionId,
        Long participantId,
        Actor institution,
        int injectIndex,
        String actionId,
        boolean accepted,
        OverrideReason reasonCode,
        String note,
        Instant recordedAt) {
}
