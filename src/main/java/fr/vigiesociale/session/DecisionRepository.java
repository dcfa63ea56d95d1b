package fr.vigiesociale.session;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionRepository extends ListCrudRepository<Decision, Long> {

    List<Decision> findBySessionIdOrderByInjectIndexAscRecordedAtAsc(Long sessionId);
}
