package fr.vigiesociale.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioFields;
import fr.vigiesociale.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One test per rule, from {@code src/test/resources/rule-cases/} (see its README): the rule fires
 * on its case and gives its points to the expected action; it stays silent on each near miss.
 */
class RuleCasesTest {

    private static final Path CASES = Path.of("src/test/resources/rule-cases");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String CORE_FILE = "core/suggestions.drl";

    /** A rule's case: the file it comes from, the changes that make it fire, its action, its near misses. */
    record RuleCase(String caseFile, String rule, Map<String, Object> given, String expect,
                    List<Map<String, Object>> nearMisses) {
    }

    @TestFactory
    Stream<DynamicNode> everyRuleFiresOnItsCaseAndNotOnItsNearMisses() throws IOException {
        Map<String, Object> base = base();
        return cases().stream().map(c -> DynamicContainer.dynamicContainer(c.rule(), Stream.concat(
                Stream.of(DynamicTest.dynamicTest("se déclenche → " + c.expect(), () -> assertFires(c, with(base, c.given())))),
                c.nearMisses().stream().map(miss -> DynamicTest.dynamicTest("quasi-cas " + miss,
                        () -> assertSilent(c, with(with(base, c.given()), miss)))))));
    }

    @Test
    void theCalmBaseFiresNoRule() throws IOException {
        assertThat(TestRules.compiled().evaluate(Scenario.fromFields(base())).firedRules()).isEmpty();
    }

    @Test
    void everyRuleHasItsCaseInTheFileNamedAfterItsDrl() throws IOException {
        Map<String, String> ruleFiles = new TreeMap<>();
        TestRules.compiled().rules().forEach(r -> ruleFiles.put(r.name(), r.file()));
        Map<String, String> caseFiles = new TreeMap<>();
        for (RuleCase c : cases()) {
            assertThat(caseFiles.put(c.rule(), c.caseFile())).as("rule with two cases: %s", c.rule()).isNull();
        }
        assertThat(caseFiles.keySet()).as("rules and cases").isEqualTo(ruleFiles.keySet());
        ruleFiles.forEach((rule, drl) -> assertThat(caseFiles.get(rule))
                .as("case file of %s", rule).isEqualTo(drl.replaceFirst("\\.drl$", ".yaml")));
        for (RuleCase c : cases()) {
            assertThat(c.nearMisses()).as("near misses of %s", c.rule()).isNotEmpty();
        }
    }

    private static void assertFires(RuleCase c, Map<String, Object> fields) {
        Evaluation e = TestRules.compiled().evaluate(Scenario.fromFields(fields));
        assertThat(e.firedRules()).as("rules fired").contains(c.rule());
        if (c.caseFile().equals(CORE_FILE.replace(".drl", ".yaml"))) {
            assertThat(e.contributions()).extracting(Contribution::action).contains(c.expect());
        } else {
            assertThat(e.contributions()).as("contributions of the rule")
                    .anySatisfy(x -> {
                        assertThat(x.rule()).isEqualTo(c.rule());
                        assertThat(x.action()).isEqualTo(c.expect());
                        assertThat(x.points()).isPositive();
                    });
        }
    }

    private static void assertSilent(RuleCase c, Map<String, Object> fields) {
        Evaluation e = TestRules.compiled().evaluate(Scenario.fromFields(fields));
        assertThat(e.firedRules()).as("rules fired").doesNotContain(c.rule());
    }

    /** The calm base of every case, as scenario fields. */
    static Map<String, Object> base() {
        return new ScenarioReader().read(CASES.resolve("base.yaml")).fields();
    }

    /** The fields with some changed; a null value makes the field unknown. */
    static Map<String, Object> with(Map<String, Object> fields, Map<String, Object> changes) {
        Map<String, Object> out = new LinkedHashMap<>(fields);
        changes.forEach((path, value) -> {
            if (value == null) {
                out.remove(path);
            } else {
                out.put(path, value);
            }
        });
        return out;
    }

    static List<RuleCase> cases() throws IOException {
        List<RuleCase> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(CASES)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("base.yaml"))
                    .sorted().toList();
        }
        for (Path file : files) {
            String caseFile = CASES.relativize(file).toString().replace('\\', '/');
            for (Map.Entry<String, JsonNode> e : YAML.readTree(file.toFile()).properties()) {
                JsonNode node = e.getValue();
                List<Map<String, Object>> misses = new ArrayList<>();
                node.path("nearMisses").forEach(m -> misses.add(changes(caseFile, m)));
                out.add(new RuleCase(caseFile, e.getKey(), changes(caseFile, node.path("given")),
                        node.path("expect").asString(), misses));
            }
        }
        return out;
    }

    private static Map<String, Object> changes(String caseFile, JsonNode node) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            assertThat(ScenarioFields.byPath(e.getKey())).as("%s: unknown field %s", caseFile, e.getKey()).isPresent();
            JsonNode v = e.getValue();
            m.put(e.getKey(), v.isNull() ? null
                    : v.isBoolean() ? v.asBoolean()
                    : v.isNumber() ? v.numberValue()
                    : v.asString());
        }
        return m;
    }
}
