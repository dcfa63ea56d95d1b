package fr.vigiesociale.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigiesociale.ruleset.Actor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The schema (Flyway migrations) and the mapping of the session records, on the configured test
 * database: in-memory H2 in the build, PostgreSQL when {@code .ci/postgres-tests} runs it again.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SessionRepositoriesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @Autowired
    SessionRepository sessions;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    ResponseRepository responses;
    @Autowired
    EventRepository events;

    private ExerciseSession session(String code) {
        return sessions.save(new ExerciseSession(null, code, "canicule-personnes-isolees", "Canicule", "{}", "fr",
                "formateur", SessionState.WAITING, -1, -1, NOW, null));
    }

    private Participant participant(ExerciseSession s, Actor institution, String tokenHash) {
        return participants.save(new Participant(null, s.id(), "Awa", institution, tokenHash, NOW));
    }

    @Autowired
    DataSource dataSource;

    /** .ci/postgres-tests sets vigie.test.expect-db=PostgreSQL: the run must really be on PostgreSQL. */
    @Test
    void theTestsRunOnTheDatabaseTheBuildAskedFor() throws SQLException {
        String expected = System.getProperty("vigie.test.expect-db", "H2");
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }

    @Test
    void aSessionIsFoundByItsJoinCodeWithEveryFieldIntact() {
        ExerciseSession saved = session("ABC234");
        ExerciseSession found = sessions.findByJoinCode("ABC234").orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.version()).isNotNull();
        assertThat(sessions.findByJoinCode("ZZZ999")).isEmpty();
        assertThat(sessions.findByTrainerOrderByCreatedAtDesc("formateur")).contains(saved);
    }

    @Test
    void twoTrainerClicksOnTheSameVersionCannotBothWin() {
        ExerciseSession s = session("VER234");
        sessions.save(s.at(SessionState.RUNNING, 0));
        assertThatThrownBy(() -> sessions.save(s.at(SessionState.RUNNING, 1)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void participantsAreFoundByTheHashOfTheirToken() {
        ExerciseSession s = session("PAR234");
        Participant p = participant(s, Actor.COMMUNE_CCAS, "a".repeat(64));
        assertThat(participants.findByTokenHash("a".repeat(64))).contains(p);
        assertThat(participants.findBySessionIdOrderByJoinedAt(s.id())).containsExactly(p);
        assertThatThrownBy(() -> participant(s, Actor.ARS, "a".repeat(64)))
                .as("a token hash is unique").isInstanceOf(DataIntegrityViolationException.class);
    }

    // PostgreSQL aborts a transaction at its first constraint violation: one violation per test, last.

    @Test
    void decisionsComeBackByInjectThenTime() {
        ExerciseSession s = session("DEC234");
        Participant p = participant(s, Actor.DEPARTMENT, "b".repeat(64));
        Decision catalogue = decisions.save(new Decision(null, s.id(), p.id(), Actor.DEPARTMENT, 1, "FOOD-AID-COORDINATION",
                null, "Mme Durand, DGA solidarités", "J+2", true, NOW));
        Decision own = decisions.save(new Decision(null, s.id(), p.id(), Actor.DEPARTMENT, 0, null,
                "Ouvrir un numéro vert départemental", "Service communication", "J+1", false, NOW.plus(1, ChronoUnit.MINUTES)));
        assertThat(decisions.findBySessionIdOrderByInjectIndexAscRecordedAtAsc(s.id())).containsExactly(own, catalogue);
    }

    @Test
    void aDecisionIsNotBothACatalogueActionAndAFreeText() {
        ExerciseSession s = session("DEB234");
        Participant p = participant(s, Actor.DEPARTMENT, "d".repeat(64));
        assertThatThrownBy(() -> decisions.save(new Decision(null, s.id(), p.id(), Actor.DEPARTMENT, 0, "X", "Y", "o", "d",
                false, NOW))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aDecisionIsAtLeastACatalogueActionOrAFreeText() {
        ExerciseSession s = session("DEN234");
        Participant p = participant(s, Actor.DEPARTMENT, "e".repeat(64));
        assertThatThrownBy(() -> decisions.save(new Decision(null, s.id(), p.id(), Actor.DEPARTMENT, 0, null, null, "o", "d",
                false, NOW))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anInstitutionAnswersASuggestionOncePerInject() {
        ExerciseSession s = session("RES234");
        Participant p = participant(s, Actor.ASSOCIATIONS, "c".repeat(64));
        SuggestionResponse r = responses.save(new SuggestionResponse(null, s.id(), p.id(), Actor.ASSOCIATIONS, 0,
                "CIVIC-RESERVE-MOBILISE", false, OverrideReason.NO_RESOURCES, "Bénévoles âgés", NOW));
        assertThat(responses.findBySessionIdAndInstitutionAndInjectIndexAndActionId(s.id(), Actor.ASSOCIATIONS, 0,
                "CIVIC-RESERVE-MOBILISE")).contains(r);
        assertThatThrownBy(() -> responses.save(new SuggestionResponse(null, s.id(), p.id(), Actor.ASSOCIATIONS, 0,
                "CIVIC-RESERVE-MOBILISE", true, null, null, NOW))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anOverrideHasAReason() {
        ExerciseSession s = session("RER234");
        Participant p = participant(s, Actor.ASSOCIATIONS, "f".repeat(64));
        assertThatThrownBy(() -> responses.save(new SuggestionResponse(null, s.id(), p.id(), Actor.ASSOCIATIONS, 1,
                "CIVIC-RESERVE-MOBILISE", false, null, null, NOW))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theClockEventsComeBackInOrder() {
        ExerciseSession s = session("EVT234");
        SessionEvent opened = events.save(new SessionEvent(null, s.id(), SessionEvent.Kind.OPENED, -1, NOW));
        SessionEvent started = events.save(new SessionEvent(null, s.id(), SessionEvent.Kind.STARTED, 0, NOW));
        SessionEvent next = events.save(new SessionEvent(null, s.id(), SessionEvent.Kind.NEXT, 1, NOW.plusSeconds(600)));
        assertThat(events.findBySessionIdOrderByOccurredAtAscIdAsc(s.id())).containsExactly(opened, started, next);
    }
}
