package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The data-gap search runs only the rules that read a field on each "what if"; it must find exactly
 * what re-running every rule on every "what if" finds. Checked on the bundled scenarios and on the
 * same scenarios with everything optional but the indicators made unknown (many gaps at once).
 */
class DataGapFinderTest {

    @Test
    void runningOnlyTheRulesThatReadAFieldFindsWhatRerunningEveryRuleFinds() throws IOException {
        CompiledRules rules = TestRules.compiled();
        int gaps = 0;
        for (Scenario s : scenarios()) {
            List<DataGap> all = DataGapFinder.all(rules, rules, s, rules.contributions(s), Lang.FR);
            List<String> fast = all.stream().map(g -> g.field() + " " + new java.util.TreeSet<>(g.actions())).toList();
            assertThat(DataGapFinder.find(rules, rules, s, rules.contributions(s), Lang.FR)).as("no cap hides a gap")
                    .isEqualTo(all);
            assertThat(all).as("what could change the most first").isSortedAccordingTo(DataGapFinder.RELEVANCE);
            List<String> slow = bruteForce(rules, s);
            // the same fields with the same actions; the order among fields of nearly equal points
            // may differ by a rounding, the fast search being checked for what it finds
            assertThat(fast).as("data gaps of %s", s.id()).containsExactlyInAnyOrderElementsOf(slow);
            gaps += fast.size();
        }
        assertThat(gaps).as("the check saw many gaps").isGreaterThan(80);
    }

    @Test
    void aHeatwaveIsNotAskedAboutPupilsOrRsaClaimsButAFloodIsAskedAboutPupils() throws IOException {
        CompiledRules rules = TestRules.compiled();
        Scenario heatwave = VigieSociale.readScenario(Path.of("scenarios/canicule-metropole-sans-abri.yaml"));
        assertThat(asked(rules, heatwave)).doesNotContain("indicators.pupilsOutOfContactPct",
                "indicators.minimumIncomeClaimsChangePct", "indicators.childProtectionReferralsChangePct");
        Map<String, Object> flood = new LinkedHashMap<>(heatwave.fields());
        flood.put("crisis.hazard", "FLOOD");
        assertThat(asked(rules, Scenario.fromFields(flood))).contains("indicators.pupilsOutOfContactPct");
        // a climate crisis that does not say which hazard is asked about pupils: a flood closes schools
        flood.remove("crisis.hazard");
        assertThat(asked(rules, Scenario.fromFields(flood))).contains("indicators.pupilsOutOfContactPct", "crisis.hazard");
    }

    @Test
    void anEpidemicIsNotAskedWhichHazardNorPreparednessAboutChangesSinceTheCrisisBegan() throws IOException {
        CompiledRules rules = TestRules.compiled();
        Scenario health = VigieSociale.readScenario(Path.of("scenarios/paire-cellule-avec-social.yaml"));
        assertThat(DataGapFinder.candidates(rules, fr.vigiesociale.scenario.ScenarioFields.byPath("crisis.hazard").orElseThrow(), health))
                .containsExactly("EPIDEMIC");
        assertThat(asked(rules, health)).doesNotContain("crisis.hazard");
        Scenario preparing = VigieSociale.readScenario(Path.of("scenarios/preparation-volet-social.yaml"));
        assertThat(asked(rules, preparing)).noneMatch(f -> f.endsWith("ChangePct"))
                .contains("indicators.emergencyShelterUnansweredPct", "indicators.digitalExclusionPct");
        Map<String, Object> alert = new LinkedHashMap<>(preparing.fields());
        alert.put("crisis.phase", "ALERT");
        assertThat(asked(rules, Scenario.fromFields(alert))).contains("indicators.minimumIncomeClaimsChangePct");
    }

    /** The fields listed in the scenario's « Ce qu'il faudrait savoir », all of them. */
    private static List<String> asked(CompiledRules rules, Scenario s) {
        return DataGapFinder.all(rules, rules, s, rules.contributions(s), Lang.FR).stream().map(DataGap::field).toList();
    }

    /**
     * Every optional unknown field, every candidate value, every rule re-run; with the same floor of
     * points as the finder.
     */
    private static List<String> bruteForce(CompiledRules rules, Scenario s) {
        Map<String, Object> known = s.fields();
        Map<String, Double> base = TestRules.scores(rules, rules.contributions(s));
        List<Map.Entry<Double, String>> out = new ArrayList<>();
        for (FieldSpec field : DataGapFinder.asked(rules, s)) {
            Map<String, Double> gains = new LinkedHashMap<>();
            for (Object candidate : DataGapFinder.candidates(rules, field, s)) {
                Map<String, Object> whatIf = new LinkedHashMap<>(known);
                whatIf.put(field.path(), candidate);
                TestRules.scores(rules, rules.contributions(Scenario.fromFields(whatIf))).forEach((action, score) -> {
                    double gain = score - base.getOrDefault(action, 0.0);
                    if (gain > 1e-9) {
                        gains.merge(action, gain, Math::max);
                    }
                });
            }
            if (gains.isEmpty()) {
                continue;
            }
            List<String> ids = gains.keySet().stream()
                    .sorted(java.util.Comparator.comparingDouble((String a) -> -gains.get(a)).thenComparing(a -> a)).toList();
            double best = fr.vigiesociale.ruleset.Weights.round(gains.get(ids.get(0)));
            if (best >= DataGapFinder.MIN_POINTS) {
                out.add(Map.entry(best, field.path() + " " + new java.util.TreeSet<>(ids)));
            }
        }
        return out.stream().map(Map.Entry::getValue).toList();
    }

    private static List<Scenario> scenarios() throws IOException {
        List<Scenario> out = new ArrayList<>();
        for (Path file : GoldenScenariosTest.scenarios()) {
            Scenario s = VigieSociale.readScenario(file);
            out.add(s);
            Map<String, Object> thin = new LinkedHashMap<>(s.fields());
            thin.keySet().removeIf(p -> p.startsWith("governance.") || p.startsWith("resources.") || p.startsWith("practices."));
            out.add(Scenario.fromFields(thin));
        }
        return out;
    }
}
