package fr.vigiesociale.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, Long> {

    Optional<Participant> findByTokenHash(String tokenHash);

    List<Participant> findBySessionIdOrderByJoinedAt(Long sessionId);
}
