package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.CrisisPhase;
import fr.vigiesociale.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No action text contradicts its scenario's phase: no first-days deadline in recovery, no "next
 * crisis" while the crisis is on, no first-days deadline for preparation. Every action title,
 * description and reason of every bundled scenario is read against its phase, in French.
 */
class PhaseWordingTest {

    private static final Pattern FIRST_DAYS = Pattern.compile(
            "48 heures|72 heures|dans les heures|Aujourd'hui|Dès aujourd'hui|Dès l'alerte|premiers secours|cette nuit");
    private static final Pattern NEXT_CRISIS = Pattern.compile("prochaine crise|[Hh]ors crise");
    private static final Map<CrisisPhase, Pattern> WRONG = Map.of(
            CrisisPhase.RECOVERY, FIRST_DAYS,
            CrisisPhase.PREPAREDNESS, Pattern.compile("48 heures|72 heures|dans les heures|Dès aujourd'hui"),
            CrisisPhase.ALERT, NEXT_CRISIS,
            CrisisPhase.ACUTE, NEXT_CRISIS);

    @Test
    void noActionTextContradictsItsPhase() throws IOException {
        TreeSet<String> wrong = new TreeSet<>();
        for (Path file : GoldenScenariosTest.scenarios()) {
            Scenario s = VigieSociale.readScenario(file);
            Pattern pattern = WRONG.get(s.crisis().phase());
            Assessment assessment = TestRules.get().assess(s, Lang.FR);
            for (AssessedAction a : assessment.actions()) {
                List<String> texts = new java.util.ArrayList<>(List.of(a.title(), a.description()));
                a.reasons().forEach(r -> texts.add(r.text()));
                texts.stream().filter(t -> pattern.matcher(t).find())
                        .forEach(t -> wrong.add(s.crisis().phase() + " " + file.getFileName() + " " + a.id() + ": " + t));
            }
            // the first steps the plan leads with, too
            assessment.priorities().stream().filter(p -> pattern.matcher(p.firstStep()).find())
                    .forEach(p -> wrong.add(s.crisis().phase() + " " + file.getFileName() + " " + p.action() + ": " + p.firstStep()));
        }
        assertThat(wrong).as("texts that contradict their scenario's phase").isEmpty();
    }
}
