package fr.vigiesociale.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SessionRepository extends ListCrudRepository<ExerciseSession, Long> {

    Optional<ExerciseSession> findByJoinCode(String joinCode);

    List<ExerciseSession> findByTrainerOrderByCreatedAtDesc(String trainer);

    List<ExerciseSession> findByStateNot(SessionState state);
}
