package fr.vigiesociale.session;

import fr.vigiesociale.ruleset.Actor;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action an institution says it takes after an inject: an action of the catalogue
 * ({@code actionId}) or one of its own ({@code freeText}), with who carries it, by when, and
 * whether the institution takes the lead on it.
 */
@Table
public record Decision(
        @Id Long id,
        Long sessionId,
        Long participantId,
        Actor institution,
        int injectIndex,
        String actionId,
        String freeText,
        String ownerName,
        String deadline,
        boolean takesLead,
        Instant recordedAt) {

    public boolean fromCatalogue() {
        return actionId != null;
    }
}
