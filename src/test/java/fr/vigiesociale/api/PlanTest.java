package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An assessment reads as a plan, not a list: a few priorities with their first step and who carries
 * them, few actions at MEDIUM or above, CRITICAL kept for what starts within 48 hours, and nothing of
 * a later horizon above what protects lives now.
 */
class PlanTest {

    @Test
    void everyAssessmentLeadsWithAtMostFivePrioritiesEachWithItsFirstStepAndItsLead() throws IOException {
        for (Path file : GoldenScenariosTest.scenarios()) {
            Scenario s = VigieSociale.readScenario(file);
            for (Lang lang : Lang.values()) {
                Assessment a = TestRules.get().assess(s, lang);
                List<AssessedAction> atLeastMedium = a.actions().stream()
                        .filter(x -> x.level().compareTo(Level.MEDIUM) <= 0).toList();
                assertThat(a.priorities()).as("%s %s", file, lang).hasSize(Math.min(5, atLeastMedium.size()));
                for (Priority p : a.priorities()) {
                    AssessedAction x = atLeastMedium.get(p.rank() - 1);
                    assertThat(p.action()).as("%s: priority %d is the %dth action at MEDIUM or above", file, p.rank(), p.rank())
                            .isEqualTo(x.id());
                    assertThat(p.actionRank()).isEqualTo(x.rank());
                    assertThat(p.firstStep()).as("%s %s", file, p.action()).isNotBlank().isNotEqualTo(x.description());
                    assertThat(p.carriedBy()).isEqualTo(x.actors().get(0));
                    assertThat(p.with()).containsExactlyElementsOf(x.actors().subList(1, x.actors().size()));
                }
            }
        }
    }

    @Test
    void aCalmTerritoryHasNoPriorities() throws IOException {
        Assessment calm = TestRules.get().assess(VigieSociale.readScenario(Path.of("scenarios/territoire-bien-prepare.yaml")));
        assertThat(calm.actions()).allSatisfy(x -> assertThat(x.level()).isEqualTo(Level.LOW));
        assertThat(calm.priorities()).isEmpty();
    }

    @Test
    void theBundledScenariosGetAPlanOfAFewActionsNotAListOfTwenty() throws IOException {
        List<Integer> counts = new ArrayList<>();
        Map<String, Long> manyCritical = new TreeMap<>();
        for (Path file : GoldenScenariosTest.scenarios()) {
            Scenario s = VigieSociale.readScenario(file);
            Assessment a = TestRules.get().assess(s);
            counts.add((int) a.actions().stream().filter(x -> x.level().compareTo(Level.MEDIUM) <= 0).count());
            long critical = a.actions().stream().filter(x -> x.level() == Level.CRITICAL).count();
            // one front: at most three indicators at their alarm threshold (a hazard and what it does)
            if (alarms(s) <= 3 && critical > 4) {
                manyCritical.put(file.getFileName().toString(), critical);
            }
        }
        counts.sort(null);
        double median = counts.size() % 2 == 1 ? counts.get(counts.size() / 2)
                : (counts.get(counts.size() / 2 - 1) + counts.get(counts.size() / 2)) / 2.0;
        assertThat(median).as("median number of actions at MEDIUM or above, over %s", counts).isLessThanOrEqualTo(10);
        assertThat(manyCritical).as("single-front situations with more than four CRITICAL actions").isEmpty();
    }

    @Test
    void inACrisisNoCoordinationOrStructuralActionRanksAboveOneThatProtectsLivesNow() throws IOException {
        int checked = 0;
        for (Path file : GoldenScenariosTest.scenarios()) {
            Assessment a = TestRules.get().assess(VigieSociale.readScenario(file));
            List<AssessedAction> lifeSafety = a.actions().stream().filter(x -> x.reasons().stream()
                    .anyMatch(r -> "trigger.lifeSafety".equals(r.weight().split(" ")[0]))).toList();
            if (lifeSafety.isEmpty()) {
                continue;
            }
            checked++;
            int last = lifeSafety.get(lifeSafety.size() - 1).rank();
            assertThat(a.actions().subList(0, last)).as(file.toString())
                    .allSatisfy(x -> assertThat(x.horizon() == Horizon.IMMEDIATE || lifeSafety.contains(x))
                            .as("%s ranked %d above a life-saving action", x.id(), x.rank()).isTrue());
        }
        assertThat(checked).as("scenarios with a life-saving action").isGreaterThan(5);
    }

    @Test
    void aRedHeatwaveKeepsItsCoolRoomsAboveTheSupportForDistressWhateverItsScore() throws IOException {
        Map<String, Object> f = new java.util.LinkedHashMap<>(VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml")).fields());
        f.put("indicators.psychologicalDistressReportsChangePct", 90.0);
        Assessment a = TestRules.get().assess(Scenario.fromFields(f));
        AssessedAction cool = a.actions().stream().filter(x -> x.id().equals("HEATWAVE-COOL-ROOMS")).findFirst().orElseThrow();
        AssessedAction distress = a.actions().stream().filter(x -> x.id().equals("PSYCHOLOGICAL-SUPPORT")).findFirst().orElseThrow();
        assertThat(distress.score()).isGreaterThan(cool.score());
        assertThat(distress.rank()).isEqualTo(cool.rank() + 1);
        assertThat(distress.tieBreak()).isEqualTo(new AssessedAction.TieBreak("HEATWAVE-COOL-ROOMS", AssessedAction.TieBreak.By.LIFE_SAFETY));
        assertThat(fr.vigiesociale.report.ScoreNotes.tieBreak(distress, fr.vigiesociale.i18n.Messages.of(Lang.FR)))
                .isEqualTo("Classée après l'action n° " + cool.rank() + ", malgré un score plus haut : celle-ci protège des vies "
                        + "maintenant, et en pleine crise une coordination ou une action structurelle ne passe jamais devant.");
        // the triage, which ranks without rendering, agrees
        assertThat(TestRules.get().triage(Scenario.fromFields(f), 5, Lang.FR).top()).extracting(Triage.TopAction::id)
                .containsExactlyElementsOf(a.priorities().stream().map(Priority::action).toList());
    }

    @Test
    void anActionMovedBelowALifeSavingOneSaysWhy() {
        record A(String id, double score, boolean life, boolean immediate) { }
        List<A> ranked = List.of(new A("COORD", 80, false, false), new A("COOL", 75, true, true),
                new A("FOOD", 70, false, true), new A("SHELTER", 65, true, true), new A("PLAN", 60, false, false));
        assertThat(LifeSafetyFirst.apply(ranked, A::life, A::immediate)).extracting(A::id)
                .containsExactly("COOL", "FOOD", "SHELTER", "COORD", "PLAN");
        List<A> none = List.of(new A("COORD", 80, false, false), new A("FOOD", 70, false, true));
        assertThat(LifeSafetyFirst.apply(none, A::life, A::immediate)).isEqualTo(none);
    }

    private static long alarms(Scenario s) {
        Map<String, Object> fields = s.fields();
        return java.util.Arrays.stream(Indicator.values()).filter(i -> fields.get(i.path()) instanceof Number n
                && TestRules.compiled().ruleSet().threshold(i)
                        .map(t -> t.status(n.doubleValue()) == fr.vigiesociale.ruleset.SignalStatus.ALARM).orElse(false))
                .count();
    }
}
