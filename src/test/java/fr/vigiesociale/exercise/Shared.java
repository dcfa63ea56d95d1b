package fr.vigiesociale.exercise;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.scenario.ScenarioReader;
import java.nio.charset.StandardCharsets;

/** One compiled rule base and reader for the exercise tests (compiling the DRL takes seconds). */
final class Shared {

    static final RuleBase RULES = VigieSociale.bundledRules();
    static final ExerciseReader READER = Exercises.reader(RULES);

    private Shared() {
    }

    static Exercise read(String yaml) {
        return READER.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.YAML);
    }

    /** A small valid exercise to break in tests, one key per line so that line numbers are easy. */
    static final String VALID = """
            exerciseVersion: 1
            id: test
            title: Exercice de test
            objectives:
              - Apprendre
            institutions: [COMMUNE_CCAS, DEPARTMENT, ASSOCIATIONS]
            scenario: quartiers-nord-confinement
            injects:
              - id: premier
                time: J+1
                title: Premier inject
                narrative: Il se passe quelque chose.
                addressedTo: [COMMUNE_CCAS]
                changes:
                  indicators:
                    foodAidRequestsChangePct: 120
                expectedActions: [FOOD-AID-COORDINATION]
              - id: second
                time: J+2
                title: Second inject
                narrative: La situation s'améliore.
                changes:
                  indicators:
                    foodAidRequestsChangePct: 0
                    pupilsOutOfContactPct: null
            """;
}
