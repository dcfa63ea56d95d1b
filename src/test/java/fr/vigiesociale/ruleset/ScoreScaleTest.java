package fr.vigiesociale.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import org.junit.jupiter.api.Test;

/** The score scale of the bundled rule set: a plain sum up to the knee, diminishing returns past it. */
class ScoreScaleTest {

    private final ScoreScale scale = TestRules.compiled().ruleSet().weights().scale();
    private final Weights.LevelBounds levels = TestRules.compiled().ruleSet().weights().levels();

    @Test
    void belowTheKneeTheScoreIsThePoints() {
        assertThat(scale.band(true).score(35)).isEqualTo(35);
        assertThat(scale.band(true).score(70)).isEqualTo(70);
        assertThat(scale.band(false).score(49.5)).isEqualTo(49.5);
    }

    @Test
    void withoutAnAlarmTriggerNoAmountOfContextMakesAnActionCritical() {
        for (double points = 0; points <= 10_000; points += 0.5) {
            assertThat(levels.levelOf(scale.band(false).score(points))).as("%s points", points).isNotEqualTo(Level.CRITICAL);
        }
    }

    @Test
    void pastTheKneeMorePointsStillRankHigherAndNeverReach100() {
        double previous = scale.band(true).score(70);
        for (double points = 71; points <= 400; points += 1) {
            double s = scale.band(true).score(points);
            // one more point moves the one-decimal score up to ~130 points; past that, the points
            // themselves break ties (and say so)
            if (points <= 130) {
                assertThat(s).as("%s points", points).isGreaterThan(previous);
            }
            assertThat(s).as("%s points", points).isGreaterThanOrEqualTo(previous).isLessThan(100);
            previous = s;
        }
        assertThat(scale.band(true).score(1_000_000)).isEqualTo(99.9);
    }

    @Test
    void theCurveKeepsItsSlopeAtTheKnee() {
        // one point past the knee still counts for almost a full point
        assertThat(scale.band(true).score(71)).isEqualTo(71);
        assertThat(scale.band(false).score(51)).isEqualTo(51);
    }
}
