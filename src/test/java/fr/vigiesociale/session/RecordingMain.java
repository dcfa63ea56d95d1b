package fr.vigiesociale.session;

import fr.vigiesociale.VigieSocialeApplication;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Actor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A participant who never stops answering, for {@link KillAndRestartTest}: starts the application on
 * the database given in the arguments, then records decisions one after the other and prints
 * {@code SAVED <session> <decision>} each time the service has returned (the transaction is
 * committed), until the test kills the process.
 */
public final class RecordingMain {

    private RecordingMain() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(VigieSocialeApplication.class, args);
        SessionService service = context.getBean(SessionService.class);
        ExerciseSession s = service.open("formateur", "confinement-quartiers-nord", Lang.FR);
        service.move("formateur", s.id(), SessionService.Move.START);
        Participant p = service.join(s.joinCode(), "Awa Diallo", Actor.COMMUNE_CCAS).participant();
        for (int i = 0; ; i++) {
            Decision d = service.decide(p, new DecisionInput(null, "Décision n° " + i, "CCAS", "J+1", i % 2 == 0));
            System.out.println("SAVED " + s.id() + " " + d.id());
            System.out.flush();
        }
    }
}
