package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.PolicyArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented ranking: score, then points before the cap, then horizon, then id. */
class RankingTest {

    private static AssessedAction action(String id, double score, Horizon horizon, double... contributions) {
        List<Reason> reasons = Arrays.stream(contributions).mapToObj(c -> new Reason("r", "t", Map.of(), c, "w",
                List.of(new fr.vigiesociale.ruleset.Citation("s", fr.vigiesociale.ruleset.SourceLink.DIRECT)), null)).toList();
        return new AssessedAction(0, id, id, id, List.of(1), List.of(PolicyArea.CROSS_CUTTING), Level.CRITICAL,
                score, horizon, List.of(Actor.values()[0]), reasons);
    }

    @Test
    void tiesAtTheCapAreBrokenByTheEvidenceBeforeTheCap() {
        List<AssessedAction> actions = new ArrayList<>(List.of(
                action("A-ALPHA", 100, Horizon.IMMEDIATE, 60, 50),
                action("B-BETA", 100, Horizon.IMMEDIATE, 60, 70),
                action("C-GAMMA", 90, Horizon.IMMEDIATE, 90),
                action("D-DELTA", 100, Horizon.STRUCTURAL, 60, 50),
                action("E-EPSILON", 100, Horizon.IMMEDIATE, 60, 50)));
        actions.sort(AssessmentBuilder.RANKING);
        assertThat(actions).extracting(AssessedAction::id)
                .containsExactly("B-BETA", "A-ALPHA", "E-EPSILON", "D-DELTA", "C-GAMMA");
    }
}
