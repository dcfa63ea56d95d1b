package fr.vigiesociale.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two triggers on one action do not double it; an indirect answer gets part of a signal's points. */
class TriggerWeightingTest {

    private static List<Contribution> contributions(String action, Map<String, Object> changes) {
        return TestRules.compiled().evaluate(Scenario.fromFields(RuleCasesTest.with(RuleCasesTest.base(), changes)))
                .contributions().stream()
                .filter(c -> c.action().equals(action) && !c.context()).toList();
    }

    @Test
    void anIndirectAnswerGetsSixtyPercentOfTheSignal() {
        // closed services at 20 %: 20 points to home support (direct), 12 to accessible information
        List<Contribution> direct = contributions("DISABILITY-HOME-SUPPORT", Map.of("indicators.closedSocialServicesPct", 20));
        List<Contribution> indirect = contributions("ACCESSIBLE-INFORMATION", Map.of("indicators.closedSocialServicesPct", 20));
        assertThat(direct).singleElement().satisfies(c -> assertThat(c.points()).isEqualTo(20.0));
        assertThat(indirect).singleElement().satisfies(c -> {
            assertThat(c.points()).isEqualTo(12.0);
            assertThat(c.indirect()).isTrue();
        });
    }

    @Test
    void theStrongestTriggerCountsInFullAndTheOthersForHalf() {
        // closed services 20 % (12 points, indirect) and digital exclusion 25 % (35 × 0.6 = 21) on the same action
        List<Contribution> c = contributions("ACCESSIBLE-INFORMATION",
                Map.of("indicators.closedSocialServicesPct", 20, "indicators.digitalExclusionPct", 25));
        assertThat(c).hasSize(2);
        assertThat(c).filteredOn(x -> !x.corroborating()).singleElement()
                .satisfies(x -> assertThat(x.points()).isEqualTo(21.0));
        assertThat(c).filteredOn(Contribution::corroborating).singleElement().satisfies(x -> {
            assertThat(x.points()).isEqualTo(6.0);
            assertThat(x.corroborated()).isEqualTo(new Contribution.Corroborated(12.0, 0.5));
        });
    }
}
