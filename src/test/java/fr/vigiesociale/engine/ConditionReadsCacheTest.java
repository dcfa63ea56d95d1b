package fr.vigiesociale.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the build worked out of the bundled rules' conditions is what parsing them gives, rule for rule. */
class ConditionReadsCacheTest {

    @Test
    void theBuildsReadingOfTheConditionsEqualsParsingThem() {
        RuleSetFiles bundled = RuleSetFiles.bundled();
        List<RuleProblem> problems = new ArrayList<>();
        var parsed = ConditionReads.of(bundled.drlFiles(), problems);
        assertThat(problems).isEmpty();
        var cached = ConditionReadsCache.read(bundled).orElseThrow(() -> new AssertionError("no cached conditions"));
        assertThat(cached).isEqualTo(parsed).hasSizeGreaterThan(100);
    }

    @Test
    void otherRuleFilesAreParsed() {
        SortedMap<String, byte[]> files = new TreeMap<>(RuleSetFiles.bundled().files());
        files.put("solidarity/food-aid.drl", (new String(files.get("solidarity/food-aid.drl"), StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(ConditionReadsCache.read(new RuleSetFiles("copie", files))).isEmpty();
    }
}
