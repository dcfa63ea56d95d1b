package fr.vigiesociale.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.ScoreScale;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one scoring function with the bundled weights: a plain sum up to the knee, diminishing
 * returns past it, never CRITICAL without an alarm trigger; and every caller gets the same answer.
 */
class ScoringTest {

    private final Scoring scoring = TestRules.compiled().scoring();
    private final ScoreScale scale = TestRules.compiled().ruleSet().weights().scale();

    @Test
    void belowTheKneeTheScoreIsThePoints() {
        assertThat(Scoring.curve(scale.withAlarm(), 35)).isEqualTo(35);
        assertThat(Scoring.curve(scale.withAlarm(), 70)).isEqualTo(70);
        assertThat(Scoring.curve(scale.withoutAlarm(), 49.5)).isEqualTo(49.5);
    }

    @Test
    void withoutAnAlarmTriggerNoAmountOfContextMakesAnActionCritical() {
        for (double points = 0; points <= 10_000; points += 0.5) {
            assertThat(scoring.level(Scoring.curve(scale.withoutAlarm(), points))).as("%s points", points)
                    .isNotEqualTo(Level.CRITICAL);
        }
    }

    @Test
    void pastTheKneeMorePointsStillRankHigherAndNeverReach100() {
        double previous = Scoring.curve(scale.withAlarm(), 70);
        for (double points = 71; points <= 400; points += 1) {
            double s = Scoring.curve(scale.withAlarm(), points);
            // one more point moves the one-decimal score up to ~130 points; past that, the points
            // themselves break ties (and say so)
            if (points <= 130) {
                assertThat(s).as("%s points", points).isGreaterThan(previous);
            }
            assertThat(s).as("%s points", points).isGreaterThanOrEqualTo(previous).isLessThan(100);
            previous = s;
        }
        assertThat(Scoring.curve(scale.withAlarm(), 1_000_000)).isEqualTo(99.9);
    }

    @Test
    void theCurveKeepsItsSlopeAtTheKnee() {
        // one point past the knee still counts for almost a full point
        assertThat(Scoring.curve(scale.withAlarm(), 71)).isEqualTo(71);
        assertThat(Scoring.curve(scale.withoutAlarm(), 51)).isEqualTo(51);
    }

    @Test
    void theLevelBoundsAreThoseOfTheWeights() {
        assertThat(scoring.level(70)).isEqualTo(Level.CRITICAL);
        assertThat(scoring.level(69.9)).isEqualTo(Level.HIGH);
        assertThat(scoring.level(50)).isEqualTo(Level.HIGH);
        assertThat(scoring.level(30)).isEqualTo(Level.MEDIUM);
        assertThat(scoring.level(29.9)).isEqualTo(Level.LOW);
    }

    @Test
    void anActionsContributionsAddUpToItsScore() throws java.io.IOException {
        Scenario s = fr.vigiesociale.api.VigieSociale.readScenario(java.nio.file.Path.of("scenarios/departement-multi-fronts.yaml"));
        List<Contribution> contributions = TestRules.compiled().contributions(s);
        scoring.scores(contributions).forEach((action, score) -> {
            assertThat(score.counted().stream().mapToDouble(Double::doubleValue).sum()).as(action)
                    .isCloseTo(score.score(), org.assertj.core.data.Offset.offset(0.05));
            assertThat(score.level()).isEqualTo(scoring.level(score.score()));
        });
        assertThat(scoring.scores(contributions).values()).anyMatch(Scoring.ActionScore::alarmTrigger)
                .anyMatch(a -> !a.alarmTrigger());
    }
}
