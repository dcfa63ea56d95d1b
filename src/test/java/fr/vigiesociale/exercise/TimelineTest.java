package fr.vigiesociale.exercise;

import static fr.vigiesociale.exercise.Shared.RULES;
import static fr.vigiesociale.exercise.Shared.VALID;
import static fr.vigiesociale.exercise.Shared.read;
import static fr.vigiesociale.scenario.Indicator.FOOD_AID_REQUESTS;
import static fr.vigiesociale.scenario.Indicator.PUPILS_OUT_OF_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Scenario;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** After each inject the engine re-assesses the evolving scenario and says what moved since the previous step. */
class TimelineTest {

    private static Map<String, Double> scores(Assessment a) {
        return a.actions().stream().collect(Collectors.toMap(AssessedAction::id, AssessedAction::score));
    }

    @Test
    void injectsApplyInOrderAndNullMakesAFactUnknown() {
        Exercise e = read(VALID);
        Scenario base = e.scenario();
        assertThat(base.indicators().value(PUPILS_OUT_OF_CONTACT)).as("the bundled scenario knows it").isPresent();
        Scenario afterFirst = e.injects().get(0).applyTo(base);
        assertThat(afterFirst.indicators().value(FOOD_AID_REQUESTS)).contains(120.0);
        assertThat(afterFirst.indicators().value(PUPILS_OUT_OF_CONTACT)).isEqualTo(base.indicators().value(PUPILS_OUT_OF_CONTACT));
        Scenario afterSecond = e.injects().get(1).applyTo(afterFirst);
        assertThat(afterSecond.indicators().value(FOOD_AID_REQUESTS)).contains(0.0);
        assertThat(afterSecond.indicators().value(PUPILS_OUT_OF_CONTACT)).isEmpty();
        assertThat(afterSecond.id()).isEqualTo(base.id());
        assertThat(afterSecond.territory()).isEqualTo(base.territory());
    }

    @Test
    void eachStepHoldsTheFullAssessmentAndItsDiffFromThePreviousOne() {
        Timeline t = Timeline.play(RULES, read(VALID), Lang.FR);
        assertThat(t.steps()).hasSize(2);
        Assessment previous = t.start();
        for (Timeline.Step s : t.steps()) {
            assertThat(s.assessment()).isEqualTo(RULES.assess(s.scenario(), Lang.FR));
            assertThat(s.changes()).isEqualTo(Comparison.between(previous, s.assessment()));
            previous = s.assessment();
        }
    }

    /** The diff's four lists partition every action that moved, with the right scores on each side. */
    @Test
    void theDiffListsAddedRaisedLoweredAndRemovedActionsWithTheirScores() {
        Timeline t = Timeline.play(RULES, read(VALID), Lang.FR);
        Timeline.Step second = t.steps().get(1);
        Map<String, Double> before = scores(t.steps().get(0).assessment());
        Map<String, Double> after = scores(second.assessment());
        Comparison c = second.changes();
        // Food-aid demand falls from +120 % to 0 and a known indicator becomes unknown: actions must drop.
        assertThat(c.lowered().size() + c.removed().size()).isPositive();
        c.added().forEach(x -> assertThat(before).doesNotContainKey(x.id()));
        c.removed().forEach(x -> assertThat(after).doesNotContainKey(x.id()));
        c.raised().forEach(x -> assertThat(x.after()).isGreaterThan(x.before()));
        c.lowered().forEach(x -> assertThat(x.after()).isLessThan(x.before()));
        Stream.of(c.added(), c.raised(), c.lowered(), c.unchanged()).flatMap(java.util.List::stream)
                .forEach(x -> assertThat(x.after()).isEqualTo(after.get(x.id())));
        Stream.of(c.removed(), c.raised(), c.lowered()).flatMap(java.util.List::stream)
                .forEach(x -> assertThat(x.before()).isEqualTo(before.get(x.id())));
        Set<String> moved = Stream.of(c.added(), c.removed(), c.raised(), c.lowered(), c.unchanged())
                .flatMap(java.util.List::stream).map(Comparison.Change::id).collect(Collectors.toSet());
        Set<String> all = new java.util.HashSet<>(before.keySet());
        all.addAll(after.keySet());
        assertThat(moved).isEqualTo(all);
        assertThat(c.removed()).extracting(Comparison.Change::id)
                .as("coordinating food aid is no longer called for once demand is back to normal")
                .contains("EMERGENCY-FOOD-VOUCHERS");
    }

    @Test
    void anInjectThatChangesNothingMovesNothing() {
        Exercise e = read(VALID.substring(0, VALID.lastIndexOf("    changes:"))); // the second inject without changes
        Timeline.Step quiet = Timeline.play(RULES, e, Lang.FR).steps().get(1);
        assertThat(quiet.inject().changes()).isEmpty();
        Comparison c = quiet.changes();
        assertThat(c.added()).isEmpty();
        assertThat(c.removed()).isEmpty();
        assertThat(c.raised()).isEmpty();
        assertThat(c.lowered()).isEmpty();
    }

    @Test
    void playingTwiceGivesTheSameTimeline() {
        Exercise e = read(VALID);
        assertThat(Timeline.play(RULES, e, Lang.EN)).isEqualTo(Timeline.play(RULES, e, Lang.EN));
    }
}
