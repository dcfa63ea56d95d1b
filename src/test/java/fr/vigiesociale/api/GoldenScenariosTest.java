package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.PolicyArea;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every bundled scenario is a golden test: {@code scenarios/expected/<id>.yaml} states what a
 * social-work director expects (actions that must or must not appear, top actions, levels,
 * préconisations covered, a level ceiling for calm territories).
 */
class GoldenScenariosTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachScenarioMeetsItsExpectedOutcome() throws IOException {
        return scenarios().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Assessment a = TestRules.get().assess(VigieSociale.readScenario(file));
            Path expectedFile = Path.of("scenarios/expected", file.getFileName().toString());
            assertThat(expectedFile).as("expected outcome for %s", file).exists();
            JsonNode expected = YAML.readTree(expectedFile.toFile());
            List<String> ids = a.actions().stream().map(AssessedAction::id).toList();
            for (JsonNode id : expected.path("mustInclude")) {
                assertThat(ids).as("%s must suggest", file).contains(id.asString());
            }
            for (JsonNode id : expected.path("mustNotInclude")) {
                assertThat(ids).as("%s must not suggest", file).doesNotContain(id.asString());
            }
            JsonNode top = expected.path("topIncludes");
            if (!top.isMissingNode()) {
                List<String> head = ids.subList(0, Math.min(top.path("within").asInt(), ids.size()));
                for (JsonNode id : top.path("actions")) {
                    assertThat(head).as("%s top %d", file, top.path("within").asInt()).contains(id.asString());
                }
            }
            for (Map.Entry<String, JsonNode> e : expected.path("levels").properties()) {
                AssessedAction action = a.actions().stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElseThrow();
                assertThat(action.level()).as("%s level of %s", file, e.getKey()).isEqualTo(Level.valueOf(e.getValue().asString()));
            }
            Set<Integer> precos = a.actions().stream().flatMap(x -> x.preconisations().stream()).collect(Collectors.toSet());
            for (JsonNode p : expected.path("preconisations")) {
                assertThat(precos).as("%s préconisations", file).contains(p.asInt());
            }
            assertPinned(file, a, expected);
            if (expected.has("maxLevel")) {
                Level max = Level.valueOf(expected.path("maxLevel").asString());
                assertThat(a.actions()).as("%s: nothing above %s", file, max)
                        .allSatisfy(x -> assertThat(x.level().ordinal()).isGreaterThanOrEqualTo(max.ordinal()));
            }
        }));
    }

    /**
     * The pinned outcome: every action in rank order with its score and level, and every data gap
     * with the actions it could change. Any change to them must be deliberate.
     */
    private static void assertPinned(Path file, Assessment a, JsonNode expected) {
        assertThat(expected.has("pinned")).as("%s: pinned ranking", file).isTrue();
        List<String> pinned = new java.util.ArrayList<>();
        expected.path("pinned").forEach(row -> pinned.add(row.get(0).asString() + " " + row.get(1).asDouble() + " "
                + row.get(2).asString()));
        List<String> actual = a.actions().stream().map(x -> x.id() + " " + x.score() + " " + x.level()).toList();
        assertThat(actual).as("%s: ranking (id score level)", file).containsExactlyElementsOf(pinned);
        List<String> pinnedGaps = new java.util.ArrayList<>();
        expected.path("pinnedGaps").properties().forEach(e -> {
            List<String> ids = new java.util.ArrayList<>();
            e.getValue().forEach(id -> ids.add(id.asString()));
            pinnedGaps.add(e.getKey() + " " + ids);
        });
        List<String> gaps = a.dataGaps().stream().map(g -> g.field() + " " + g.actions()).toList();
        assertThat(gaps).as("%s: data gaps", file).containsExactlyElementsOf(pinnedGaps);
    }

    @Test
    void theBundledScenariosCoverEveryPreconisationAndPolicyArea() throws IOException {
        Set<Integer> precos = new TreeSet<>();
        Set<PolicyArea> areas = EnumSet.noneOf(PolicyArea.class);
        for (Path file : scenarios()) {
            Assessment a = TestRules.get().assess(VigieSociale.readScenario(file));
            a.actions().forEach(x -> {
                precos.addAll(x.preconisations());
                areas.addAll(x.policyAreas());
            });
        }
        assertThat(precos).containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        assertThat(areas).containsExactlyInAnyOrder(PolicyArea.values());
        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyReasonCitesPassagesOfTheSourceDocumentsAndEverySignalTheBasisOfItsThresholds() throws IOException {
        for (Path file : scenarios()) {
            Assessment a = TestRules.get().assess(VigieSociale.readScenario(file));
            for (AssessedAction x : a.actions()) {
                for (Reason r : x.reasons()) {
                    assertThat(r.sources()).as("%s: sources of %s", file, r.rule()).isNotEmpty();
                    r.sources().forEach(c -> {
                        assertThat(a.sources()).as("%s: passages of %s", file, r.rule()).containsKey(c.passage());
                        assertThat(c.link()).isNotNull();
                    });
                    assertThat(r.weight()).isNotBlank();
                    if (r.weight().startsWith("signal")) {
                        assertThat(r.threshold()).as("%s: thresholds of %s", file, r.rule()).isNotNull();
                        assertThat(r.threshold().source()).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void everyActionIsRankedByScoreWithScoresThatAreTheSumOfTheirReasons() throws IOException {
        for (Path file : scenarios()) {
            Assessment a = TestRules.get().assess(VigieSociale.readScenario(file));
            for (int i = 0; i < a.actions().size(); i++) {
                AssessedAction x = a.actions().get(i);
                assertThat(x.rank()).isEqualTo(i + 1);
                double sum = x.reasons().stream().mapToDouble(Reason::contribution).sum();
                assertThat(x.score()).isCloseTo(Math.min(100, sum), org.assertj.core.data.Offset.offset(0.051));
                assertThat(x.reasons()).isNotEmpty();
                assertThat(x.preconisations()).isNotEmpty();
                if (i > 0) {
                    assertThat(a.actions().get(i - 1).score()).isGreaterThanOrEqualTo(x.score());
                }
            }
            assertThat(a.actions().stream().map(AssessedAction::id).distinct().count()).isEqualTo(a.actions().size());
        }
    }
}
