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

    private static final RuleSpec PHASE = TestRules.spec("Phase aiguë : l'immédiat d'abord");
    private static final RuleSpec LOCKDOWN = TestRules.spec("Confinement total : l'aller-vers et le repérage deviennent vitaux");
    private static final RuleSpec CONVERGENCE = TestRules.spec("Plusieurs signaux convergent sur les publics de l'action");

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
        assertThat(scoring.level(35)).isEqualTo(Level.MEDIUM);
        assertThat(scoring.level(34.9)).isEqualTo(Level.LOW);
    }

    @Test
    void theContextAddsNoMoreThanTheActionsOwnTriggersAndSaysSo() {
        // A structural gap (25) in the acute phase of a full lockdown, with converging signals: the
        // phase (15), the lockdown (10) and the convergence (18) would lift it to 68, a need made by
        // its context. The context counts for at most the trigger's own 25, shared in proportion.
        RuleSpec gap = TestRules.spec("Crise en cours sans délégation : déléguer les décisions au terrain");
        List<Contribution> raw = List.of(new Contribution("A", gap, 25, List.of(), null),
                new Contribution("A", PHASE, 15, List.of(), null), new Contribution("A", LOCKDOWN, 10, List.of(), null),
                new Contribution("A", CONVERGENCE, 18, List.of(), null, "x"));
        assertThat(share()).isEqualTo(1);
        List<Contribution> counted = scoring.corroborate(raw);
        assertThat(counted.stream().mapToDouble(Contribution::points).sum()).isEqualTo(50);
        assertThat(counted.get(0).points()).isEqualTo(25);
        assertThat(counted.get(0).contextShared()).isFalse();
        // 25 of 43: 8.7 + 5.8 + 10.4 rounded down, the tenth left over to the first
        assertThat(counted.get(1).points()).isEqualTo(8.8);
        assertThat(counted.get(1).contextShared()).isTrue();
        assertThat(counted.get(1).corroborated().fullPoints()).isEqualTo(15);
        assertThat(counted.get(2).points()).isEqualTo(5.8);
        assertThat(counted.get(3).points()).isEqualTo(10.4);
        assertThat(scoring.score(counted).level()).as("a gap in its context: HIGH, not more").isEqualTo(Level.HIGH);
        // within its share, the context counts in full
        List<Contribution> within = scoring.corroborate(raw.subList(0, 2));
        assertThat(within.get(1).points()).isEqualTo(15);
        assertThat(within.get(1).contextShared()).isFalse();
    }

    @Test
    void theSharedContextSumsExactlyToItsAllowanceWhateverTheRounding() {
        RuleSpec signal = TestRules.spec("Chute des informations préoccupantes : veille de protection de l'enfance");
        for (double trigger = 10; trigger <= 60; trigger += 0.1) {
            double t = fr.vigiesociale.ruleset.Weights.round(trigger);
            List<Contribution> counted = scoring.corroborate(List.of(new Contribution("A", signal, t, List.of(), null, "x"),
                    new Contribution("A", PHASE, 15, List.of(), null), new Contribution("A", LOCKDOWN, 10, List.of(), null),
                    new Contribution("A", CONVERGENCE, 12, List.of(), null, "y")));
            double context = counted.stream().filter(Contribution::context).mapToDouble(Contribution::points).sum();
            assertThat(context).as("%s trigger points", t).isCloseTo(
                    Math.min(37, Math.floor(t * share() * 10 + 1e-6) / 10), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    private static double share() {
        return TestRules.compiled().ruleSet().weights().points().get(Scoring.CONTEXT_SHARE);
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
