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
            List<String> fast = DataGapFinder.find(rules, s, rules.contributions(s), Lang.FR).stream()
                    .map(g -> g.field() + " " + g.actions()).toList();
            List<String> slow = bruteForce(rules, s);
            assertThat(fast).as("data gaps of %s", s.id()).isEqualTo(slow);
            gaps += fast.size();
        }
        assertThat(gaps).as("the check saw many gaps").isGreaterThan(100);
    }

    /** Every optional unknown field, every candidate value, every rule re-run. */
    private static List<String> bruteForce(CompiledRules rules, Scenario s) {
        Map<String, Object> known = s.fields();
        Map<String, Double> base = AssessmentBuilder.scores(rules.contributions(s), rules.ruleSet().weights().scale());
        List<String> out = new ArrayList<>();
        for (FieldSpec field : ScenarioFields.all()) {
            if (field.required() || field.defaultValue() != null || known.containsKey(field.path())) {
                continue;
            }
            TreeSet<String> affected = new TreeSet<>();
            for (Object candidate : DataGapFinder.candidates(rules, field)) {
                Map<String, Object> whatIf = new LinkedHashMap<>(known);
                whatIf.put(field.path(), candidate);
                AssessmentBuilder.scores(rules.contributions(Scenario.fromFields(whatIf)), rules.ruleSet().weights().scale()).forEach((action, score) -> {
                    if (score > base.getOrDefault(action, 0.0)) {
                        affected.add(action);
                    }
                });
            }
            if (!affected.isEmpty()) {
                out.add(field.path() + " " + List.copyOf(affected));
            }
        }
        return out;
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
