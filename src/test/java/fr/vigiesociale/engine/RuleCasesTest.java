package fr.vigiesociale.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.Reason;
import fr.vigiesociale.scenario.Numbers;
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
 * One test per rule, from {@code src/test/resources/rule-cases/} (see its README), as strict as a
 * constraint verifier's {@code penalizesBy(n)}: on its case the rule gives the expected action
 * exactly the expected points, from the expected weight, with the reason text as users read it and
 * the facts it cites; on each near miss it stays silent.
 */
class RuleCasesTest {

    private static final Path CASES = Path.of("src/test/resources/rule-cases");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** What the rule must give on its case. */
    record Expected(String action, double points, String weight, String reason, Map<String, String> facts) { }

    /** A rule's case: the file it comes from, the changes that make it fire, what it gives, its near misses. */
    record RuleCase(String caseFile, String rule, Map<String, Object> given, Expected expect,
                    List<Map<String, Object>> nearMisses, boolean extra) {
    }

    @TestFactory
    Stream<DynamicNode> everyRuleGivesExactlyItsPointsOnItsCaseAndNothingOnItsNearMisses() throws IOException {
        Map<String, Object> base = base();
        return cases().stream().map(c -> DynamicContainer.dynamicContainer(c.rule(), Stream.concat(
                Stream.of(DynamicTest.dynamicTest("donne " + c.expect().points() + " points à " + c.expect().action(),
                        () -> assertGives(c, with(base, c.given())))),
                c.nearMisses().stream().map(miss -> DynamicTest.dynamicTest("quasi-cas " + miss,
                        () -> assertSilent(c, with(with(base, c.given()), miss)))))));
    }

    @Test
    void theCalmBaseFiresNoRule() throws IOException {
        assertThat(TestRules.compiled().evaluate(Scenario.fromFields(base())).firedRules()).isEmpty();
    }

    @Test
    void everyRuleHasItsCaseInTheFileNamedAfterItsDrl() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("vigie.concern") == null, "one concern's cases only");
        Map<String, String> ruleFiles = new TreeMap<>();
        TestRules.compiled().rules().forEach(r -> ruleFiles.put(r.name(), r.file()));
        Map<String, String> caseFiles = new TreeMap<>();
        for (RuleCase c : cases()) {
            if (!c.extra()) {
                assertThat(caseFiles.put(c.rule(), c.caseFile())).as("rule with two cases: %s", c.rule()).isNull();
            }
        }
        assertThat(caseFiles.keySet()).as("rules and cases").isEqualTo(ruleFiles.keySet());
        ruleFiles.forEach((rule, drl) -> assertThat(caseFiles.get(rule))
                .as("case file of %s", rule).isEqualTo(drl.replaceFirst("\\.drl$", ".yaml")));
        for (RuleCase c : cases()) {
            assertThat(c.nearMisses()).as("near misses of %s", c.rule()).isNotEmpty();
        }
    }

    private static void assertGives(RuleCase c, Map<String, Object> fields) {
        Scenario scenario = Scenario.fromFields(fields);
        assertThat(TestRules.compiled().evaluate(scenario).firedRules()).as("rules fired").contains(c.rule());
        Assessment a = TestRules.get().assess(scenario);
        AssessedAction action = a.actions().stream().filter(x -> x.id().equals(c.expect().action())).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + c.expect().action() + " in " + a.actions()));
        List<Reason> reasons = action.reasons().stream().filter(r -> r.rule().equals(c.rule())).toList();
        assertThat(reasons).as("reasons of %s for %s", c.rule(), c.expect().action()).hasSize(1);
        Reason r = reasons.get(0);
        assertThat(r.points()).as("points").isEqualTo(c.expect().points());
        assertThat(r.weight()).as("weight").isEqualTo(c.expect().weight());
        assertThat(r.text()).as("reason text").isEqualTo(c.expect().reason());
        assertThat(plain(r.facts())).as("facts cited").isEqualTo(c.expect().facts());
        assertThat(r.sources()).as("sources").isNotEmpty();
    }

    private static void assertSilent(RuleCase c, Map<String, Object> fields) {
        Evaluation e = TestRules.compiled().evaluate(Scenario.fromFields(fields));
        assertThat(e.firedRules()).as("rules fired").doesNotContain(c.rule());
    }

    /** Facts as text, numbers written plainly ("15", "12.5"), so YAML and engine values compare. */
    private static Map<String, String> plain(Map<String, ?> facts) {
        Map<String, String> out = new TreeMap<>();
        facts.forEach((k, v) -> out.put(k, v instanceof Number n ? Numbers.plain(n.doubleValue()) : String.valueOf(v)));
        return out;
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
            // -Dvigie.concern=solidarity/food-aid runs one concern's cases only, while a rule is being written
            String concern = System.getProperty("vigie.concern", "");
            files = s.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("base.yaml"))
                    .filter(p -> concern.isEmpty() || CASES.relativize(p).toString().replace('\\', '/').equals(concern + ".yaml"))
                    .sorted().toList();
        }
        for (Path file : files) {
            String caseFile = CASES.relativize(file).toString().replace('\\', '/');
            for (Map.Entry<String, JsonNode> e : YAML.readTree(file.toFile()).properties()) {
                JsonNode node = e.getValue();
                List<Map<String, Object>> misses = new ArrayList<>();
                node.path("nearMisses").forEach(m -> misses.add(changes(caseFile, m)));
                // "rule name#2": a further case of the same rule (another way it fires)
                String rule = e.getKey().replaceFirst("#[^#]*$", "");
                out.add(new RuleCase(caseFile, rule, changes(caseFile, node.path("given")),
                        expected(caseFile, rule, node.path("expect")), misses, !rule.equals(e.getKey())));
            }
        }
        return out;
    }

    private static Expected expected(String caseFile, String rule, JsonNode n) {
        for (String key : List.of("action", "points", "weight", "reason", "facts")) {
            assertThat(n.has(key)).as("%s, %s: expect.%s", caseFile, rule, key).isTrue();
        }
        Map<String, String> facts = new TreeMap<>();
        n.path("facts").properties().forEach(f -> facts.put(f.getKey(),
                f.getValue().isNumber() ? Numbers.plain(f.getValue().asDouble()) : f.getValue().asString()));
        return new Expected(n.path("action").asString(), n.path("points").asDouble(), n.path("weight").asString(),
                n.path("reason").asString(), facts);
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
