package fr.vigiesociale.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.exercise.Exercises;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schemas of the API's answers are those of the answers themselves: every bundled scenario's
 * assessment, in French and in English, a comparison and every bundled exercise's timeline are
 * valid; an answer with a value outside a closed list, or without a field always written, is not.
 * {@code docs/assessment-v1.schema.json} is the assessment's, generated.
 */
class ApiSchemasTest {

    static final Path ASSESSMENT_SCHEMA = Path.of("docs/assessment-v1.schema.json");
    private static RuleBase rules;

    @BeforeAll
    static void load() {
        rules = VigieSociale.bundledRules();
    }

    private static JsonSchema schema(String name) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(ApiSchemas.standalone(name, "urn:test:" + name, Lang.FR));
    }

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theAssessmentSchemaIsUpToDate() throws IOException {
        GeneratedDocsTest.assertUpToDate(ASSESSMENT_SCHEMA, ApiSchemas.standalone("Assessment", ApiSchemas.ASSESSMENT_ID, Lang.FR));
    }

    @Test
    void everyBundledScenariosAssessmentIsValidInBothLanguages() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(ASSESSMENT_SCHEMA));
        List<Path> files = scenarios();
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        for (Path f : files) {
            for (Lang lang : Lang.values()) {
                String json = JsonReport.render(rules.assess(VigieSociale.readScenario(f), lang));
                assertThat(schema.validate(json, InputFormat.JSON)).as("%s (%s)", f, lang).isEmpty();
            }
        }
    }

    @Test
    void aComparisonAndEveryBundledTimelineAreValid() throws IOException {
        Assessment before = rules.assess(VigieSociale.readScenario(Path.of("scenarios/paire-cellule-sans-social.yaml")));
        Assessment after = rules.assess(VigieSociale.readScenario(Path.of("scenarios/paire-cellule-avec-social.yaml")));
        assertThat(schema("Comparison").validate(JsonReport.render(before, after, Comparison.between(before, after)),
                InputFormat.JSON)).isEmpty();
        JsonSchema timeline = schema("Timeline");
        try (Stream<Path> files = Files.list(Path.of("scenarios/exercises"))) {
            for (Path f : files.sorted().toList()) {
                String json = JsonReport.render(Timeline.play(rules, Exercises.read(f, rules), Lang.FR));
                assertThat(timeline.validate(json, InputFormat.JSON)).as("%s", f).isEmpty();
            }
        }
    }

    @Test
    void anAnswerOutsideTheSchemaIsRefused() {
        String json = JsonReport.render(rules.assess(VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml"))));
        JsonSchema schema = schema("Assessment");
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(json.replaceFirst("\"level\" : \"CRITICAL\"", "\"level\" : \"URGENT\""), InputFormat.JSON))
                .as("a level outside the list").isNotEmpty();
        assertThat(schema.validate(json.replaceFirst("\"rank\" : 1,", ""), InputFormat.JSON)).as("an action without its rank")
                .isNotEmpty();
        assertThat(schema.validate(json.replaceFirst("\"preconisations\" : \\[ [0-9, ]+ \\]", "\"preconisations\" : [ 13 ]"),
                InputFormat.JSON)).as("a préconisation the report does not have").isNotEmpty();
    }
}
