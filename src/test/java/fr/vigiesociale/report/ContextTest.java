package fr.vigiesociale.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one-line context reads as a sentence: phrases, not bare values, and the hazard named. */
class ContextTest {

    @Test
    void aHeatwaveReadsAsAPhaseOfAlertWithoutLockdown() {
        var s = VigieSociale.readScenario(Path.of("scenarios/canicule-metropole-sans-abri.yaml"));
        assertThat(Context.line(s, Messages.of(Lang.FR)))
                .contains("crise climatique (canicule), phase d'alerte, aucun confinement")
                .doesNotContain("phase alerte", "confinement aucun");
        assertThat(Context.line(s, Messages.of(Lang.EN))).contains("climate crisis (heatwave), alert phase, no lockdown");
    }

    @Test
    void aLockdownWithoutHazardIsSaidInFull() {
        var s = VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml"));
        assertThat(Context.line(s, Messages.of(Lang.FR))).contains("crise sanitaire, phase aiguë, confinement total");
    }

    @Test
    void theWeeksElapsedReadAsADurationNeverAsWeekZero() {
        var s = VigieSociale.readScenario(Path.of("scenarios/metropole-hebergement-hiver.yaml"));
        assertThat(Context.line(s, Messages.of(Lang.FR))).endsWith(", depuis " + s.crisis().weeksElapsed() + " semaines");
        var zero = VigieSociale.readScenario(Path.of("scenarios/alerte-seconde-vague.yaml"));
        assertThat(zero.crisis().weeksElapsed()).isZero();
        assertThat(Context.line(zero, Messages.of(Lang.FR))).endsWith(", depuis moins d'une semaine").doesNotContain("semaine 0");
        assertThat(Context.line(zero, Messages.of(Lang.EN))).endsWith(", for less than a week");
    }
}
