package fr.vigiesociale.session;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface EventRepository extends ListCrudRepository<SessionEvent, Long> {

    List<SessionEvent> findBySessionIdOrderByOccurredAtAscIdAsc(Long sessionId);

    boolean existsBySessionIdAndKind(Long sessionId, SessionEvent.Kind kind);
}
