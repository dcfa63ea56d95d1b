package fr.vigiesociale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import fr.vigiesociale.RuleFolders;
import fr.vigiesociale.TestRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line of contract v1 §3: formats, exit statuses, errors on stderr only. */
class CliTest {

    private static final String SCENARIO = "scenarios/quartiers-nord-confinement.yaml";

    record Run(int status, String out, String err) { }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textIsARankedTableWithReasons() {
        Run r = run("evaluate", "--rules", "rules", SCENARIO);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Vigie sociale — Quartiers nord", "CRITIQUE", "Pourquoi ces actions",
                "règle « Hausse des demandes d'aide alimentaire : coordonner l'aide alimentaire »", "Ce qu'il faudrait savoir");
    }

    @Test
    void theTableFitsAnEightyColumnTerminalWithEveryTitleWhole() {
        Run r = run("evaluate", "scenarios/departement-multi-fronts.yaml");
        String plan = r.out().substring(r.out().indexOf("Priorités"), r.out().indexOf("Pourquoi ces actions"));
        assertThat(plan.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        assertThat(plan).doesNotContain("…");
        String table = plan.substring(plan.indexOf("  #  "));
        // a long title goes on, word by word, under its own column
        String titles = table.lines().skip(1).filter(l -> l.length() > 21).map(l -> l.substring(21, Math.min(l.length(), 21 + 36)).strip())
                .collect(java.util.stream.Collectors.joining(" "));
        assertThat(titles).contains("Renforcer la veille de protection de l'enfance quand les informations préoccupantes chutent");
        // and a priority's title, first step and lead wrap the same way, under its number
        assertThat(plan).contains("  2. Repérer avec l'Éducation nationale les élèves sans contact et aller vers\n     leurs familles");
    }

    @Test
    void dataGapsAreNamedAsTheFormNamesThemInBothLanguages() {
        Run fr = run("evaluate", "scenarios/territoire-sans-donnees.yaml");
        String gaps = fr.out().substring(fr.out().indexOf("Ce qu'il faudrait savoir"));
        assertThat(gaps).doesNotContain("indicators.").contains("  - ");
        Run md = run("evaluate", "--format", "markdown", "scenarios/territoire-sans-donnees.yaml");
        assertThat(md.out().substring(md.out().indexOf("## Ce qu'il faudrait savoir"))).doesNotContain("`indicators.").contains("- **");
        Run en = run("evaluate", "--lang", "en", "scenarios/territoire-sans-donnees.yaml");
        String enGaps = en.out().substring(en.out().indexOf("What we would need to know"));
        assertThat(enGaps).doesNotContain("indicators.", " : ");
    }

    @Test
    void jsonMeetsContractV1AndIsByteIdenticalRunToRun() {
        Run first = run("evaluate", "--format", "json", "--rules", "rules", SCENARIO);
        Run second = run("evaluate", "--format=json", "--rules", "rules", SCENARIO);
        assertThat(first.status()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode json = JsonMapper.builder().build().readTree(first.out());
        assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.path("scenario").path("id").asString()).isEqualTo("quartiers-nord-confinement");
        assertThat(json.path("ruleset").path("sha256").asString()).hasSize(64);
        JsonNode action = json.path("actions").get(0);
        assertThat(action.path("rank").asInt()).isEqualTo(1);
        for (String field : new String[] {"id", "title", "description", "preconisations", "policyAreas", "level", "score",
                "horizon", "actors", "reasons"}) {
            assertThat(action.has(field)).as(field).isTrue();
        }
        JsonNode reason = action.path("reasons").get(0);
        assertThat(reason.has("rule") && reason.has("text") && reason.has("facts") && reason.has("contribution")).isTrue();
        assertThat(json.path("dataGaps").get(0).has("field")).isTrue();
    }

    @Test
    void severalFilesGiveAJsonArray() {
        Run r = run("evaluate", "--format", "json", "--rules", "rules", SCENARIO, "scenarios/territoire-bien-prepare.yaml");
        assertThat(r.status()).isZero();
        assertThat(JsonMapper.builder().build().readTree(r.out()).size()).isEqualTo(2);
    }

    @Test
    void englishOnRequest() {
        Run r = run("evaluate", "--lang", "en", "--format", "markdown", "--rules", "rules", SCENARIO);
        assertThat(r.out()).contains("## Priorities", "Set up a food-aid coordination cell", "CRITICAL", "First step: ",
                "## Then, by horizon", "### In the coming days");
    }

    @Test
    void anInvalidScenarioExitsWith2AndPrintsNothingForIt(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(SCENARIO)).replace("pupilsOutOfContactPct: 12", "pupilsOutOfContactPct: 120")
                .replace("isolatedPeopleUncontactedPct", "isolatedPeopleUncontactdPct"));
        Run r = run("evaluate", "--format", "json", "--rules", "rules", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isBlank();
        assertThat(r.err()).contains(bad + ":", "indicators.pupilsOutOfContactPct", "[0 ; 100]",
                "vouliez-vous dire « isolatedPeopleUncontactedPct »").doesNotContain("Exception", "\tat ");
    }

    @Test
    void terminalEscapesAndRightToLeftOverridesNeverReachTheTerminal(@TempDir Path dir) throws IOException {
        // a title that would clear the screen, or show its text reversed, is refused with its place
        Path bad = dir.resolve("echappement.yaml");
        Files.writeString(bad, Files.readString(Path.of(SCENARIO)).replaceFirst("(?m)^title: .*$",
                java.util.regex.Matcher.quoteReplacement("title: \"Quartiers \\e[2J nord \\u202E\"")));
        Run r = run("evaluate", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":3:", "title", "U+001B").doesNotContain("\u001b", "\u202e");
        assertThat(r.out()).isBlank();
        Path exercise = dir.resolve("exercice.yaml");
        Files.writeString(exercise, Files.readString(Path.of("scenarios/exercises/canicule-personnes-isolees.yaml"))
                .replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement("title: \"Canicule \\u202E\"")));
        Run e = run("exercise", "check", exercise.toString());
        assertThat(e.status()).isEqualTo(2);
        assertThat(e.err()).contains("title", "U+202E").doesNotContain("\u202e");
    }

    @Test
    void anInvalidScenarioIsReportedBeforeAnyRuleIsLoaded(@TempDir Path dir) throws IOException {
        // the rules would not even compile: they are never loaded, since no file is valid
        rulesWithFoodAidEdited(dir.resolve("rules"), drl -> drl.replaceFirst("then", "thn"));
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(SCENARIO)).replace("phase: ACUTE", "phase: ACUTEE"));
        Run r = run("evaluate", "--rules", dir.resolve("rules").toString(), bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":", "crisis.phase", "ACUTE").doesNotContain("food-aid.drl");
        // with one valid file among them, the rules are loaded and their error reported
        assertThat(run("evaluate", "--rules", dir.resolve("rules").toString(), bad.toString(), SCENARIO).status()).isEqualTo(3);
    }

    @Test
    void brokenRulesExitWith3NamingFileAndLine(@TempDir Path dir) throws IOException {
        rulesWithFoodAidEdited(dir, drl -> drl.replaceFirst("then", "thn"));
        Run r = run("evaluate", "--rules", dir.toString(), SCENARIO);
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("solidarity/food-aid.drl:").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownActionInARuleIsALoadError(@TempDir Path dir) throws IOException {
        rulesWithFoodAidEdited(dir, drl -> drl.replace("\"FOOD-AID-COORDINATION\"", "\"FOOD-AID-COORDINATON\""));
        Run r = run("evaluate", "--rules", dir.toString(), SCENARIO);
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("solidarity/food-aid.drl:", "FOOD-AID-COORDINATON");
    }

    @Test
    void usageMistakesExitWith1() {
        assertThat(run().status()).isEqualTo(1);
        assertThat(run("evaluate").status()).isEqualTo(1);
        Run r = run("evaluate", "--format", "pdf", SCENARIO);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("text, json, markdown");
        assertThat(run("evaluer", SCENARIO).status()).isEqualTo(1);
        assertThat(run("evaluate", "--help").status()).isZero();
    }

    @Test
    void aMissingFileIsNotAnInvalidScenarioItExitsWith1AndSaysSo() {
        Run r = run("evaluate", "--rules", "rules", "scenarios/nope.yaml");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("scenarios/nope.yaml : fichier introuvable");
        // with an invalid file beside it, still 1: something could not even be read
        assertThat(run("evaluate", "scenarios/nope.yaml", SCENARIO).status()).isEqualTo(1);
        assertThat(run("exercise", "check", "scenarios/exercises/nope.yaml").status()).isEqualTo(1);
    }

    @Test
    void aYamlMistakeIsToldInFrenchAtItsPlaceAndAFrenchValueGetsItsCode(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("essai.yaml");
        Files.writeString(file, "schemaVersion: 1\nid: essai\ntitle: Crue : bilan\n");
        Run colon = run("evaluate", file.toString());
        assertThat(colon.status()).isEqualTo(2);
        assertThat(colon.err()).contains(file + ":3:", "erreur de syntaxe YAML : un deux-points de trop sur la ligne")
                .doesNotContain("mapping values", "reader", "^");
        Files.writeString(file, "schemaVersion: 1\nid: essai\ntitle: Essai\n\tterritory: {}\n");
        assertThat(run("evaluate", file.toString()).err()).contains("une tabulation").doesNotContain("TAB", "token");
        Files.writeString(file, "schemaVersion: 1\nid: essai\ntitle: Essai\nterritory: {name: Bourg, level: COMMUNE, "
                + "population: 2400}\ncrisis: {kind: CLIMATE, phase: aigue}\n");
        assertThat(run("evaluate", file.toString()).err()).contains("valeur « aigue » non admise ; valeurs admises : "
                + "PREPAREDNESS (préparation), ALERT (alerte), ACUTE (aiguë), RECOVERY (rétablissement) ; vouliez-vous dire « ACUTE » (aiguë) ?");
    }

    /** A copy of rules/ in {@code dir} whose solidarity/food-aid.drl is changed by {@code edit}. */
    private static void rulesWithFoodAidEdited(Path dir, UnaryOperator<String> edit) throws IOException {
        RuleFolders.copy(dir);
        Path drl = dir.resolve("solidarity/food-aid.drl");
        Files.writeString(drl, edit.apply(Files.readString(drl)));
    }

    @Test
    void verifyRulesPrintsTheInventoryOfASoundRuleBase() {
        Run r = run("verify-rules", "--rules", "rules");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Vérification complète : aucun problème", "Règles déclencheuses par préconisation",
                "Règles déclencheuses par domaine", "FOOD-AID-COORDINATION", "Entrées du scénario qu'aucune règle ne lit",
                "territory.inseeCode", "Actions qu'aucune règle ne propose (0)", "pas encore encodé : hcts-2021/");
        Run bundled = run("verify-rules", "--lang", "en");
        assertThat(bundled.status()).isZero();
        assertThat(bundled.out()).contains("bundled rules", "Trigger rules per recommendation", "not encoded yet:");
    }

    @Test
    void verifyRulesExitsWith3OnABrokenRuleBase(@TempDir Path dir) throws IOException {
        rulesWithFoodAidEdited(dir, drl -> drl.replace("@weight", "@weight").replace("\"hcts-2021/preconisation-4\"",
                "\"hcts-2021/preconisation-44\""));
        Run r = run("verify-rules", "--rules", dir.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("solidarity/food-aid.drl:", "hcts-2021/preconisation-44", "sources.yaml")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void verifyRulesTakesNoFile() {
        Run r = run("verify-rules", SCENARIO);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("verify-rules ne prend pas de fichier");
    }

    @Test
    void englishOutputNamesNoRuleInFrench() throws IOException {
        List<String> french = TestRules.get().rules().stream()
                .flatMap(x -> Stream.of(x.name(), x.triggerFr()))
                .filter(name -> TestRules.get().rules().stream().noneMatch(x -> x.nameEn().equals(name) || x.triggerEn().equals(name)))
                .toList();
        assertThat(french).hasSizeGreaterThan(70);
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).map(Path::toString).sorted().toList();
        }
        for (String format : List.of("json", "text", "markdown")) {
            List<String> args = new ArrayList<>(List.of("evaluate", "--lang", "en", "--format", format, "--rules", "rules"));
            args.addAll(files);
            Run r = run(args.toArray(String[]::new));
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("Crisis on several fronts: a single entry point");
            for (String name : french) {
                assertThat(r.out()).as("%s output in English", format).doesNotContain(name);
            }
        }
    }
}
