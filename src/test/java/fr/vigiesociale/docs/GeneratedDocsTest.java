package fr.vigiesociale.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.exercise.ExerciseFormat;
import fr.vigiesociale.exercise.Exercises;
import fr.vigiesociale.exercise.InvalidExerciseException;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The files in {@code docs/} are generated: each must equal what the code produces now. Run with
 * {@code -Dvigie.regenerate=true} to rewrite them after changing the scenario format or its texts.
 * The schema must accept every bundled scenario and reject what the reader rejects.
 */
class GeneratedDocsTest {

    static final Path SCHEMA = Path.of("docs/scenario-v1.schema.json");
    static final Path EXERCISE_SCHEMA = Path.of("docs/exercise-v1.schema.json");
    /** Compiled on first use only: the reader checks expected actions against the catalogue. */
    private static final Supplier<RuleBase> RULES = new Supplier<>() {
        private RuleBase rules;

        @Override
        public synchronized RuleBase get() {
            if (rules == null) {
                rules = VigieSociale.bundledRules();
            }
            return rules;
        }
    };
    private static final boolean REGENERATE = Boolean.getBoolean("vigie.regenerate");

    private static JsonSchema schema() throws IOException {
        return schema(SCHEMA);
    }

    private static JsonSchema schema(Path file) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file));
    }

    @Test
    void theJsonSchemaIsUpToDate() throws IOException {
        assertUpToDate(SCHEMA, ScenarioSchema.json(Lang.FR));
    }

    @Test
    void theExerciseSchemaIsUpToDate() throws IOException {
        assertUpToDate(EXERCISE_SCHEMA, ExerciseSchema.json(Lang.FR));
    }

    @TestFactory
    Stream<DynamicTest> everyBundledExerciseValidatesAgainstItsSchema() throws IOException {
        JsonSchema schema = schema(EXERCISE_SCHEMA);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios/exercises"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () ->
                assertThat(schema.validate(Files.readString(f), InputFormat.YAML)).isEmpty()));
    }

    @Test
    void theExerciseGuideDocumentsEveryKey() throws IOException {
        String guide = Files.readString(Path.of("docs/exercices.md"));
        Stream.concat(ExerciseFormat.KEYS.stream(), ExerciseFormat.INJECT_KEYS.stream())
                .forEach(key -> assertThat(guide).as("docs/exercices.md documents %s", key).contains(key + ":"));
        for (fr.vigiesociale.ruleset.Actor a : fr.vigiesociale.ruleset.Actor.values()) {
            assertThat(guide).as("docs/exercices.md lists institution %s", a).contains("`" + a.name() + "`");
        }
    }

    /** Exercise files the reader refuses; the schema refuses them too. */
    @TestFactory
    Stream<DynamicTest> theExerciseSchemaRejectsWhatTheReaderRejects() throws IOException {
        JsonSchema schema = schema(EXERCISE_SCHEMA);
        String valid = Files.readString(Path.of("scenarios/exercises/choc-economique-aide-alimentaire.yaml"));
        assertThat(schema.validate(valid, InputFormat.YAML)).isEmpty();
        List<String[]> invalid = List.of(
                new String[] {"clé d'inject inconnue", valid.replace("    time: S+6", "    tiem: S+6")},
                new String[] {"institution inconnue", valid.replace("[PREFECTURE, DEPARTMENT,", "[PREFET, DEPARTMENT,")},
                new String[] {"changement hors bornes", valid.replace("foodAidRequestsChangePct: 55", "foodAidRequestsChangePct: -155")},
                new String[] {"champ obligatoire rendu inconnu", valid.replace("crisis: {weeksElapsed: 6}", "crisis: {kind: null}")},
                new String[] {"durée nulle", valid.replace("    durationMinutes: 20", "    durationMinutes: 0")},
                new String[] {"scénario de départ manquant", valid.replace("scenario: choc-economique-fermeture-usine\n", "")},
                new String[] {"mauvaise version", valid.replace("exerciseVersion: 1", "exerciseVersion: 2")});
        return invalid.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            assertThat(c[1]).as("the mutation applies").isNotEqualTo(valid);
            assertThat(schema.validate(c[1], InputFormat.YAML)).as("schema errors").isNotEmpty();
            assertThat(exerciseReaderRejects(c[1])).as("the reader rejects it too").isTrue();
        }));
    }

    private static boolean exerciseReaderRejects(String yaml) {
        try {
            Exercises.reader(RULES.get()).read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.YAML);
            return false;
        } catch (InvalidExerciseException e) {
            return true;
        }
    }

    @Test
    void theFrenchFieldReferenceIsUpToDate() throws IOException {
        assertUpToDate(Path.of("docs/champs-du-scenario.md"), FieldReference.markdown(Lang.FR));
    }

    @Test
    void theEnglishFieldReferenceIsUpToDate() throws IOException {
        assertUpToDate(Path.of("docs/scenario-fields.md"), FieldReference.markdown(Lang.EN));
    }

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioValidatesAgainstTheSchema() throws IOException {
        JsonSchema schema = schema();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () ->
                assertThat(schema.validate(Files.readString(f), InputFormat.YAML)).isEmpty()));
    }

    /** Files the reader refuses; the schema must refuse them too. */
    @TestFactory
    Stream<DynamicTest> theSchemaRejectsWhatTheReaderRejects() throws IOException {
        JsonSchema schema = schema();
        String valid = """
                schemaVersion: 1
                id: test
                title: Test
                territory: {name: X, level: COMMUNE, population: 1000}
                crisis: {kind: HEALTH, phase: ACUTE}
                """;
        assertThat(schema.validate(valid, InputFormat.YAML)).isEmpty();
        String v2 = valid.replace("schemaVersion: 1", "schemaVersion: 2").replace("kind: HEALTH,", "kind: CLIMATE, hazard: FLOOD,");
        assertThat(schema.validate(v2, InputFormat.YAML)).isEmpty();
        assertThat(readerRejects(v2)).isFalse();
        List<String[]> invalid = List.of(
                new String[] {"clé inconnue", valid + "indicators: {isolatedPeopleUncontactdPct: 45}\n"},
                new String[] {"hors bornes", valid + "indicators: {pupilsOutOfContactPct: 120}\n"},
                new String[] {"baisse sous -100 %", valid + "indicators: {foodAidRequestsChangePct: -101}\n"},
                new String[] {"valeur hors liste", valid.replace("ACUTE", "CRITICAL")},
                new String[] {"champ obligatoire absent", valid.replace("title: Test\n", "")},
                new String[] {"bloc obligatoire absent", valid.replace("crisis: {kind: HEALTH, phase: ACUTE}\n", "")},
                new String[] {"titre vide", valid.replace("title: Test", "title: '  '")},
                new String[] {"identifiant invalide", valid.replace("id: test", "id: Test_1")},
                new String[] {"mauvaise version", valid.replace("schemaVersion: 1", "schemaVersion: 3")},
                new String[] {"aléa en version 1", valid.replace("kind: HEALTH,", "kind: HEALTH, hazard: EPIDEMIC,")},
                new String[] {"aléa d'un autre type", valid.replace("schemaVersion: 1", "schemaVersion: 2")
                        .replace("kind: HEALTH,", "kind: HEALTH, hazard: FLOOD,")},
                new String[] {"population décimale", valid.replace("1000", "1000.5")},
                new String[] {"booléen en texte", valid + "governance: {priorPartnerships: \"oui\"}\n"});
        return invalid.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            Set<ValidationMessage> errors = schema.validate(c[1], InputFormat.YAML);
            assertThat(errors).as("schema errors").isNotEmpty();
            assertThat(readerRejects(c[1])).as("the reader rejects it too").isTrue();
        }));
    }

    private static boolean readerRejects(String yaml) {
        try {
            new ScenarioReader().read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.YAML);
            return false;
        } catch (InvalidScenarioException e) {
            return true;
        }
    }

    /** The file equals what the code generates; with -Dvigie.regenerate=true, it is rewritten first. */
    static void assertUpToDate(Path file, String generated) throws IOException {
        if (REGENERATE) {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, generated);
        }
        assertThat(file).as("%s (regenerate with -Dvigie.regenerate=true)", file).exists();
        assertThat(Files.readString(file)).as("%s is generated: regenerate with -Dvigie.regenerate=true", file)
                .isEqualTo(generated);
    }
}
