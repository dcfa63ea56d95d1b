package fr.vigiesociale.session;

import fr.vigiesociale.ruleset.Actor;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ResponseRepository extends ListCrudRepository<SuggestionResponse, Long> {

    List<SuggestionResponse> findBySessionIdOrderByInjectIndexAscRecordedAtAsc(Long sessionId);

    Optional<SuggestionResponse> findBySessionIdAndInstitutionAndInjectIndexAndActionId(
            Long sessionId, Actor institution, int injectIndex, String actionId);
}
