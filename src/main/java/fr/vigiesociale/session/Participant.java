package fr.vigiesociale.session;

import fr.vigiesociale.ruleset.Actor;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who joined a session with its code, for one institution. */
@Table
public record Participant(@Id Long id, Long sessionId, String name, Actor institution, String tokenHash,
                          Instant joinedAt) {
}
