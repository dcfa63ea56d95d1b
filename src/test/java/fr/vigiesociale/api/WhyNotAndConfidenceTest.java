package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** "Pourquoi pas ?" for the actions not proposed, and each proposed action's reliability. */
class WhyNotAndConfidenceTest {

    private static Assessment assess(String id) {
        return TestRules.get().assess(VigieSociale.readScenario(Path.of("scenarios/" + id + ".yaml")));
    }

    private static NotProposed notProposed(Assessment a, String action) {
        return a.notProposed().stream().filter(n -> n.action().equals(action)).findFirst().orElseThrow();
    }

    @Test
    void anActionNotProposedSaysHowFarTheFactsAreFromItsNearestTrigger() {
        Assessment a = assess("choc-economique-fermeture-usine");
        assertThat(a.notProposed()).extracting(NotProposed::action)
                .doesNotContainAnyElementsOf(a.actions().stream().map(AssessedAction::id).toList())
                .contains("EMERGENCY-FOOD-VOUCHERS", "SCHOOL-CONTACT-TRACKING");
        NotProposed.Why vouchers = notProposed(a, "EMERGENCY-FOOD-VOUCHERS").nearest().get(0);
        assertThat(vouchers.indicator()).isEqualTo("foodAidRequestsChangePct");
        assertThat(vouchers.text()).contains("sous le seuil d'alerte (40 %)");
        NotProposed.Why school = notProposed(a, "SCHOOL-CONTACT-TRACKING").nearest().get(0);
        assertThat(school.value()).isNull();
        assertThat(school.text()).contains("inconnu : le renseigner pourrait déclencher la règle");
    }

    @Test
    void aKnownIndicatorBelowItsWatchThresholdComesBeforeAnUnknownOne() {
        Assessment a = assess("calme-prepare-metropole");
        NotProposed food = notProposed(a, "FOOD-AID-COORDINATION");
        assertThat(food.nearest().get(0).value()).isNotNull();
        assertThat(food.nearest().get(0).text()).contains("la règle se déclenche dès 15 % (seuil de vigilance)");
    }

    @Test
    void reliabilityFollowsHowMuchOfWhatTheRulesReadIsKnown() {
        Assessment thin = assess("territoire-sans-donnees");
        Assessment full = assess("departement-multi-fronts");
        assertThat(full.actions()).allSatisfy(x -> assertThat(x.confidence().known()).isLessThanOrEqualTo(x.confidence().read()));
        assertThat(full.actions().stream().filter(x -> x.confidence().level() == AssessedAction.Confidence.Level.HIGH).count())
                .as("most actions of a well-documented scenario are reliable").isGreaterThan(full.actions().size() * 3L / 4);
        assertThat(thin.actions()).anySatisfy(x -> assertThat(x.confidence().level())
                .isNotEqualTo(AssessedAction.Confidence.Level.HIGH));
        assertThat(AssessedAction.Confidence.of(2, 5).level()).isEqualTo(AssessedAction.Confidence.Level.LOW);
        assertThat(AssessedAction.Confidence.of(3, 5).level()).isEqualTo(AssessedAction.Confidence.Level.MEDIUM);
        assertThat(AssessedAction.Confidence.of(4, 5).level()).isEqualTo(AssessedAction.Confidence.Level.HIGH);
    }

    @Test
    void theReportsShowEachActionsReliability() {
        fr.vigiesociale.scenario.Scenario s = VigieSociale.readScenario(Path.of("scenarios/territoire-sans-donnees.yaml"));
        Assessment a = TestRules.get().assess(s);
        String expected = fr.vigiesociale.report.ScoreNotes.confidence(a.actions().get(0),
                fr.vigiesociale.i18n.Messages.of(fr.vigiesociale.i18n.Lang.FR));
        assertThat(expected).startsWith("Fiabilité");
        assertThat(fr.vigiesociale.report.TextReport.render(s, a, false)).contains(expected);
        assertThat(fr.vigiesociale.report.MarkdownReport.render(s, a)).contains(expected);
    }

    @Test
    void dataGapsAreRankedByTheLevelTheyCouldReachThenTheActionsTheyTouch() {
        for (String id : new String[] {"territoire-sans-donnees", "choc-economique-fermeture-usine"}) {
            Assessment a = assess(id);
            assertThat(a.dataGaps()).isSortedAccordingTo(DataGapFinder.RELEVANCE)
                    .allSatisfy(g -> {
                        assertThat(g.points()).isGreaterThanOrEqualTo(DataGapFinder.MIN_POINTS);
                        assertThat(g.actions().get(0)).isEqualTo(g.action());
                    });
        }
    }

    @Test
    void onTheEveOfAFloodTheEvacuationQuestionComesBeforeTheIncomeClaims() throws java.io.IOException {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(VigieSociale.readScenario(
                Path.of("scenarios/n24-crue-veille-vigilance-rouge-montargis.yaml")).fields());
        fields.remove("crisis.householdsDisplaced");
        Assessment a = TestRules.get().assess(fr.vigiesociale.scenario.Scenario.fromFields(fields));
        java.util.List<String> asked = a.dataGaps().stream().map(DataGap::field).toList();
        // households evacuated could open sheltering at HIGH, worth 65 points on the eve; RSA claims 50 at most
        assertThat(asked).contains("crisis.householdsDisplaced", "indicators.minimumIncomeClaimsChangePct");
        assertThat(asked.indexOf("crisis.householdsDisplaced")).isLessThan(asked.indexOf("indicators.minimumIncomeClaimsChangePct"));
        assertThat(a.dataGaps()).isSortedAccordingTo(DataGapFinder.RELEVANCE).hasSizeGreaterThan(8);
    }
}
