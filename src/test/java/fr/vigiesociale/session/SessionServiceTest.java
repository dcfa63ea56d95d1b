package fr.vigiesociale.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.session.SessionService.Move;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The rules of a live session, through the service every page will call: the trainer's clock, who
 * may join, who may record or change what, and when the engine's suggestions can be answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@RecordApplicationEvents
class SessionServiceTest {

    private static final String EXERCISE = "canicule-personnes-isolees";

    @Autowired
    SessionService service;
    @Autowired
    ApplicationEvents published;

    private ExerciseSession session;
    private Participant ccas;
    private Participant ars;

    @BeforeEach
    void openAndJoin() {
        session = service.open("formateur", EXERCISE, Lang.FR);
        ccas = service.join(session.joinCode().toLowerCase(), "Awa Diallo", Actor.COMMUNE_CCAS).participant();
        ars = service.join(session.joinCode(), "Marc Leroy", Actor.ARS).participant();
    }

    private static void refused(Runnable call, SessionException.Kind kind, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SessionException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
            assertThat(Messages.of(Lang.FR).get(e.messageKey(), e.args().toArray())).isNotBlank();
            assertThat(Messages.of(Lang.EN).get(e.messageKey(), e.args().toArray())).isNotBlank();
        });
    }

    private static DecisionInput catalogue(String actionId) {
        return new DecisionInput(actionId, null, "Mme Martin, directrice du CCAS", "J+1", true);
    }

    @Test
    void timelinesAreKeptForTheRecentSessionsOnlyAndPlayedAgainWhenNeeded() {
        java.util.Map<Long, Timeline> played = new java.util.LinkedHashMap<>();
        played.put(session.id(), service.timeline(session));
        for (int i = 0; i < TimelineCache.MAX + 6; i++) {
            ExerciseSession s = service.open("formateur", EXERCISE, Lang.FR);
            played.put(s.id(), service.timeline(s));
        }
        assertThat(service.timelinesInMemory()).isLessThanOrEqualTo(TimelineCache.MAX);
        // those pushed out (at least the overflow) are played again when asked, the same
        int replayed = 0;
        for (var e : played.entrySet()) {
            Timeline again = service.timeline(service.session(e.getKey()));
            if (again != e.getValue()) {
                replayed++;
                assertThat(again.steps()).hasSameSizeAs(e.getValue().steps());
                assertThat(again.steps().get(0).assessment()).isEqualTo(e.getValue().steps().get(0).assessment());
            }
        }
        assertThat(replayed).isGreaterThanOrEqualTo(played.size() - TimelineCache.MAX);
    }

    @Test
    void aSessionHasAReadableJoinCodeAndWaitsForTheTrainer() {
        assertThat(session.joinCode()).matches("[" + JoinCodes.ALPHABET + "]{6}");
        assertThat(session.state()).isEqualTo(SessionState.WAITING);
        assertThat(session.currentInject()).isEqualTo(-1);
        assertThat(service.participants(session.id())).extracting(Participant::institution)
                .containsExactly(Actor.COMMUNE_CCAS, Actor.ARS);
        assertThat(service.sessionsOf("formateur")).extracting(ExerciseSession::id).contains(session.id());
    }

    @Test
    void joiningNeedsTheRightCodeANameAndAnInstitutionTakingPart() {
        refused(() -> service.join("ZZZZZZ", "Awa", Actor.ARS), SessionException.Kind.INVALID, "unknownCode");
        refused(() -> service.join(session.joinCode(), "  ", Actor.ARS), SessionException.Kind.INVALID, "required");
        refused(() -> service.join(session.joinCode(), "Awa", Actor.FRANCE_TRAVAIL), SessionException.Kind.INVALID,
                "institutionNotInExercise");
        SessionService.Joined joined = service.join(" " + session.joinCode().substring(0, 3) + "-"
                + session.joinCode().substring(3) + " ", "Léa", Actor.ASSOCIATIONS);
        assertThat(service.participant(joined.token())).contains(joined.participant());
        assertThat(joined.participant().tokenHash()).as("only the hash is stored").doesNotContain(joined.token());
        assertThat(service.participant("not-a-token")).isEmpty();
    }

    @Test
    void theTrainerRunsTheClockAndEveryMoveIsKept() {
        refused(() -> service.move("formateur", session.id(), Move.NEXT), SessionException.Kind.CONFLICT, "notStarted");
        assertThat(service.move("formateur", session.id(), Move.START).currentInject()).isZero();
        refused(() -> service.move("formateur", session.id(), Move.BACK), SessionException.Kind.CONFLICT, "firstInject");
        assertThat(service.move("formateur", session.id(), Move.NEXT).currentInject()).isEqualTo(1);
        assertThat(service.move("formateur", session.id(), Move.PAUSE).state()).isEqualTo(SessionState.PAUSED);
        refused(() -> service.move("formateur", session.id(), Move.PAUSE), SessionException.Kind.CONFLICT, "notRunning");
        assertThat(service.move("formateur", session.id(), Move.RESUME).state()).isEqualTo(SessionState.RUNNING);
        assertThat(service.move("formateur", session.id(), Move.BACK).currentInject()).isZero();
        for (int i = 0; i < 4; i++) {
            service.move("formateur", session.id(), Move.NEXT);
        }
        refused(() -> service.move("formateur", session.id(), Move.NEXT), SessionException.Kind.CONFLICT, "lastInject");
        assertThat(service.move("formateur", session.id(), Move.END).state()).isEqualTo(SessionState.ENDED);
        refused(() -> service.move("formateur", session.id(), Move.START), SessionException.Kind.CONFLICT, "ended");
        assertThat(service.events(session.id())).extracting(SessionEvent::kind).containsExactly(
                SessionEvent.Kind.OPENED, SessionEvent.Kind.STARTED, SessionEvent.Kind.NEXT, SessionEvent.Kind.PAUSED,
                SessionEvent.Kind.RESUMED, SessionEvent.Kind.BACK, SessionEvent.Kind.NEXT, SessionEvent.Kind.NEXT,
                SessionEvent.Kind.NEXT, SessionEvent.Kind.NEXT, SessionEvent.Kind.ENDED);
        assertThat(published.stream(SessionService.SessionChanged.class)).isNotEmpty();
    }

    @Test
    void onlyTheTrainerWhoOpenedTheSessionMovesItsClock() {
        refused(() -> service.move("autre-formateur", session.id(), Move.START), SessionException.Kind.FORBIDDEN,
                "notYourSession");
        refused(() -> service.reveal("autre-formateur", session.id()), SessionException.Kind.FORBIDDEN, "notYourSession");
        refused(() -> service.owned("formateur", Long.MAX_VALUE), SessionException.Kind.NOT_FOUND, "unknownSession");
    }

    @Test
    void aDecisionIsRecordedForTheParticipantsInstitutionOnTheInjectBeingPlayed() {
        refused(() -> service.decide(ccas, catalogue("VULNERABLE-REGISTER-CALLS")), SessionException.Kind.CONFLICT, "notStarted");
        service.move("formateur", session.id(), Move.START);
        service.move("formateur", session.id(), Move.NEXT);
        Decision d = service.decide(ccas, catalogue("VULNERABLE-REGISTER-CALLS"));
        assertThat(d.institution()).isEqualTo(Actor.COMMUNE_CCAS);
        assertThat(d.injectIndex()).isEqualTo(1);
        Decision own = service.decide(ars, new DecisionInput(null, "Activer le plan bleu des EHPAD", "Délégation ARS",
                "aujourd'hui", false));
        assertThat(own.fromCatalogue()).isFalse();
        assertThat(service.decisions(session.id())).containsExactly(d, own);

        refused(() -> service.decide(ccas, new DecisionInput(null, null, "x", "y", false)), SessionException.Kind.INVALID,
                "actionOrText");
        refused(() -> service.decide(ccas, catalogue("NO-SUCH-ACTION")), SessionException.Kind.INVALID, "unknownAction");
        refused(() -> service.decide(ccas, new DecisionInput("FOOD-AID-COORDINATION", null, " ", "J+1", false)),
                SessionException.Kind.INVALID, "required");
    }

    @Test
    void aParticipantCannotChangeOrWithdrawAnotherInstitutionsDecision() {
        service.move("formateur", session.id(), Move.START);
        Decision d = service.decide(ccas, catalogue("VULNERABLE-REGISTER-CALLS"));
        refused(() -> service.change(ars, d.id(), catalogue("ISOLATION-COORDINATION")), SessionException.Kind.FORBIDDEN,
                "notYourInstitution");
        refused(() -> service.withdraw(ars, d.id()), SessionException.Kind.FORBIDDEN, "notYourInstitution");
        Participant colleague = service.join(session.joinCode(), "Paul", Actor.COMMUNE_CCAS).participant();
        Decision changed = service.change(colleague, d.id(), catalogue("ISOLATION-COORDINATION"));
        assertThat(changed.id()).isEqualTo(d.id());
        assertThat(changed.actionId()).isEqualTo("ISOLATION-COORDINATION");
        service.withdraw(ccas, d.id());
        assertThat(service.decisions(session.id())).isEmpty();
    }

    @Test
    void aParticipantCannotReachIntoAnotherSession() {
        ExerciseSession other = service.open("formateur", EXERCISE, Lang.FR);
        service.move("formateur", other.id(), Move.START);
        Participant stranger = service.join(other.joinCode(), "Inès", Actor.COMMUNE_CCAS).participant();
        service.move("formateur", session.id(), Move.START);
        Decision d = service.decide(ccas, catalogue("VULNERABLE-REGISTER-CALLS"));
        refused(() -> service.change(stranger, d.id(), catalogue("ISOLATION-COORDINATION")), SessionException.Kind.FORBIDDEN,
                "notYourInstitution");
        Decision theirs = service.decide(stranger, catalogue("ISOLATION-COORDINATION"));
        assertThat(theirs.sessionId()).isEqualTo(other.id());
        assertThat(service.decisions(session.id())).containsExactly(d);
    }

    @Test
    void suggestionsAreAnsweredOnlyOnceRevealedAndAnOverrideNeedsAReason() {
        service.move("formateur", session.id(), Move.START);
        List<AssessedAction> suggested = service.timeline(service.session(session.id())).steps().get(0).assessment().actions();
        String first = suggested.get(0).id();
        refused(() -> service.accept(ccas, owned(first, "Mme Martin", "J+1")), SessionException.Kind.CONFLICT, "notRevealed");
        assertThat(service.reveal("formateur", session.id()).revealed(0)).isTrue();
        refused(() -> service.accept(ccas, owned("LESSONS-LEARNED", "Mme Martin", "J+1")), SessionException.Kind.INVALID,
                "notSuggested");
        refused(() -> service.setAside(ccas, first, null, null), SessionException.Kind.INVALID, "reasonRequired");
        SuggestionResponse accepted = service.accept(ccas, owned(first, "Mme Martin", "J+1"));
        refused(() -> service.setAside(ccas, first, OverrideReason.NOT_OUR_ROLE, null), SessionException.Kind.INVALID,
                "alreadyTaken");
        assertThat(service.decisions(session.id())).as("nothing recorded disappears").hasSize(1);
        service.withdraw(ccas, service.decisions(session.id()).get(0).id());
        SuggestionResponse overridden = service.setAside(ccas, first, OverrideReason.NOT_OUR_ROLE, "Le département pilote");
        assertThat(overridden.id()).as("answering again replaces the answer").isEqualTo(accepted.id());
        assertThat(service.responses(session.id())).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.reasonCode()).isEqualTo(OverrideReason.NOT_OUR_ROLE);
            assertThat(r.note()).isEqualTo("Le département pilote");
        });
        service.move("formateur", session.id(), Move.NEXT);
        refused(() -> service.accept(ccas, owned(first, "Mme Martin", "J+1")), SessionException.Kind.CONFLICT, "notRevealed");
    }

    @Test
    void acceptingASuggestionTakesItOnWithAnOwnerAndADeadline() {
        service.move("formateur", session.id(), Move.START);
        service.reveal("formateur", session.id());
        String first = service.timeline(service.session(session.id())).steps().get(0).assessment().actions().get(0).id();
        refused(() -> service.accept(ccas, owned(first, null, "J+1")), SessionException.Kind.INVALID, "required");
        refused(() -> service.accept(ccas, owned(first, "Mme Martin", " ")), SessionException.Kind.INVALID, "required");
        assertThat(service.responses(session.id())).as("a refused acceptance records nothing").isEmpty();

        service.accept(ccas, owned(first, "Mme Martin", "J+1"));
        assertThat(service.decisions(session.id())).singleElement().satisfies(d -> {
            assertThat(d.actionId()).isEqualTo(first);
            assertThat(d.ownerName()).isEqualTo("Mme Martin");
            assertThat(d.deadline()).isEqualTo("J+1");
            assertThat(d.takesLead()).isTrue();
        });
        service.accept(ccas, new DecisionInput(first, null, "Pôle seniors", "J+2", false));
        assertThat(service.decisions(session.id())).as("accepting again changes the same decision").singleElement()
                .satisfies(d -> assertThat(d.ownerName()).isEqualTo("Pôle seniors"));
        assertThat(service.responses(session.id())).singleElement().satisfies(r -> assertThat(r.accepted()).isTrue());
    }

    private static DecisionInput owned(String actionId, String owner, String deadline) {
        return new DecisionInput(actionId, null, owner, deadline, true);
    }

    @Test
    void nothingIsRecordedOnceTheSessionHasEnded() {
        service.move("formateur", session.id(), Move.START);
        service.move("formateur", session.id(), Move.END);
        refused(() -> service.decide(ccas, catalogue("VULNERABLE-REGISTER-CALLS")), SessionException.Kind.CONFLICT, "ended");
        refused(() -> service.join(session.joinCode(), "Tard", Actor.ARS), SessionException.Kind.CONFLICT, "ended");
    }
}
