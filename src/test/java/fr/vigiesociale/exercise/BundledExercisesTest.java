package fr.vigiesociale.exercise;

import static fr.vigiesociale.exercise.Shared.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.i18n.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The exercises shipped in {@code scenarios/exercises/} are good ones: 4 to 6 injects, several
 * institutions, every inject addressed to someone, and every action the trainer expects is among
 * the first five the rules suggest at that point (so a rule change that breaks an exercise's lesson
 * is caught here).
 */
class BundledExercisesTest {

    private static final BundledExercises BUNDLED = Exercises.bundled(RULES);

    @Test
    void atLeastThreeExercisesAreBundledAndTheFolderMatchesTheJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios/exercises"))) {
            List<Exercise> onDisk = files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .map(Shared.READER::read).toList();
            assertThat(onDisk).hasSizeGreaterThanOrEqualTo(3);
            assertThat(BUNDLED.all()).hasSameSizeAs(onDisk);
            onDisk.forEach(e -> assertThat(BUNDLED.byId(e.id())).contains(e));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachExerciseIsWorthPlaying() {
        return BUNDLED.all().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            assertThat(e.injects()).hasSizeBetween(4, 6);
            assertThat(e.institutions()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(e.objectives()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(e.injects()).allSatisfy(i -> {
                assertThat(i.narrative()).hasSizeGreaterThan(120);
                assertThat(i.changes()).as("%s changes the situation", i.id()).isNotEmpty();
                assertThat(i.expectedActions()).as("%s has expected actions", i.id()).isNotEmpty();
            });
            Timeline t = Timeline.play(RULES, e, Lang.FR);
            for (Timeline.Step s : t.steps()) {
                assertThat(s.changes().added().size() + s.changes().raised().size() + s.changes().lowered().size()
                        + s.changes().removed().size()).as("inject %s moves the advice", s.inject().id()).isPositive();
                for (String id : s.inject().expectedActions()) {
                    Optional<AssessedAction> suggested = s.suggested(id);
                    assertThat(suggested).as("%s: expected action %s is suggested by the rules", s.inject().id(), id)
                            .isPresent();
                    assertThat(suggested.get().rank()).as("%s: rank of expected action %s", s.inject().id(), id)
                            .isLessThanOrEqualTo(5);
                }
            }
        }));
    }

    /**
     * The key moments of the heatwave exercise: when a registered woman is found dead, calling the
     * whole register comes first; when the episode ends, the lessons-learned review comes first.
     */
    @Test
    void theHeatwaveExerciseGetsItsKeyMomentsRight() {
        Timeline t = Timeline.play(RULES, BUNDLED.byId("canicule-personnes-isolees").orElseThrow(), Lang.FR);
        assertThat(first(t, "deces-a-domicile")).isEqualTo("VULNERABLE-REGISTER-CALLS");
        assertThat(first(t, "fin-episode")).isEqualTo("LESSONS-LEARNED");
        Timeline economic = Timeline.play(RULES, BUNDLED.byId("choc-economique-aide-alimentaire").orElseThrow(), Lang.FR);
        assertThat(first(economic, "afflux-rsa")).isEqualTo("ACCESS-TO-RIGHTS-CAMPAIGN");
    }

    private static String first(Timeline t, String inject) {
        return t.steps().stream().filter(s -> s.inject().id().equals(inject)).findFirst().orElseThrow()
                .assessment().actions().get(0).id();
    }

    @Test
    void anExerciseWrittenBackReadsToTheSameExercise() {
        for (Exercise e : BUNDLED.all()) {
            byte[] yaml = ExerciseWriter.yaml(e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] json = ExerciseWriter.json(e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(Shared.READER.read("w.yaml", yaml, fr.vigiesociale.scenario.ScenarioReader.Format.YAML)).isEqualTo(e);
            assertThat(Shared.READER.read("w.json", json, fr.vigiesociale.scenario.ScenarioReader.Format.JSON)).isEqualTo(e);
        }
    }

    @Test
    void theCrisisGetsWorseBeforeItGetsBetter() {
        // The lockdown exercise escalates: more critical actions after the last inject than at the
        // start, on several fronts at once (food, school, violence, the register), each one "within 48 hours".
        Timeline t = Timeline.play(RULES, BUNDLED.byId("confinement-quartiers-nord").orElseThrow(), Lang.FR);
        long criticalAtStart = t.start().actions().stream().filter(a -> a.level().name().equals("CRITICAL")).count();
        long criticalAtEnd = t.steps().get(t.steps().size() - 1).assessment().actions().stream()
                .filter(a -> a.level().name().equals("CRITICAL")).count();
        assertThat(criticalAtStart).isZero();
        assertThat(criticalAtEnd).isGreaterThanOrEqualTo(5);
        // The heatwave exercise ends in recovery: nothing is critical any more.
        Timeline heat = Timeline.play(RULES, BUNDLED.byId("canicule-personnes-isolees").orElseThrow(), Lang.FR);
        assertThat(heat.steps().get(heat.steps().size() - 1).assessment().actions())
                .noneMatch(a -> a.level().name().equals("CRITICAL"));
    }
}
