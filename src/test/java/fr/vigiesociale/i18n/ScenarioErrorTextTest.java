package fr.vigiesociale.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.scenario.ScenarioError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value to choose is named by its code and by its label; one typed as its label finds its code. */
class ScenarioErrorTextTest {

    private static final Messages FR = Messages.of(Lang.FR);

    @Test
    void aPhaseTypedInFrenchIsAnsweredWithTheCodeItStandsFor() {
        var e = new ScenarioError("crisis.phase", 9, 10, "enum", List.of("aigue", "PREPAREDNESS, ALERT, ACUTE, RECOVERY"));
        assertThat(ScenarioErrorText.of(e, FR)).isEqualTo("valeur « aigue » non admise ; valeurs admises : PREPAREDNESS "
                + "(préparation), ALERT (alerte), ACUTE (aiguë), RECOVERY (rétablissement) ; vouliez-vous dire « ACUTE » (aiguë) ?");
    }

    @Test
    void aHazardOfAnotherKindOfCrisisIsNamedInWords() {
        var e = new ScenarioError("crisis.hazard", 10, 11, "hazardOfAnotherKind", List.of("FLOOD", "HEALTH", "EPIDEMIC"));
        assertThat(ScenarioErrorText.of(e, FR)).isEqualTo(
                "l'aléa FLOOD (inondation) n'est pas une crise HEALTH (sanitaire) ; pour une crise HEALTH (sanitaire) : EPIDEMIC (épidémie)");
        assertThat(ScenarioErrorText.of(e, Messages.of(Lang.EN))).contains("FLOOD (flood)");
    }

    @Test
    void theAllowedLevelsAreGivenWithTheirLabelsInTheCommandLinesLine() {
        var e = new ScenarioError("territory.level", 5, 10, "enum", List.of("VILLAGE", "COMMUNE, REGION"));
        assertThat(FR.describe("x.yaml", e)).isEqualTo("x.yaml:5:10: territory.level : valeur « VILLAGE » non admise ; "
                + "valeurs admises : COMMUNE (commune), REGION (région)");
    }
}
