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
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every bundled scenario is a golden test: {@code scenarios/expected/<id>.yaml} states what a
 * social-work director expects, written before the engine was run (actions that must or must not
 * appear, the first action, top actions, exact, minimum and maximum levels, préconisations covered,
 * a level ceiling for calm territories), then the pinned outcome.
 */
class GoldenScenariosTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** What an expected-outcome file may say; anything else is a mistake. */
    private static final java.util.Set<String> KEYS = java.util.Set.of("mustInclude", "mustNotInclude", "topIncludes",
            "first", "levels", "atLeast", "atMost", "preconisations", "maxLevel", "pending", "pinned", "pinnedGaps");

    @TestFactory
    Stream<DynamicTest> eachScenarioMeetsItsExpectedOutcome() throws IOException {
        return scenarios().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Assessment a = TestRules.get().assess(VigieSociale.readScenario(file));
            Path expectedFile = Path.of("scenarios/expected", file.getFileName().toString());
            assertThat(expectedFile).as("expected outcome for %s", file).exists();
            JsonNode expected = YAML.readTree(expectedFile.toFile());
            // a misspelt expectation would check nothing
            assertThat(expected.propertyNames()).as("%s: keys", expectedFile).isSubsetOf(KEYS);
            expected.path("pending").propertyNames().forEach(k ->
                    assertThat(k).as("%s: pending key", expectedFile).isIn(KEYS));
            SoftAssertions soft = new SoftAssertions();
            expectations(soft, file, a, expected);
            soft.assertAll();
            assertStillPending(file, a, expected.path("pending"));
            assertPinned(file, a, expected);
        }));
    }

    /**
     * Expectations written before the rules could meet them, kept under {@code pending} with the
     * reason in a comment: each must still fail, one by one, so that the day a rule meets it the
     * test says to move it up among the expectations that hold.
     */
    private static void assertStillPending(Path file, Assessment a, JsonNode pending) {
        for (Map.Entry<String, JsonNode> e : pending.properties()) {
            List<JsonNode> items = new java.util.ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> items.add(YAML.createObjectNode().set(e.getKey(), YAML.createArrayNode().add(v))));
            } else if (e.getKey().equals("topIncludes")) {
                e.getValue().path("actions").forEach(v -> items.add(YAML.createObjectNode().set(e.getKey(), YAML.createObjectNode()
                        .put("within", e.getValue().path("within").asInt()).set("actions", YAML.createArrayNode().add(v)))));
            } else if (e.getValue().isObject()) {
                e.getValue().properties().forEach(x -> items.add(YAML.createObjectNode()
                        .set(e.getKey(), YAML.createObjectNode().set(x.getKey(), x.getValue()))));
            } else {
                items.add(YAML.createObjectNode().set(e.getKey(), e.getValue()));
            }
            for (JsonNode item : items) {
                SoftAssertions soft = new SoftAssertions();
                expectations(soft, file, a, item);
                assertThat(soft.errorsCollected()).as("%s: pending %s now holds: move it up among the expectations", file, item)
                        .isNotEmpty();
            }
        }
    }

    /** What the director expects, all checked before any failure is reported. */
    private static void expectations(SoftAssertions soft, Path file, Assessment a, JsonNode expected) {
        List<String> ids = a.actions().stream().map(AssessedAction::id).toList();
        for (JsonNode id : expected.path("mustInclude")) {
            soft.assertThat(ids).as("%s must suggest", file).contains(id.asString());
        }
        for (JsonNode id : expected.path("mustNotInclude")) {
            soft.assertThat(ids).as("%s must not suggest", file).doesNotContain(id.asString());
        }
        JsonNode top = expected.path("topIncludes");
        if (!top.isMissingNode()) {
            List<String> head = ids.subList(0, Math.min(top.path("within").asInt(), ids.size()));
            for (JsonNode id : top.path("actions")) {
                soft.assertThat(head).as("%s top %d", file, top.path("within").asInt()).contains(id.asString());
            }
        }
        if (expected.has("first")) {
            soft.assertThat(ids).as("%s first action", file).first().isEqualTo(expected.path("first").asString());
        }
        levels(soft, file, a, expected.path("levels"), 0);
        levels(soft, file, a, expected.path("atLeast"), 1);
        levels(soft, file, a, expected.path("atMost"), -1);
        Set<Integer> precos = a.actions().stream().flatMap(x -> x.preconisations().stream()).collect(Collectors.toSet());
        for (JsonNode p : expected.path("preconisations")) {
            soft.assertThat(precos).as("%s préconisations", file).contains(p.asInt());
        }
        if (expected.has("maxLevel")) {
            Level max = Level.valueOf(expected.path("maxLevel").asString());
            for (AssessedAction x : a.actions()) {
                soft.assertThat(x.level().ordinal()).as("%s: %s is %s, above %s", file, x.id(), x.level(), max)
                        .isGreaterThanOrEqualTo(max.ordinal());
            }
        }
    }

    /**
     * Levels of named actions: exactly ({@code sense} 0), at least (1) or at most (-1). An action
     * with an upper bound may be absent; one with an exact or lower bound must be there.
     */
    private static void levels(SoftAssertions soft, Path file, Assessment a, JsonNode bounds, int sense) {
        for (Map.Entry<String, JsonNode> e : bounds.properties()) {
            Level bound = Level.valueOf(e.getValue().asString());
            AssessedAction action = a.actions().stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElse(null);
            if (action == null) {
                soft.assertThat(sense).as("%s: %s should be suggested (level %s)", file, e.getKey(), bound).isNegative();
                continue;
            }
            // Level's order is CRITICAL, HIGH, MEDIUM, LOW: a smaller ordinal is more urgent
            int cmp = Integer.compare(bound.ordinal(), action.level().ordinal());
            String what = sense == 0 ? "exactly" : sense > 0 ? "at least" : "at most";
            soft.assertThat(sense == 0 ? cmp == 0 : sense > 0 ? cmp >= 0 : cmp <= 0)
                    .as("%s: %s is %s, expected %s %s", file, e.getKey(), action.level(), what, bound).isTrue();
        }
    }

    /**
     * Levels keep their meaning: a CRITICAL action has a signal of its own at its alarm threshold
     * (read from its reasons: a signal reason whose value reaches the alarm), and an action tied on
     * score with the one before it says what broke the tie.
     */
    @Test
    void criticalOnlyOnItsOwnAlarmAndNoSilentTies() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : scenarios()) {
            Assessment a = TestRules.get().assess(VigieSociale.readScenario(file));
            for (int i = 0; i < a.actions().size(); i++) {
                AssessedAction x = a.actions().get(i);
                if (x.level() == Level.CRITICAL) {
                    soft.assertThat(x.reasons().stream().anyMatch(GoldenScenariosTest::ownAlarm))
                            .as("%s: %s is CRITICAL without a signal of its own at its alarm threshold", file, x.id()).isTrue();
                }
                boolean tied = i > 0 && a.actions().get(i - 1).score() == x.score();
                soft.assertThat(x.tieBreak() != null).as("%s: tie-break of %s", file, x.id()).isEqualTo(tied);
            }
        }
        soft.assertAll();
    }

    /**
     * Outside a priority neighbourhood (a village, a rural commune, a département), no action is
     * shown under the neighbourhood domain but the proximity ones any territory has (citizen
     * collectives), and nobody is told to reach out to priority-neighbourhood residents.
     */
    @Test
    void onlyPriorityNeighbourhoodsGetNeighbourhoodActions() throws IOException {
        for (Path file : scenarios()) {
            fr.vigiesociale.scenario.Scenario scenario = VigieSociale.readScenario(file);
            if (scenario.territory().priorityNeighbourhood()) {
                continue;
            }
            assertThat(TestRules.get().assess(scenario).actions())
                    .filteredOn(x -> x.policyAreas().contains(PolicyArea.NEIGHBOURHOOD))
                    .extracting(AssessedAction::id).as("%s: neighbourhood actions", file)
                    .isSubsetOf("CITIZEN-COLLECTIVES-PARTNERSHIP", "SUPPORT-MUTUAL-AID");
        }
    }

    /**
     * The crisis kind changes how actions read: outside a health crisis, no action speaks of
     * protective equipment or of older volunteers staying home; in a heatwave, the register is called
     * every day, not every week.
     */
    @Test
    void actionsReadAsTheKindOfCrisisWants() throws IOException {
        for (Path file : scenarios()) {
            fr.vigiesociale.scenario.Scenario scenario = VigieSociale.readScenario(file);
            Assessment a = TestRules.get().assess(scenario);
            if (scenario.crisis().kind() != fr.vigiesociale.scenario.CrisisKind.HEALTH) {
                assertThat(a.actions()).as("%s: COVID wording", file).allSatisfy(x -> assertThat(x.description())
                        .doesNotContain("équipements de protection", "bénévoles âgés", "protections nécessaires"));
            }
            boolean heatStrikes = scenario.crisis().hazard() == fr.vigiesociale.scenario.Hazard.HEATWAVE
                    && scenario.crisis().phase().compareTo(fr.vigiesociale.scenario.CrisisPhase.ALERT) >= 0
                    && scenario.crisis().phase() != fr.vigiesociale.scenario.CrisisPhase.RECOVERY;
            if (heatStrikes) {
                AssessedAction calls = a.actions().stream().filter(x -> x.id().equals("VULNERABLE-REGISTER-CALLS"))
                        .findFirst().orElseThrow();
                assertThat(calls.description()).as(file.toString()).contains("chaque jour").doesNotContain("chaque semaine");
                assertThat(a.actions()).extracting(AssessedAction::id).contains("HEATWAVE-COOL-ROOMS");
            }
            // a département coordinates its communes rather than calling people itself
            if (scenario.territory().level() == fr.vigiesociale.scenario.TerritoryLevel.DEPARTMENT) {
                a.actions().stream().filter(x -> x.id().equals("FOOD-AID-COORDINATION")).forEach(x ->
                        assertThat(x.title()).as(file.toString()).contains("départementale"));
                a.actions().stream().filter(x -> x.id().equals("VULNERABLE-REGISTER-CALLS")).forEach(x -> {
                    assertThat(x.title()).as(file.toString()).contains("chaque commune");
                    assertThat(x.actors()).as(file.toString()).first().isEqualTo(fr.vigiesociale.ruleset.Actor.DEPARTMENT);
                });
            }
        }
    }

    /**
     * Every scenario replayed as a département's: no action reads as one commune's (« le CCAS »,
     * « la mairie ») and the département leads where the CCAS acts too.
     */
    @Test
    void aDepartmentIsNeverToldWhatOneCommuneDoes() throws IOException {
        fr.vigiesociale.ruleset.Actor ccas = fr.vigiesociale.ruleset.Actor.COMMUNE_CCAS;
        fr.vigiesociale.ruleset.Actor department = fr.vigiesociale.ruleset.Actor.DEPARTMENT;
        java.util.Set<String> wrong = new TreeSet<>();
        int seen = 0;
        for (Path file : scenarios()) {
            java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(VigieSociale.readScenario(file).fields());
            fields.put("territory.level", "DEPARTMENT");
            fr.vigiesociale.scenario.Scenario scenario = fr.vigiesociale.scenario.Scenario.fromFields(fields);
            Assessment a = TestRules.get().assess(scenario);
            for (AssessedAction x : a.actions()) {
                if (java.util.stream.Stream.of("Le CCAS ", "le CCAS ", "La mairie", "la mairie", "la commune ")
                        .anyMatch(x.description()::contains)) {
                    wrong.add(x.id() + " (" + scenario.crisis().kind() + "/" + scenario.crisis().hazard() + "): " + x.description());
                }
                if (x.actors().contains(ccas) && x.actors().indexOf(department) > x.actors().indexOf(ccas)) {
                    wrong.add(x.id() + " actors " + x.actors());
                }
                seen++;
            }
            if (fr.vigiesociale.scenario.Hazard.HEATWAVE == scenario.crisis().hazard()
                    && java.util.List.of(fr.vigiesociale.scenario.CrisisPhase.ALERT, fr.vigiesociale.scenario.CrisisPhase.ACUTE)
                    .contains(scenario.crisis().phase())) {
                assertThat(a.actions()).filteredOn(x -> x.id().equals("VULNERABLE-REGISTER-CALLS")).singleElement()
                        .satisfies(x -> assertThat(x.title()).contains("chaque commune", "canicule"));
            }
        }
        assertThat(wrong).as("actions that read as one commune's, at département level").isEmpty();
        assertThat(seen).isGreaterThan(300);
    }

    private static boolean ownAlarm(Reason r) {
        if (r.weight().equals("trigger.lifeSafety") || r.weight().equals("trigger.eveOfEvent")) {
            return true; // a situation that endangers lives now (an evacuation, life support without power)
        }
        // its own signal, counted in full or in part behind a stronger trigger of the same action
        boolean ownSignal = r.weight().equals("signal") || r.weight().equals("signal × trigger.corroborationFactor");
        if (!ownSignal || r.threshold() == null || r.threshold().alarm() == null) {
            return false;
        }
        double alarm = r.threshold().alarm();
        double watch = r.threshold().watch();
        double value = ((Number) r.facts().get("indicators." + r.threshold().indicator())).doubleValue();
        return alarm >= watch ? value >= alarm : value <= alarm;
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
                assertThat(x.score()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.051)).isLessThan(100);
                assertThat(x.points()).isCloseTo(x.reasons().stream().mapToDouble(Reason::points).sum(),
                        org.assertj.core.data.Offset.offset(0.051));
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
