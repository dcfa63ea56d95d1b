package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.PolicyArea;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented ranking: score, then points, then horizon, then id. */
class RankingTest {

    private static AssessedAction action(String id, double score, double points, Horizon horizon) {
        return new AssessedAction(0, id, id, id, List.of(1), List.of(PolicyArea.CROSS_CUTTING), Level.CRITICAL,
                score, points, true, horizon, List.of(Actor.values()[0]), List.of(), null, AssessedAction.Confidence.of(1, 1));
    }

    @Test
    void equalScoresAreOrderedByPointsThenHorizonThenId() {
        List<AssessedAction> actions = new ArrayList<>(List.of(
                action("A-ALPHA", 99.9, 300, Horizon.IMMEDIATE),
                action("B-BETA", 99.9, 320, Horizon.IMMEDIATE),
                action("C-GAMMA", 90, 400, Horizon.IMMEDIATE),
                action("D-DELTA", 99.9, 300, Horizon.STRUCTURAL),
                action("E-EPSILON", 99.9, 300, Horizon.IMMEDIATE)));
        actions.sort(AssessmentBuilder.RANKING);
        assertThat(actions).extracting(AssessedAction::id)
                .containsExactly("B-BETA", "A-ALPHA", "E-EPSILON", "D-DELTA", "C-GAMMA");
    }
}
