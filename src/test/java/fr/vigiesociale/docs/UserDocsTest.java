package fr.vigiesociale.docs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.exercise.Exercises;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the user documentation shows is what the code does: the rule table of docs/regles.md and the
 * Java examples of docs/api-java.md.
 */
class UserDocsTest {

    private static final Path RULES = Path.of("docs/regles.md");
    private static final Path JAVA = Path.of("docs/api-java.md");
    private static final Path THIS_SOURCE = Path.of("src/test/java/fr/vigiesociale/docs/UserDocsTest.java");

    /** A relative link of a Markdown page: {@code [text](../rules/README.md#anchor)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\((?!https?:|mailto:|#)([^)\\s#]+)(?:#[^)]*)?\\)");

    @Test
    void everyRelativeLinkOfTheDocumentationLeadsToAFile() throws IOException {
        List<Path> pages = new java.util.ArrayList<>(List.of(Path.of("README.md"), Path.of("rules/README.md")));
        try (var docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                assertThat(page.resolveSibling(m.group(1)).normalize()).as("link %s in %s", m.group(1), page).exists();
            }
        }
    }

    @Test
    void theRuleTableIsGeneratedFromTheRuleBase() throws IOException {
        GeneratedDocsTest.assertUpToDate(RULES,
                RuleTable.replaceIn(Files.readString(RULES), RuleTable.markdown(TestRules.get(), Lang.FR)));
    }

    @Test
    void everyRuleAppearsInTheTableAndEveryPreconisationHasAtLeastTwoRules() {
        RuleBase rules = TestRules.get();
        String table = RuleTable.markdown(rules, Lang.FR);
        rules.rules().stream().filter(r -> !r.actions().isEmpty() || r.context())
                .forEach(r -> assertThat(table).contains(r.name()));
        for (int n = 1; n <= 12; n++) {
            int p = n;
            assertThat(rules.rules().stream().filter(r -> r.preconisations().contains(p)).count())
                    .as("rules putting préconisation %d to work", n).isGreaterThanOrEqualTo(2);
        }
        assertThat(rules.rules()).filteredOn(r -> !r.actions().isEmpty())
                .allSatisfy(r -> assertThat(r.reachableLevel()).as(r.name()).isNotNull());
    }

    @Test
    void theJavaExampleOfTheReadmeRunsAsWritten() throws IOException {
        PrintStream realOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // --- the documented example, verbatim ---
            RuleBase rules = VigieSociale.bundledRules();            // ou VigieSociale.loadRules(Path.of("rules"))
            Scenario scenario = VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml"));
            Assessment assessment = rules.assess(scenario);          // textes en français ; assess(scenario, Lang.EN) en anglais
            for (AssessedAction a : assessment.actions()) {
                System.out.println(a.rank() + ". [" + a.level() + " " + a.score() + "] " + a.title());
            }
            // --- end of the example ---
        } finally {
            System.setOut(realOut);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("1. [CRITICAL ");
        String source = Files.readString(THIS_SOURCE);
        for (String line : javaExample()) {
            assertThat(source).as("documented example line is in this test").contains(line.strip());
        }
    }

    @Test
    void theExerciseExampleOfTheReadmeRunsAsWritten() {
        PrintStream realOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            RuleBase rules = TestRules.get();
            // --- the documented example, verbatim ---
            Exercise exercise = Exercises.read(Path.of("scenarios/exercises/canicule-personnes-isolees.yaml"), rules);
            Timeline timeline = Timeline.play(rules, exercise, Lang.FR);    // une évaluation après chaque inject
            for (Timeline.Step step : timeline.steps()) {
                System.out.println(step.inject().time() + " : " + step.changes().added().size() + " action(s) nouvelle(s)");
            }
            // --- end of the example ---
        } finally {
            System.setOut(realOut);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("J0 : ").contains("J+10 : ");
    }

    /** Every line of every ```java block of docs/api-java.md (checked against this file's source). */
    private static List<String> javaExample() throws IOException {
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(JAVA));
        List<String> lines = new java.util.ArrayList<>();
        while (m.find()) {
            m.group(1).lines().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        assertThat(lines).as("```java blocks in the documentation").isNotEmpty();
        return lines;
    }
}
