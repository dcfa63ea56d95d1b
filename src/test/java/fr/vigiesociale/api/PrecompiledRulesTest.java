package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.precompiled.PrecompiledRules;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.ruleset.RuleSetFiles;
import fr.vigiesociale.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The build precompiles the bundled rules into the executable model; loading it must give exactly
 * what compiling the DRL gives: the same rules, and every bundled scenario's assessment byte for byte,
 * its data gaps found on the reduced bases the precompiled model allows as on the full DRL base.
 */
class PrecompiledRulesTest {

    private static long ruleCount(KieBase kieBase) {
        return kieBase.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum();
    }

    @Test
    void theBuildPrecompiledEveryBundledRule() {
        RuleSetFiles bundled = RuleSetFiles.bundled();
        KieBase precompiled = PrecompiledRules.kieBase(bundled).orElseThrow(
                () -> new AssertionError("no precompiled rule base for the bundled rules' sha256"));
        CompiledRules drl = CompiledRules.compileDrl(bundled);
        assertThat(ruleCount(precompiled)).isEqualTo(drl.rules().size()).isGreaterThan(100);
        assertThat(CompiledRules.compile(bundled).rules()).isEqualTo(drl.rules());
    }

    @Test
    void everyBundledScenarioGetsTheSameAssessmentByteForByteFromBothPaths() throws IOException {
        RuleSetFiles bundled = RuleSetFiles.bundled();
        CompiledRules compiled = CompiledRules.compile(bundled);
        // the data-gap "what ifs" then run on bases of only the rules they let fire; the DRL path has none
        compiled.reduceWhatIfsNow();
        RuleBase precompiled = VigieSociale.of(compiled);
        RuleBase drl = VigieSociale.of(CompiledRules.compileDrl(bundled));
        int compared = 0;
        for (Path file : GoldenScenariosTest.scenarios()) {
            Scenario s = VigieSociale.readScenario(file);
            for (Lang lang : Lang.values()) {
                assertThat(JsonReport.render(precompiled.assess(s, lang))).as("%s (%s)", file, lang)
                        .isEqualTo(JsonReport.render(drl.assess(s, lang)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(60);
    }

    @Test
    void otherRuleFilesAreCompiledNotTakenFromTheBuild() {
        SortedMap<String, byte[]> files = new TreeMap<>(RuleSetFiles.bundled().files());
        String food = "solidarity/food-aid.drl";
        files.put(food, (new String(files.get(food), StandardCharsets.UTF_8) + "\n// copie locale\n").getBytes(StandardCharsets.UTF_8));
        assertThat(PrecompiledRules.kieBase(new RuleSetFiles("copie", files))).isEmpty();
    }
}
