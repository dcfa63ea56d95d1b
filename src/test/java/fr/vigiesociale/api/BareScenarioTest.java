package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A scenario with the required fields only (what a hurried manager types in the web form): no
 * indicator known at all. It must be assessed, and say that the crisis is steered blind.
 */
class BareScenarioTest {

    private static final String BARE = """
            schemaVersion: 1
            id: bare
            title: Seulement l'essentiel
            territory: {name: Ville, level: COMMUNE, population: 12000}
            crisis: {kind: HEALTH, phase: ACUTE, lockdown: FULL}
            """;

    @Test
    void a_scenario_without_any_indicator_is_assessed_in_both_languages() {
        Scenario s = new ScenarioReader().read("bare.yaml", BARE.getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.YAML);
        for (Lang lang : Lang.values()) {
            Assessment a = fr.vigiesociale.TestRules.get().assess(s, lang);
            assertThat(a.actions()).extracting(AssessedAction::id).contains("SOCIAL-WATCH-DASHBOARD");
            AssessedAction dashboard = a.actions().stream().filter(x -> x.id().equals("SOCIAL-WATCH-DASHBOARD"))
                    .findFirst().orElseThrow();
            assertThat(dashboard.reasons().get(0).text()).contains("0").doesNotContain("{");
            assertThat(a.dataGaps()).isNotEmpty();
        }
    }
}
