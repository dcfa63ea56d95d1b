package fr.vigiesociale.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.client.api.AssessmentsApi;
import fr.vigiesociale.client.api.ComparisonsApi;
import fr.vigiesociale.client.api.ExercisesApi;
import fr.vigiesociale.client.api.ScenariosApi;
import fr.vigiesociale.client.model.AssessedAction;
import fr.vigiesociale.client.model.Assessment;
import fr.vigiesociale.client.model.Comparison;
import fr.vigiesociale.client.model.Problem;
import fr.vigiesociale.client.model.Reason;
import fr.vigiesociale.client.model.Scenario;
import fr.vigiesociale.client.model.ScenarioCrisis;
import fr.vigiesociale.client.model.ScenarioPair;
import fr.vigiesociale.client.model.Timeline;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an integrator does: a Java client generated from the committed OpenAPI document
 * ({@code docs/openapi.json}, OpenAPI Generator's Maven plugin, at build time) calls the running
 * application and gets typed answers — the same actions, in the same order, as the engine gives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedClientTest {

    private static final RuleBase RULES = VigieSociale.bundledRules();

    @LocalServerPort
    int port;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
    }

    @Test
    void aBundledScenarioIsAssessedAndTheActionsComeBackTyped() throws Exception {
        Scenario scenario = new ScenariosApi(client).getScenario("quartiers-nord-confinement", null);
        assertThat(scenario.getCrisis().getKind()).isEqualTo(ScenarioCrisis.KindEnum.HEALTH);

        Assessment assessment = new AssessmentsApi(client).assessScenario(scenario, "fr");
        var expected = RULES.assess(VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml")));
        assertThat(assessment.getActions()).extracting(AssessedAction::getId)
                .containsExactlyElementsOf(expected.actions().stream().map(a -> a.id()).toList());
        AssessedAction first = assessment.getActions().get(0);
        assertThat(first.getRank()).isEqualTo(1);
        assertThat(first.getLevel()).isEqualTo(AssessedAction.LevelEnum.CRITICAL);
        assertThat(first.getHorizon()).isEqualTo(AssessedAction.HorizonEnum.IMMEDIATE);
        assertThat(first.getPreconisations()).isNotEmpty().allMatch(p -> p >= 1 && p <= 12);
        assertThat(first.getReasons().stream().map(Reason::getContribution).reduce(BigDecimal.ZERO, BigDecimal::add)
                .doubleValue()).as("the score is the sum of the contributions").isEqualTo(first.getScore().doubleValue());
        assertThat(assessment.getRuleset().getSha256()).isEqualTo(RULES.info().sha256());
        assertThat(assessment.getSources()).containsKey(first.getReasons().get(0).getSources().get(0).getPassage());
    }

    @Test
    void comparisonsAndTimelinesAreTypedToo() throws Exception {
        ScenariosApi scenarios = new ScenariosApi(client);
        ScenarioPair pair = new ScenarioPair().before(scenarios.getScenario("paire-cellule-sans-social", null))
                .after(scenarios.getScenario("paire-cellule-avec-social", null));
        Comparison c = new ComparisonsApi(client).compareScenarios(pair, "en");
        assertThat(c.getBefore().getLang()).isEqualTo(Assessment.LangEnum.EN);
        assertThat(c.getChanges().getRemoved()).isNotEmpty();

        Timeline t = new ExercisesApi(client).getExerciseTimeline("canicule-personnes-isolees", "fr");
        assertThat(t.getInjects()).hasSize(5);
        assertThat(t.getInjects().get(0).getExpectedActions()).isNotEmpty();
        assertThat(t.getInjects().get(0).getAssessment().getActions()).isNotEmpty();
    }

    @Test
    void anInvalidScenarioIsA422ProblemWithEveryErrorAtItsField() throws Exception {
        Scenario scenario = new ScenariosApi(client).getScenario("quartiers-nord-confinement", null);
        scenario.getTerritory().setPopulation(-5);
        assertThatThrownBy(() -> new AssessmentsApi(client).assessScenario(scenario, "fr"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    Problem p = read(e.getResponseBody());
                    assertThat(p.getType()).hasToString("urn:vigie-sociale:problem:invalid-scenario");
                    assertThat(p.getErrors()).anySatisfy(err -> assertThat(err.getField()).isEqualTo("territory.population"));
                });
    }

    private Problem read(String body) {
        try {
            return client.getObjectMapper().readValue(body, Problem.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(body, e);
        }
    }
}
